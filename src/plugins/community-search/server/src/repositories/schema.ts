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
  await knex.raw(
    `CREATE INDEX IF NOT EXISTS ${INDEX_TABLE}_embedding_idx ON ${INDEX_TABLE} USING hnsw (embedding vector_cosine_ops)`
  );

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
