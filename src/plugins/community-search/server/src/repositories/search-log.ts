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
};

export const createSearchLogRepository = (knex: Knex) => ({
  async insert(entry: SearchLogEntry) {
    await knex(LOG_TABLE).insert({
      community_id: entry.communityId,
      member_document_id: entry.memberDocumentId,
      channel: entry.channel,
      query: entry.query,
      parsed: JSON.stringify(entry.parsed),
      parser: entry.parser,
      result_count: entry.resultCount,
      zero_result: entry.resultCount === 0,
      latency_ms: Math.round(entry.latencyMs),
    });
  },

  async recent(communityId: number, limit = 50) {
    return knex(LOG_TABLE).where('community_id', communityId).orderBy('id', 'desc').limit(limit);
  },
});

export type SearchLogRepository = ReturnType<typeof createSearchLogRepository>;
