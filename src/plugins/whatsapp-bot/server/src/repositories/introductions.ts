import { INTRODUCTIONS_TABLE, type Knex } from './schema';

/** `undeliverable`: the asked member could not be reached, so nobody was asked. */
export type IntroductionStatus = 'pending' | 'accepted' | 'declined' | 'expired' | 'undeliverable';

export type IntroductionRow = {
  id: number;
  communityId: number;
  requesterMemberId: number;
  targetMemberId: number;
  status: IntroductionStatus;
  code: string;
  createdAt: Date;
  expiresAt: Date;
  deliveredAt: Date | null;
};

const COLUMNS = [
  'id',
  'community_id as communityId',
  'requester_member_id as requesterMemberId',
  'target_member_id as targetMemberId',
  'status',
  'code',
  'created_at as createdAt',
  'expires_at as expiresAt',
  'delivered_at as deliveredAt',
];

const normalize = (row: IntroductionRow): IntroductionRow => ({ ...row, id: Number(row.id) });

/** Requests that reached the asked member count against limits; undeliverable ones asked nobody. */
const ASKED = ['pending', 'accepted', 'declined', 'expired'];

export const createIntroductionsRepository = (knex: Knex) => ({
  async create(row: { communityId: number; requesterMemberId: number; targetMemberId: number; code: string; expiresAt: Date }): Promise<IntroductionRow> {
    const [created] = (await knex(INTRODUCTIONS_TABLE)
      .insert({
        community_id: row.communityId,
        requester_member_id: row.requesterMemberId,
        target_member_id: row.targetMemberId,
        code: row.code,
        expires_at: row.expiresAt,
      })
      .returning(COLUMNS)) as IntroductionRow[];
    return normalize(created);
  },

  /** Different members who asked this one since `since`: the asked member's daily cap. */
  async requestersOfTargetSince(communityId: number, targetMemberId: number, since: Date): Promise<number> {
    const [row] = await knex(INTRODUCTIONS_TABLE)
      .countDistinct<{ count: string }[]>('requester_member_id as count')
      .where({ community_id: communityId, target_member_id: targetMemberId })
      .whereIn('status', ASKED)
      .andWhere('created_at', '>=', since);
    return Number(row?.count ?? 0);
  },

  /** Requests this member made since `since`: the asking member's daily cap. */
  async requestsByRequesterSince(communityId: number, requesterMemberId: number, since: Date): Promise<number> {
    const [row] = await knex(INTRODUCTIONS_TABLE)
      .count<{ count: string }[]>('* as count')
      .where({ community_id: communityId, requester_member_id: requesterMemberId })
      .whereIn('status', ASKED)
      .andWhere('created_at', '>=', since);
    return Number(row?.count ?? 0);
  },

  async pendingBetween(communityId: number, requesterMemberId: number, targetMemberId: number, now: Date): Promise<IntroductionRow | null> {
    const row = (await knex(INTRODUCTIONS_TABLE)
      .select(COLUMNS)
      .where({ community_id: communityId, requester_member_id: requesterMemberId, target_member_id: targetMemberId, status: 'pending' })
      .andWhere('expires_at', '>', now)
      .first()) as IntroductionRow | undefined;
    return row ? normalize(row) : null;
  },

  /** The pending request to this member that carries this code. */
  async pendingByCode(communityId: number, targetMemberId: number, code: string, now: Date): Promise<IntroductionRow | null> {
    const row = (await knex(INTRODUCTIONS_TABLE)
      .select(COLUMNS)
      .where({ community_id: communityId, target_member_id: targetMemberId, status: 'pending', code })
      .andWhere('expires_at', '>', now)
      .first()) as IntroductionRow | undefined;
    return row ? normalize(row) : null;
  },

  async pendingCodesFor(communityId: number, targetMemberId: number, now: Date): Promise<string[]> {
    const rows = (await knex(INTRODUCTIONS_TABLE)
      .select('code')
      .where({ community_id: communityId, target_member_id: targetMemberId, status: 'pending' })
      .andWhere('expires_at', '>', now)) as Array<{ code: string }>;
    return rows.map((row) => row.code);
  },

  /** Records the answer once: false when it was already answered or has expired. */
  async decide(id: number, status: 'accepted' | 'declined' | 'undeliverable', now: Date): Promise<boolean> {
    const updated = await knex(INTRODUCTIONS_TABLE)
      .where({ id, status: 'pending' })
      .andWhere('expires_at', '>', now)
      .update({ status, decided_at: now });
    return updated === 1;
  },

  /** Accepted requests whose contacts were not swapped yet, because the requester was out of reach. */
  async acceptedUndeliveredFor(communityId: number, requesterMemberId: number): Promise<IntroductionRow[]> {
    const rows = (await knex(INTRODUCTIONS_TABLE)
      .select(COLUMNS)
      .where({ community_id: communityId, requester_member_id: requesterMemberId, status: 'accepted' })
      .whereNull('delivered_at')) as IntroductionRow[];
    return rows.map(normalize);
  },

  /** Marks the swap done once (false when another worker already did it). */
  async markDelivered(id: number, now: Date): Promise<boolean> {
    const updated = await knex(INTRODUCTIONS_TABLE).where({ id }).whereNull('delivered_at').update({ delivered_at: now });
    return updated === 1;
  },

  async expireOld(now: Date) {
    return knex(INTRODUCTIONS_TABLE).where({ status: 'pending' }).andWhere('expires_at', '<=', now).update({ status: 'expired' });
  },

  async forgetMember(memberId: number) {
    await knex(INTRODUCTIONS_TABLE).where({ requester_member_id: memberId }).orWhere({ target_member_id: memberId }).delete();
  },
});

export type IntroductionsRepository = ReturnType<typeof createIntroductionsRepository>;
