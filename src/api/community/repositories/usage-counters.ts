import type { Core } from '@strapi/strapi';

const TABLE = 'community_usage_counters';

export type UsageMetric = 'searches';

type CounterRow = { count: number | string; warned_at?: Date | null };

/** The monthly counters table (created by a migration); all SQL for it lives here. */
export const createUsageCounters = (strapi: Core.Strapi) => {
  const knex = () => strapi.db.connection;

  return {
    async read(communityId: number, period: string, metric: UsageMetric): Promise<number> {
      const row = (await knex()(TABLE).where({ community_id: communityId, period, metric }).first('count')) as CounterRow | undefined;
      return row ? Number(row.count) : 0;
    },

    /**
     * Adds one unless the counter has reached `limit`, in a single statement, so concurrent
     * requests on any number of instances can never push it past the limit. Returns the new count,
     * or null when the limit was already reached.
     */
    async incrementBelow(communityId: number, period: string, metric: UsageMetric, limit: number): Promise<number | null> {
      if (limit <= 0) return null;
      const result = await knex().raw(
        `INSERT INTO ${TABLE} (community_id, period, metric, count) VALUES (?, ?, ?, 1)
         ON CONFLICT (community_id, period, metric)
         DO UPDATE SET count = ${TABLE}.count + 1 WHERE ${TABLE}.count < ?
         RETURNING count`,
        [communityId, period, metric, limit]
      );
      const rows = (result as { rows: CounterRow[] }).rows;
      return rows.length > 0 ? Number(rows[0].count) : null;
    },

    /** Adds one without a limit (unlimited plans still report usage). */
    async increment(communityId: number, period: string, metric: UsageMetric): Promise<number> {
      const result = await knex().raw(
        `INSERT INTO ${TABLE} (community_id, period, metric, count) VALUES (?, ?, ?, 1)
         ON CONFLICT (community_id, period, metric) DO UPDATE SET count = ${TABLE}.count + 1
         RETURNING count`,
        [communityId, period, metric]
      );
      return Number((result as { rows: CounterRow[] }).rows[0].count);
    },

    async decrement(communityId: number, period: string, metric: UsageMetric): Promise<void> {
      await knex()(TABLE).where({ community_id: communityId, period, metric }).where('count', '>', 0).decrement('count', 1);
    },

    /** Marks the period's warning as given; true only for the one caller that marked it. */
    async markWarned(communityId: number, period: string, metric: UsageMetric): Promise<boolean> {
      const updated = await knex()(TABLE)
        .where({ community_id: communityId, period, metric })
        .whereNull('warned_at')
        .update({ warned_at: new Date() });
      return Number(updated) > 0;
    },
  };
};

export type UsageCounters = ReturnType<typeof createUsageCounters>;
