import { LOG_TABLE, type Knex } from './schema';

export type SearchLogEntry = {
  communityId: number;
  memberDocumentId: string | null;
  channel: 'api' | 'whatsapp';
  query: string;
  parsed: unknown;
  parser: string;
  resultCount: number;
  latencyMs: number;
  /** When the search ran (queued entries are written later); the database's clock when absent. */
  at?: Date;
};

export const createSearchLogRepository = (knex: Knex) => ({
  async insertMany(entries: SearchLogEntry[]) {
    if (entries.length === 0) return;
    await knex(LOG_TABLE).insert(
      entries.map((entry) => ({
        community_id: entry.communityId,
        member_document_id: entry.memberDocumentId,
        channel: entry.channel,
        query: entry.query,
        parsed: JSON.stringify(entry.parsed),
        parser: entry.parser,
        result_count: entry.resultCount,
        zero_result: entry.resultCount === 0,
        latency_ms: Math.round(entry.latencyMs),
        ...(entry.at ? { created_at: entry.at } : {}),
      }))
    );
  },

  /**
   * Deletes searches older than the retention, a slice at a time so a first prune of a long
   * history never holds one huge delete open. Returns how many went.
   */
  async pruneOlderThan(retentionDays: number, sliceSize = 10_000): Promise<number> {
    let deleted = 0;
    for (;;) {
      const result = await knex.raw(
        `DELETE FROM ${LOG_TABLE} WHERE id IN (
           SELECT id FROM ${LOG_TABLE} WHERE created_at < now() - make_interval(days => ?) LIMIT ?
         )`,
        [retentionDays, sliceSize]
      );
      const count = (result as { rowCount: number | null }).rowCount ?? 0;
      deleted += count;
      if (count < sliceSize) return deleted;
    }
  },

  async recent(communityId: number, limit = 50) {
    return knex(LOG_TABLE).where('community_id', communityId).orderBy('id', 'desc').limit(limit);
  },
});

export type SearchLogRepository = ReturnType<typeof createSearchLogRepository>;
