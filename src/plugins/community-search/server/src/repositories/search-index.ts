import type { CommunityVocabulary } from '../services/query-parser/types';
import {
  createVectorIndex,
  FACET_COLUMNS,
  FACET_UPDATES,
  FACETS_TABLE,
  facetSelectSql,
  INDEX_TABLE,
  TEXT_FILTER_COLUMNS,
  VECTOR_INDEX,
  type Knex,
} from './schema';

/** The host app's tables this repository reads (the member content type's, from the host port). */
export type AppTables = { members: string };

/** One member as the index holds it; contact fields (phone, email) are never stored here. */
export type IndexRow = {
  documentId: string;
  memberId: number;
  communityId: number;
  name: string;
  city: string | null;
  state: string | null;
  country: string | null;
  organization: string | null;
  designation: string | null;
  industry: string | null;
  skills: string[];
  degree: string | null;
  branch: string | null;
  graduationYear: number | null;
  annualTurnoverInr: number | null;
  bio: string | null;
  isActive: boolean;
  directoryVisible: boolean;
  embedding: number[] | null;
  embeddingModel: string | null;
};

/** Six decimals are plenty for cosine similarity; Math.round is several times cheaper than toFixed. */
export const toVectorLiteral = (vector: number[]) => `[${vector.map((value) => Math.round(value * 1e6) / 1e6).join(',')}]`;

const SEARCH_VECTOR_SQL = `
  setweight(to_tsvector('simple', coalesce(?, '')), 'A') ||
  setweight(to_tsvector('english', coalesce(?, '')), 'A') ||
  setweight(to_tsvector('english', coalesce(?, '')), 'B') ||
  setweight(to_tsvector('english', coalesce(?, '')), 'B') ||
  setweight(to_tsvector('english', coalesce(?, '')), 'B') ||
  setweight(to_tsvector('english', coalesce(?, '')), 'C')`;

const UPSERT_CHUNK = 200;
const BULK_BUILD_MEMORY = '256MB';

const INSERT_COLUMNS = [
  'document_id', 'member_id', 'community_id', 'name', 'city', 'state', 'country', 'organization', 'designation',
  'industry', 'skills', 'degree', 'branch', 'graduation_year', 'annual_turnover_inr', 'bio', 'is_active',
  'directory_visible', 'search_vector', 'embedding', 'embedding_model', 'indexed_at',
].join(', ');

const ROW_PLACEHOLDERS = `(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?, ?, ?, ?, ?, ?, ?, ${SEARCH_VECTOR_SQL}, ?::vector, ?, now())`;

const UPDATE_ASSIGNMENTS = INSERT_COLUMNS.split(', ')
  .filter((column) => column !== 'document_id')
  .map((column) => `${column} = EXCLUDED.${column}`)
  .join(', ');

/** What the facets are derived from. */
const RETURNED_COLUMNS = [
  'document_id', 'community_id', 'is_active', 'directory_visible', 'name', ...Object.values(TEXT_FILTER_COLUMNS), 'skills',
  'graduation_year', 'annual_turnover_inr',
].join(', ');

const rowBindings = (row: IndexRow) => [
  row.documentId,
  row.memberId,
  row.communityId,
  row.name,
  row.city,
  row.state,
  row.country,
  row.organization,
  row.designation,
  row.industry,
  row.skills,
  row.degree,
  row.branch,
  row.graduationYear,
  row.annualTurnoverInr,
  row.bio,
  row.isActive,
  row.directoryVisible,
  // The weighted text: name and skills first, then role and employer, then the rest.
  row.name,
  row.skills.join(' '),
  row.designation,
  row.organization,
  row.industry,
  [row.bio, row.city, row.branch, row.degree].filter(Boolean).join(' '),
  row.embedding ? toVectorLiteral(row.embedding) : null,
  row.embeddingModel,
];

/** Data access for the plugin-owned search index table. */
export const createSearchIndexRepository = (knex: Knex, { members: membersTable }: AppTables) => ({
  async upsert(rows: IndexRow[]) {
    for (let offset = 0; offset < rows.length; offset += UPSERT_CHUNK) {
      const chunk = rows.slice(offset, offset + UPSERT_CHUNK);
      // One statement writes the index rows and their facets, so the two never disagree.
      await knex.raw(
        `WITH written AS (
           INSERT INTO ${INDEX_TABLE} (${INSERT_COLUMNS}) VALUES ${chunk.map(() => ROW_PLACEHOLDERS).join(', ')}
           ON CONFLICT (document_id) DO UPDATE SET ${UPDATE_ASSIGNMENTS}
           RETURNING ${RETURNED_COLUMNS}
         )
         INSERT INTO ${FACETS_TABLE} (${FACET_COLUMNS}) ${facetSelectSql('written')} FROM written
         ON CONFLICT (document_id) DO UPDATE SET ${FACET_UPDATES}`,
        chunk.flatMap(rowBindings)
      );
    }
  },

  /** Removes members' rows; returns the communities they were in. */
  async remove(documentIds: string[]): Promise<number[]> {
    if (documentIds.length === 0) return [];
    const removed = (await knex(INDEX_TABLE).whereIn('document_id', documentIds).delete(['community_id'])) as Array<{
      community_id: number;
    }>;
    return [...new Set(removed.map((row) => row.community_id))];
  },

  /** Index rows of one community, and of the whole table. */
  async rowCounts(communityId: number) {
    const result = await knex.raw(
      `SELECT count(*) FILTER (WHERE community_id = ?)::int AS own, count(*)::int AS total FROM ${INDEX_TABLE}`,
      [communityId]
    );
    return result.rows[0] as { own: number; total: number };
  },

  async dropVectorIndex() {
    await knex.raw(`DROP INDEX IF EXISTS ${VECTOR_INDEX}`);
  },

  /** Builds the HNSW index in one pass, with room for the graph in memory (it builds far slower when it spills). */
  async buildVectorIndex() {
    await knex.transaction(async (trx) => {
      await trx.raw(`SET LOCAL maintenance_work_mem = '${BULK_BUILD_MEMORY}'`);
      await createVectorIndex(trx as unknown as Knex);
    });
  },

  /** Fresh planner statistics after a bulk rebuild, so filters are planned for the new data at once. */
  async analyze() {
    await knex.raw(`ANALYZE ${INDEX_TABLE}`);
    await knex.raw(`ANALYZE ${FACETS_TABLE}`);
  },

  async databaseNow(): Promise<Date> {
    const result = await knex.raw('SELECT now() AS now');
    return result.rows[0].now as Date;
  },

  /** Sweeps rows a full reindex did not touch: members deleted while the index was not listening. */
  async removeIndexedBefore(communityId: number | null, before: Date) {
    const query = knex(INDEX_TABLE).where('indexed_at', '<', before);
    if (communityId !== null) query.where('community_id', communityId);
    return query.delete();
  },

  /** Drops index rows whose member no longer exists. */
  async removeOrphans(communityId: number | null) {
    await knex.raw(
      `DELETE FROM ${INDEX_TABLE} i
        WHERE ${communityId === null ? 'TRUE' : 'i.community_id = ?'}
          AND NOT EXISTS (SELECT 1 FROM ${membersTable} m WHERE m.document_id = i.document_id)`,
      communityId === null ? [] : [communityId]
    );
  },

  /** The distinct values searchable members of a community have, per field. */
  async vocabulary(communityId: number): Promise<CommunityVocabulary> {
    const visible = { community_id: communityId, is_active: true, directory_visible: true };
    const vocabulary = { skills: [] as string[] } as CommunityVocabulary;
    for (const [field, column] of Object.entries(TEXT_FILTER_COLUMNS)) {
      const rows = (await knex(INDEX_TABLE).distinct(column).where(visible).whereNotNull(column)) as Array<
        Record<string, string>
      >;
      vocabulary[field as keyof typeof TEXT_FILTER_COLUMNS] = rows.map((row) => row[column]).filter(Boolean).sort();
    }
    const skills = await knex.raw(
      `SELECT DISTINCT unnest(skills) AS skill FROM ${INDEX_TABLE}
        WHERE community_id = ? AND is_active AND directory_visible ORDER BY 1`,
      [communityId]
    );
    vocabulary.skills = skills.rows.map((row: { skill: string }) => row.skill);
    return vocabulary;
  },

  async counts(communityId: number) {
    const result = await knex.raw(
      `SELECT count(*)::int AS indexed,
              count(*) FILTER (WHERE is_active AND directory_visible)::int AS searchable,
              max(indexed_at) AS last_indexed_at
         FROM ${INDEX_TABLE} WHERE community_id = ?`,
      [communityId]
    );
    const row = result.rows[0] as { indexed: number; searchable: number; last_indexed_at: Date | null };
    return { indexed: row.indexed, searchable: row.searchable, lastIndexedAt: row.last_indexed_at };
  },

  /** Members the index lacks, or whose vector another model (or none) made. */
  async outdatedDocumentIds(model: string): Promise<string[]> {
    const result = await knex.raw(
      `SELECT DISTINCT m.document_id FROM ${membersTable} m
         LEFT JOIN ${INDEX_TABLE} i ON i.document_id = m.document_id
        WHERE i.document_id IS NULL OR i.embedding_model IS DISTINCT FROM ?`,
      [model]
    );
    return result.rows.map((row: { document_id: string }) => row.document_id);
  },
});

export type SearchIndexRepository = ReturnType<typeof createSearchIndexRepository>;
