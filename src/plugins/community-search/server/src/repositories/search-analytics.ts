import { LOG_TABLE, type Knex } from './schema';

/** Which searches an aggregate reads: some communities (null: all) within [from, to). */
export type LogWindow = { communityIds: number[] | null; from: Date; to: Date };

export type LogTotals = { searches: number; zeroResults: number; avgLatencyMs: number | null; p95LatencyMs: number | null };
export type DayCount = { day: string; searches: number; zeroResults: number };
export type ParserStats = { parser: string; searches: number; avgLatencyMs: number };
export type ChannelStats = { channel: string; searches: number };
export type QueryStats = { query: string; searches: number; avgResults: number; lastSearchedAt: string };
export type CommunityCount = { communityId: number; searches: number; zeroResults: number };

export type ExportRow = {
  id: number;
  community_id: number;
  created_at: Date;
  channel: string;
  query: string;
  parser: string;
  result_count: number;
  zero_result: boolean;
  latency_ms: number;
};

const toNumber = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));
const toNullableNumber = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

/**
 * Read-only aggregates over the search log for the admin panel. Every statement is bounded by
 * the (community_id, created_at) index's columns; queries are grouped case- and space-insensitively
 * so "CA in Pune" and "ca in pune " count as one.
 */
export const createSearchAnalyticsRepository = (knex: Knex) => {
  const scoped = ({ communityIds, from, to }: LogWindow) => {
    const query = knex(LOG_TABLE).where('created_at', '>=', from).andWhere('created_at', '<', to);
    return communityIds === null ? query : query.whereIn('community_id', communityIds);
  };
  const normalisedQuery = knex.raw(`lower(btrim(regexp_replace(query, '\\s+', ' ', 'g')))`);

  return {
    async totals(window: LogWindow): Promise<LogTotals> {
      const row = (await scoped(window)
        .first(
          knex.raw('count(*) AS searches'),
          knex.raw('count(*) FILTER (WHERE zero_result) AS zero_results'),
          knex.raw('avg(latency_ms) AS avg_latency'),
          knex.raw('percentile_cont(0.95) WITHIN GROUP (ORDER BY latency_ms) AS p95_latency')
        )) as Record<string, unknown> | undefined;
      const avg = toNullableNumber(row?.avg_latency);
      const p95 = toNullableNumber(row?.p95_latency);
      return {
        searches: toNumber(row?.searches),
        zeroResults: toNumber(row?.zero_results),
        avgLatencyMs: avg === null ? null : Math.round(avg),
        p95LatencyMs: p95 === null ? null : Math.round(p95),
      };
    },

    /** Searches per local calendar day (`offsetMinutes` east of UTC), days without searches left out. */
    async perDay(window: LogWindow, offsetMinutes: number): Promise<DayCount[]> {
      const day = knex.raw(`to_char(created_at AT TIME ZONE 'UTC' + make_interval(mins => ?), 'YYYY-MM-DD')`, [offsetMinutes]);
      const rows = (await scoped(window)
        .select({ day }, knex.raw('count(*) AS searches'), knex.raw('count(*) FILTER (WHERE zero_result) AS zero_results'))
        .groupBy(1)
        .orderBy(1)) as Array<Record<string, unknown>>;
      return rows.map((row) => ({ day: String(row.day), searches: toNumber(row.searches), zeroResults: toNumber(row.zero_results) }));
    },

    async byParser(window: LogWindow): Promise<ParserStats[]> {
      const rows = (await scoped(window)
        .select('parser', knex.raw('count(*) AS searches'), knex.raw('avg(latency_ms) AS avg_latency'))
        .groupBy('parser')
        .orderBy([{ column: 'searches', order: 'desc' }, { column: 'parser' }])) as Array<Record<string, unknown>>;
      return rows.map((row) => ({ parser: String(row.parser), searches: toNumber(row.searches), avgLatencyMs: Math.round(toNumber(row.avg_latency)) }));
    },

    async byChannel(window: LogWindow): Promise<ChannelStats[]> {
      const rows = (await scoped(window)
        .select('channel', knex.raw('count(*) AS searches'))
        .groupBy('channel')
        .orderBy('channel')) as Array<Record<string, unknown>>;
      return rows.map((row) => ({ channel: String(row.channel), searches: toNumber(row.searches) }));
    },

    /** The most frequent queries (only those that found nobody with `zeroOnly`). */
    async topQueries(window: LogWindow, { limit, zeroOnly }: { limit: number; zeroOnly: boolean }): Promise<QueryStats[]> {
      let query = scoped(window);
      if (zeroOnly) query = query.andWhere('zero_result', true);
      const rows = (await query
        .select(
          { query: normalisedQuery },
          knex.raw('count(*) AS searches'),
          knex.raw('avg(result_count) AS avg_results'),
          knex.raw('max(created_at) AS last_at')
        )
        .groupBy(1)
        .orderBy([{ column: 'searches', order: 'desc' }, { column: 'last_at', order: 'desc' }])
        .limit(limit)) as Array<Record<string, unknown>>;
      return rows.map((row) => ({
        query: String(row.query),
        searches: toNumber(row.searches),
        avgResults: Math.round(toNumber(row.avg_results) * 10) / 10,
        lastSearchedAt: new Date(row.last_at as string | Date).toISOString(),
      }));
    },

    /** Searches and zero-result searches per community (dashboard widgets). */
    async perCommunity(window: LogWindow): Promise<CommunityCount[]> {
      const rows = (await scoped(window)
        .select('community_id', knex.raw('count(*) AS searches'), knex.raw('count(*) FILTER (WHERE zero_result) AS zero_results'))
        .groupBy('community_id')) as Array<Record<string, unknown>>;
      return rows.map((row) => ({ communityId: Number(row.community_id), searches: toNumber(row.searches), zeroResults: toNumber(row.zero_results) }));
    },

    /** The window's entries oldest first, a keyset page at a time (CSV export). */
    async page(window: LogWindow, afterId: number, limit: number): Promise<ExportRow[]> {
      return (await scoped(window)
        .andWhere('id', '>', afterId)
        .select('id', 'community_id', 'created_at', 'channel', 'query', 'parser', 'result_count', 'zero_result', 'latency_ms')
        .orderBy('id')
        .limit(limit)) as ExportRow[];
    },
  };
};

export type SearchAnalyticsRepository = ReturnType<typeof createSearchAnalyticsRepository>;
