import type { Core } from '@strapi/strapi';

export type Knex = Core.Strapi['db']['connection'];

export const INDEX_TABLE = 'community_search_members';

/** The index's single-valued text columns, by the filter field they answer (skills is an array). */
export const TEXT_FILTER_COLUMNS = {
  city: 'city',
  state: 'state',
  country: 'country',
  industry: 'industry',
  designation: 'designation',
  organization: 'organization',
  degree: 'degree',
  branch: 'branch',
} as const;
export const LOG_TABLE = 'community_search_log';

/**
 * A narrow copy of what the filters read, one row per index row. Index rows are ~2 KB (the vector
 * alone is 1 KB), so a filter matching 10% of a 100,000-member community used to touch most of the
 * table's pages; here a row is ~250 bytes, the whole community fits in a few MB of cache, and the
 * GIN/btree indexes lead with the community.
 */
export const FACETS_TABLE = 'community_search_facets';

/**
 * The one definition of a facet row, from an index row aliased `source` (the upsert's RETURNING,
 * or the index table for the backfill). Filter keys are `<community id>:<field>:<lower-cased
 * value>`, so one GIN index answers every list filter of a community; skill keys are the lower-cased
 * skills alone, for ranking by how many requested skills a member has.
 */
export const FACET_COLUMNS =
  'document_id, community_id, searchable, name_key, filter_keys, skill_keys, graduation_year, annual_turnover_inr';
export const facetSelectSql = (source: string) => `
  SELECT ${source}.document_id, ${source}.community_id, ${source}.is_active AND ${source}.directory_visible,
         lower(${source}.name),
         array_remove(ARRAY[${Object.values(TEXT_FILTER_COLUMNS)
           .map((column) => `${source}.community_id || ':${column}:' || lower(${source}.${column})`)
           .join(', ')}], NULL)
           || ARRAY(SELECT ${source}.community_id || ':skills:' || lower(skill) FROM unnest(${source}.skills) AS skill),
         ARRAY(SELECT lower(skill) FROM unnest(${source}.skills) AS skill),
         ${source}.graduation_year, ${source}.annual_turnover_inr`;
export const FACET_UPDATES = FACET_COLUMNS.split(', ')
  .filter((column) => column !== 'document_id')
  .map((column) => `${column} = EXCLUDED.${column}`)
  .join(', ');

export const VECTOR_INDEX = `${INDEX_TABLE}_embedding_idx`;

/** The HNSW index on the vectors (also rebuilt after a bulk load, see the indexer's reindex). */
export const createVectorIndex = async (knex: Knex) => {
  await knex.raw(`CREATE INDEX IF NOT EXISTS ${VECTOR_INDEX} ON ${INDEX_TABLE} USING hnsw (embedding vector_cosine_ops)`);
};

/**
 * Creates the plugin's own tables. They are plain SQL because the index needs column types Strapi
 * cannot model (tsvector, vector) and must not live on Strapi-managed tables, whose schema sync
 * drops columns it does not know.
 */
export const ensureSearchSchema = async (knex: Knex, dimensions: number) => {
  await knex.raw('CREATE EXTENSION IF NOT EXISTS vector');
  await knex.raw('CREATE EXTENSION IF NOT EXISTS pg_trgm');
  await knex.raw(`
    CREATE TABLE IF NOT EXISTS ${INDEX_TABLE} (
      document_id varchar(255) PRIMARY KEY,
      member_id integer NOT NULL,
      community_id integer NOT NULL,
      name text NOT NULL,
      city text,
      state text,
      country text,
      organization text,
      designation text,
      industry text,
      skills text[] NOT NULL DEFAULT '{}',
      degree text,
      branch text,
      graduation_year integer,
      annual_turnover_inr bigint,
      bio text,
      is_active boolean NOT NULL,
      directory_visible boolean NOT NULL,
      search_vector tsvector NOT NULL,
      embedding vector(${dimensions}),
      embedding_model text,
      indexed_at timestamptz NOT NULL DEFAULT now()
    )`);
  await knex.raw(`CREATE INDEX IF NOT EXISTS ${INDEX_TABLE}_community_idx ON ${INDEX_TABLE} (community_id) WHERE is_active AND directory_visible`);
  await knex.raw(`CREATE INDEX IF NOT EXISTS ${INDEX_TABLE}_search_idx ON ${INDEX_TABLE} USING gin (search_vector)`);
  await knex.raw(`CREATE INDEX IF NOT EXISTS ${INDEX_TABLE}_name_trgm_idx ON ${INDEX_TABLE} USING gin (name gin_trgm_ops)`);
  await createVectorIndex(knex);

  await ensureFacets(knex);

  await knex.raw(`
    CREATE TABLE IF NOT EXISTS ${LOG_TABLE} (
      id bigserial PRIMARY KEY,
      community_id integer NOT NULL,
      member_document_id varchar(255),
      channel varchar(16) NOT NULL,
      query text NOT NULL,
      parsed jsonb NOT NULL,
      parser varchar(32) NOT NULL,
      result_count integer NOT NULL,
      zero_result boolean NOT NULL,
      latency_ms integer NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
  await knex.raw(`CREATE INDEX IF NOT EXISTS ${LOG_TABLE}_community_time_idx ON ${LOG_TABLE} (community_id, created_at)`);
  // The retention prune reads by age across communities.
  await knex.raw(`CREATE INDEX IF NOT EXISTS ${LOG_TABLE}_created_idx ON ${LOG_TABLE} (created_at)`);
};

/**
 * The facets table and its indexes (added in 0.2; idempotent). Rows deleted from the index go with
 * their facets. Installs from before it get their facets from the index rows they already have, so
 * nothing needs re-embedding; the backfill only touches rows that lack facets.
 */
const ensureFacets = async (knex: Knex) => {
  await knex.raw(`
    CREATE TABLE IF NOT EXISTS ${FACETS_TABLE} (
      document_id varchar(255) PRIMARY KEY REFERENCES ${INDEX_TABLE} (document_id) ON DELETE CASCADE,
      community_id integer NOT NULL,
      searchable boolean NOT NULL,
      name_key text NOT NULL,
      filter_keys text[] NOT NULL,
      skill_keys text[] NOT NULL,
      graduation_year integer,
      annual_turnover_inr bigint
    )`);
  const searchable = 'WHERE searchable';
  await knex.raw(`CREATE INDEX IF NOT EXISTS ${FACETS_TABLE}_keys_idx ON ${FACETS_TABLE} USING gin (filter_keys) ${searchable}`);
  // No (community_id, name_key) index on purpose: with it the planner walks a whole community in
  // name order to skip a sort, although the total in the same statement reads every match anyway.
  await knex.raw(`CREATE INDEX IF NOT EXISTS ${FACETS_TABLE}_year_idx ON ${FACETS_TABLE} (community_id, graduation_year) ${searchable}`);
  await knex.raw(`CREATE INDEX IF NOT EXISTS ${FACETS_TABLE}_turnover_idx ON ${FACETS_TABLE} (community_id, annual_turnover_inr) ${searchable}`);
  const backfilled = (await knex.raw(
    `INSERT INTO ${FACETS_TABLE} (${FACET_COLUMNS}) ${facetSelectSql('i')} FROM ${INDEX_TABLE} i
      WHERE NOT EXISTS (SELECT 1 FROM ${FACETS_TABLE} f WHERE f.document_id = i.document_id)
     ON CONFLICT (document_id) DO NOTHING`
  )) as { rowCount: number | null };
  // Without statistics the planner cannot tell a selective filter key from a common one.
  if ((backfilled.rowCount ?? 0) > 0) await knex.raw(`ANALYZE ${FACETS_TABLE}`);
};

/** The dimension of the index's vector column, or null before the table exists. */
export const indexedDimensions = async (knex: Knex): Promise<number | null> => {
  const result = await knex.raw(
    `SELECT format_type(a.atttypid, a.atttypmod) AS type
       FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
      WHERE c.relname = ? AND a.attname = 'embedding' AND NOT a.attisdropped`,
    [INDEX_TABLE]
  );
  const type = result.rows[0]?.type as string | undefined;
  const match = type?.match(/vector\((\d+)\)/);
  return match ? Number(match[1]) : null;
};

/** Switching to an embedder of another dimension replaces the vector column; rows are re-embedded after. */
export const resizeEmbeddingColumn = async (knex: Knex, dimensions: number) => {
  await knex.raw(`DROP INDEX IF EXISTS ${INDEX_TABLE}_embedding_idx`);
  await knex.raw(`ALTER TABLE ${INDEX_TABLE} DROP COLUMN IF EXISTS embedding`);
  await knex.raw(`ALTER TABLE ${INDEX_TABLE} ADD COLUMN embedding vector(${dimensions})`);
  await knex.raw(`UPDATE ${INDEX_TABLE} SET embedding_model = NULL`);
  await knex.raw(
    `CREATE INDEX IF NOT EXISTS ${INDEX_TABLE}_embedding_idx ON ${INDEX_TABLE} USING hnsw (embedding vector_cosine_ops)`
  );
};
