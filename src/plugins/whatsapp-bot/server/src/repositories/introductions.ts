import { INTRODUCTIONS_TABLE, type Knex } from './schema';

export type IntroductionStatus = 'pending' | 'accepted' | 'declined' | 'expired';

export type IntroductionRow = {
  id: number;
  communityId: number;
  requesterMemberId: number;
  targetMemberId: number;
  status: IntroductionStatus;
  createdAt: Date;
  expiresAt: Date;
};

const COLUMNS = [
  'id',
  'community_id as communityId',
  'requester_member_id as requesterMemberId',
  'target_member_id as targetMemberId',
  'status',
  'created_at as createdAt',
  'expires_at as expiresAt',
];

const normalize = (row: IntroductionRow): IntroductionRow => ({ ...row, id: Number(row.id) });

export const createIntroductionsRepository = (knex: Knex) => ({
  async create(row: { communityId: number; requesterMemberId: number; targetMemberId: number; expiresAt: Date }): Promise<IntroductionRow> {
    const [created] = (await knex(INTRODUCTIONS_TABLE)
      .insert({
        community_id: row.communityId,
        requester_member_id: row.requesterMemberId,
        target_member_id: row.targetMemberId,
        expires_at: row.expiresAt,
      })
      .returning(COLUMNS)) as IntroductionRow[];
    return normalize(created);
  },

  /** Requests made to this member since `since` (any outcome): the daily cap counts them all. */
  async requestsToTargetSince(communityId: number, targetMemberId: number, since: Date): Promise<number> {
    const [row] = await knex(INTRODUCTIONS_TABLE)
      .count<{ count: string }[]>('* as count')
      .where({ community_id: communityId, target_member_id: targetMemberId })
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

  /** The newest request still awaiting this member's answer. */
  async latestPendingFor(communityId: number, targetMemberId: number, now: Date): Promise<IntroductionRow | null> {
    const row = (await knex(INTRODUCTIONS_TABLE)
      .select(COLUMNS)
      .where({ community_id: communityId, target_member_id: targetMemberId, status: 'pending' })
      .andWhere('expires_at', '>', now)
      .orderBy('created_at', 'desc')
      .first()) as IntroductionRow | undefined;
    return row ? normalize(row) : null;
  },

  /** Records the answer once: false when it was already answered or has expired. */
  async decide(id: number, status: 'accepted' | 'declined', now: Date): Promise<boolean> {
    const updated = await knex(INTRODUCTIONS_TABLE)
      .where({ id, status: 'pending' })
      .andWhere('expires_at', '>', now)
      .update({ status, decided_at: now });
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
