import type { Core } from '@strapi/strapi';

const TABLE = 'member_search_counters';

type CountRow = { count: number | string };
type MemberCountRow = { member_document_id: string; count: number | string };

/** Each member's searches per month (table created by a migration); all SQL for it lives here. */
export const createMemberSearchCounters = (strapi: Core.Strapi) => {
  const knex = () => strapi.db.connection;

  return {
    /**
     * Adds one unless the member's counter has reached `share`, in one statement (concurrent
     * searches on any instance cannot pass it). The new count, or null when the share was used up.
     */
    async incrementBelow(communityId: number, period: string, memberDocumentId: string, share: number): Promise<number | null> {
      if (share <= 0) return null;
      const result = await knex().raw(
        `INSERT INTO ${TABLE} (community_id, period, member_document_id, count) VALUES (?, ?, ?, 1)
         ON CONFLICT (community_id, period, member_document_id)
         DO UPDATE SET count = ${TABLE}.count + 1 WHERE ${TABLE}.count < ?
         RETURNING count`,
        [communityId, period, memberDocumentId, share]
      );
      const rows = (result as { rows: CountRow[] }).rows;
      return rows.length > 0 ? Number(rows[0].count) : null;
    },

    /** Adds one without a limit (unlimited plans still show who searches most). */
    async increment(communityId: number, period: string, memberDocumentId: string): Promise<void> {
      await knex().raw(
        `INSERT INTO ${TABLE} (community_id, period, member_document_id, count) VALUES (?, ?, ?, 1)
         ON CONFLICT (community_id, period, member_document_id) DO UPDATE SET count = ${TABLE}.count + 1`,
        [communityId, period, memberDocumentId]
      );
    },

    async decrement(communityId: number, period: string, memberDocumentId: string): Promise<void> {
      await knex()(TABLE)
        .where({ community_id: communityId, period, member_document_id: memberDocumentId })
        .where('count', '>', 0)
        .decrement('count', 1);
    },

    /** The members who searched most this period, most first. */
    async top(communityId: number, period: string, limit: number): Promise<Array<{ memberDocumentId: string; used: number }>> {
      const rows = (await knex()(TABLE)
        .where({ community_id: communityId, period })
        .where('count', '>', 0)
        .orderBy([{ column: 'count', order: 'desc' }, { column: 'member_document_id', order: 'asc' }])
        .limit(limit)
        .select('member_document_id', 'count')) as MemberCountRow[];
      return rows.map((row) => ({ memberDocumentId: row.member_document_id, used: Number(row.count) }));
    },
  };
};

export type MemberSearchCounters = ReturnType<typeof createMemberSearchCounters>;
