import { CONTACTS_TABLE, rawColumns, type Knex } from './schema';

export type ContactRow = {
  communityId: number;
  memberId: number;
  firstContactAt: Date;
  lastInboundAt: Date | null;
  lastOutboundAt: Date | null;
  optedOutAt: Date | null;
  verifiedAt: Date | null;
};

const COLUMNS = [
  'community_id as communityId',
  'member_id as memberId',
  'first_contact_at as firstContactAt',
  'last_inbound_at as lastInboundAt',
  'last_outbound_at as lastOutboundAt',
  'opted_out_at as optedOutAt',
  'verified_at as verifiedAt',
];

/** A member's standing with the bot in one community: when they last wrote (the 24-hour window), opt-out, verification. */
export const createContactsRepository = (knex: Knex) => ({
  async find(communityId: number, memberId: number): Promise<ContactRow | null> {
    const row = (await knex(CONTACTS_TABLE).select(COLUMNS).where({ community_id: communityId, member_id: memberId }).first()) as
      | ContactRow
      | undefined;
    return row ?? null;
  },

  /** Records an inbound message and says whether this is the member's first contact with the bot. */
  async touchInbound(communityId: number, memberId: number, at: Date): Promise<{ contact: ContactRow; firstContact: boolean }> {
    const result = await knex.raw(
      `INSERT INTO ${CONTACTS_TABLE} AS c (community_id, member_id, first_contact_at, last_inbound_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (community_id, member_id) DO UPDATE SET last_inbound_at = GREATEST(c.last_inbound_at, EXCLUDED.last_inbound_at)
       RETURNING ${rawColumns(COLUMNS)}, (xmax = 0) AS inserted`,
      [communityId, memberId, at, at]
    );
    const { inserted, ...contact } = (result.rows as Array<ContactRow & { inserted: boolean }>)[0];
    return { contact, firstContact: inserted };
  },

  async touchOutbound(communityId: number, memberId: number) {
    await knex(CONTACTS_TABLE).where({ community_id: communityId, member_id: memberId }).update({ last_outbound_at: knex.fn.now() });
  },

  async setOptedOut(communityId: number, memberId: number, optedOut: boolean) {
    await knex(CONTACTS_TABLE)
      .where({ community_id: communityId, member_id: memberId })
      .update({ opted_out_at: optedOut ? knex.fn.now() : null });
  },

  async markVerified(communityId: number, memberId: number) {
    await knex(CONTACTS_TABLE).where({ community_id: communityId, member_id: memberId }).update({ verified_at: knex.fn.now() });
  },

  /** Members who wrote within the window: the "active conversations" an admin sees. */
  async activeCount(communityIds: number[] | null, since: Date): Promise<number> {
    const query = knex(CONTACTS_TABLE).count<{ count: string }[]>('* as count').where('last_inbound_at', '>=', since);
    if (communityIds) query.whereIn('community_id', communityIds);
    const [row] = await query;
    return Number(row?.count ?? 0);
  },

  /** The members who wrote lately, newest first. */
  async recent(communityIds: number[] | null, since: Date, page: { limit: number; offset: number }) {
    const base = knex(CONTACTS_TABLE).where('last_inbound_at', '>=', since);
    if (communityIds) base.whereIn('community_id', communityIds);
    const [rows, [{ count }]] = await Promise.all([
      base.clone().select(COLUMNS).orderBy('last_inbound_at', 'desc').limit(page.limit).offset(page.offset) as Promise<ContactRow[]>,
      base.clone().count<{ count: string }[]>('* as count'),
    ]);
    return { rows, total: Number(count) };
  },

  async forgetMember(memberId: number) {
    await knex(CONTACTS_TABLE).where({ member_id: memberId }).delete();
  },
});

export type ContactsRepository = ReturnType<typeof createContactsRepository>;
