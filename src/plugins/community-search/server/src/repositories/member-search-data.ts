import { LOG_TABLE, type Knex } from './schema';

export type MemberSearchRecord = {
  query: string;
  channel: string;
  parser: string;
  resultCount: number;
  createdAt: Date;
};

/** One member's rows in the search log: for their data export, and for erasure. */
export const createMemberSearchData = (knex: Knex) => ({
  async list(communityId: number, memberDocumentId: string): Promise<MemberSearchRecord[]> {
    const rows = (await knex(LOG_TABLE)
      .where({ community_id: communityId, member_document_id: memberDocumentId })
      .orderBy('id', 'asc')
      .select('query', 'channel', 'parser', 'result_count', 'created_at')) as Array<{
      query: string;
      channel: string;
      parser: string;
      result_count: number;
      created_at: Date;
    }>;
    return rows.map((row) => ({ query: row.query, channel: row.channel, parser: row.parser, resultCount: row.result_count, createdAt: row.created_at }));
  },

  /** Keeps the searches for the community's statistics, without who asked or what they typed. */
  async anonymise(communityId: number, memberDocumentId: string): Promise<number> {
    return knex(LOG_TABLE)
      .where({ community_id: communityId, member_document_id: memberDocumentId })
      .update({ member_document_id: null, query: '[erased]', parsed: JSON.stringify({}) });
  },
});
