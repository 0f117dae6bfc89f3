import type { SqlFragment } from '../utils/filter-sql';
import { FACETS_TABLE, INDEX_TABLE, type Knex } from './schema';

/** One candidate of the two rankers, before fusion. Positions are 1-based; null when that ranker did not return it. */
export type RankedCandidate = {
  id: string;
  ftsPosition: number | null;
  vectorPosition: number | null;
  similarity: number | null;
  /** Whether the member matches a query word (known for every candidate). */
  textMatch: boolean;
};

export type TextRanking = {
  candidates: RankedCandidate[];
  /** Members within the filters that match a query word (all of them, not only the candidates). */
  textMatches: number;
  /**
   * Members within the filters that match a word or are at least `minSimilarity` close in meaning:
   * exact after an exact scan; null after an HNSW scan, which only sees the nearest candidates.
   */
  closeMatches: number | null;
};

type TextRankingInput = {
  where: SqlFragment;
  /** The community alone, no filter fields: then the index rows are read without the facets join. */
  communityOnly: { communityId: number } | null;
  tsQuery: string;
  vector: string;
  /** How many candidates each ranker returns. */
  limit: number;
  minSimilarity: number;
};

const num = (value: unknown) => (value === null || value === undefined ? null : Number(value));

type CandidateRow = {
  id: string;
  fts_position: string | number | null;
  vector_position: string | number | null;
  similarity: number | null;
  text_match: boolean | null;
};

const toCandidate = (row: CandidateRow): RankedCandidate => ({
  id: row.id,
  ftsPosition: num(row.fts_position),
  vectorPosition: num(row.vector_position),
  similarity: num(row.similarity),
  textMatch: row.fts_position !== null || row.text_match === true,
});

/**
 * The search's ranking SQL. Filters are a fragment over the facets table aliased `f` (see
 * utils/filter-sql); index rows are aliased `i`.
 */
export const createSearchRankingRepository = (knex: Knex) => ({
  /** Members within the filters; with `cap`, counting stops there (enough to choose a plan). */
  async count(where: SqlFragment, cap?: number): Promise<number> {
    const result =
      cap === undefined
        ? await knex.raw(`SELECT count(*)::int AS count FROM ${FACETS_TABLE} f WHERE ${where.sql}`, where.bindings)
        : await knex.raw(
            `SELECT count(*)::int AS count FROM (SELECT 1 FROM ${FACETS_TABLE} f WHERE ${where.sql} LIMIT ?) capped`,
            [...where.bindings, cap]
          );
    return result.rows[0].count as number;
  },

  /** Whether any member within the filters matches the full-text query (one row read at most). */
  async anyTextMatch(where: SqlFragment, tsQuery: string): Promise<boolean> {
    const result = await knex.raw(
      `SELECT EXISTS (
         SELECT 1 FROM ${FACETS_TABLE} f JOIN ${INDEX_TABLE} i ON i.document_id = f.document_id
          WHERE ${where.sql} AND i.search_vector @@ to_tsquery('english', ?)
       ) AS found`,
      [...where.bindings, tsQuery]
    );
    return result.rows[0].found === true;
  },

  /**
   * One page of the members within the filters, strongest match first, then by name, with the
   * total in the same statement (the sort reads every match anyway). `after` skips members already
   * shown by another ranking. The total is null when the page is past the end.
   */
  async listByStrength(
    where: SqlFragment,
    strength: SqlFragment,
    { offset, limit, exclude = [] }: { offset: number; limit: number; exclude?: string[] }
  ): Promise<{ ids: string[]; total: number | null }> {
    const excluded = exclude.length > 0 ? ' AND f.document_id <> ALL(?::text[])' : '';
    const result = await knex.raw(
      `SELECT f.document_id AS id, count(*) OVER ()::int AS total
         FROM ${FACETS_TABLE} f
        WHERE ${where.sql}${excluded}
        ORDER BY ${strength.sql} DESC, f.name_key, f.document_id OFFSET ? LIMIT ?`,
      [...where.bindings, ...(exclude.length > 0 ? [exclude] : []), ...strength.bindings, offset, limit]
    );
    const rows = result.rows as Array<{ id: string; total: number }>;
    return { ids: rows.map((row) => row.id), total: rows[0]?.total ?? null };
  },

  /**
   * Both rankers by exact scan of the members within the filters, for filtered sets small enough
   * that computing every distance is cheaper than walking the HNSW graph until enough pass the
   * filters. Also counts every close match exactly.
   */
  async rankExact({ where, tsQuery, vector, limit, minSimilarity }: TextRankingInput): Promise<TextRanking> {
    const result = await knex.raw(
      `WITH filtered AS MATERIALIZED (
         SELECT i.document_id,
                (? <> '' AND i.search_vector @@ q) AS text_match,
                CASE WHEN ? <> '' AND i.search_vector @@ q THEN ts_rank_cd(i.search_vector, q, 32) END AS rank,
                1 - (i.embedding <=> ?::vector) AS similarity
           FROM ${FACETS_TABLE} f
           JOIN ${INDEX_TABLE} i ON i.document_id = f.document_id,
                to_tsquery('english', ?) AS q
          WHERE ${where.sql}
       ),
       text_ranked AS (
         SELECT document_id, row_number() OVER (ORDER BY rank DESC, document_id) AS position
           FROM filtered WHERE text_match ORDER BY position LIMIT ?
       ),
       vector_ranked AS (
         SELECT document_id, similarity, text_match, row_number() OVER (ORDER BY similarity DESC, document_id) AS position
           FROM filtered WHERE similarity IS NOT NULL ORDER BY position LIMIT ?
       )
       SELECT coalesce(t.document_id, v.document_id) AS id, t.position AS fts_position,
              v.position AS vector_position, v.similarity, v.text_match,
              (SELECT count(*) FROM filtered WHERE text_match)::int AS text_matches,
              (SELECT count(*) FROM filtered WHERE text_match OR similarity >= ?)::int AS close_matches
         FROM text_ranked t FULL OUTER JOIN vector_ranked v ON v.document_id = t.document_id`,
      [tsQuery, tsQuery, vector, tsQuery, ...where.bindings, limit, limit, minSimilarity]
    );
    const rows = result.rows as Array<CandidateRow & { text_matches: number; close_matches: number }>;
    return {
      candidates: rows.map(toCandidate),
      textMatches: rows[0]?.text_matches ?? 0,
      closeMatches: rows[0]?.close_matches ?? 0,
    };
  },

  /**
   * Both rankers driven by the indexes, for large filtered sets: GIN for the words (counting every
   * match), HNSW for the vector, which keeps iterating until enough rows pass the filters
   * (pgvector >= 0.8) instead of returning the few that survive the first ef_search candidates.
   */
  async rankByIndexes({ where, communityOnly, tsQuery, vector, limit }: TextRankingInput): Promise<TextRanking> {
    // Without filter fields, joining the facets only makes the planner hash a whole community.
    const scope = communityOnly
      ? { join: '', sql: 'i.community_id = ? AND i.is_active AND i.directory_visible', bindings: [communityOnly.communityId] }
      : { join: `JOIN ${FACETS_TABLE} f ON f.document_id = i.document_id`, sql: where.sql, bindings: where.bindings };
    const result = (await knex.transaction(async (trx) => {
      // One round trip for both settings; SET LOCAL ends with the transaction.
      await trx.raw(`SET LOCAL hnsw.iterative_scan = 'relaxed_order'; SET LOCAL hnsw.ef_search = ${Math.min(1000, Math.max(40, limit))}`);
      return trx.raw(
        `WITH text_ranked AS (
           SELECT i.document_id, row_number() OVER (ORDER BY ts_rank_cd(i.search_vector, q, 32) DESC, i.document_id) AS position,
                  count(*) OVER () AS text_matches
             FROM ${INDEX_TABLE} i ${scope.join}, to_tsquery('english', ?) AS q
            WHERE ${scope.sql} AND ? <> '' AND i.search_vector @@ q
            ORDER BY position LIMIT ?
         ),
         vector_ranked AS (
           SELECT document_id, similarity, text_match, row_number() OVER (ORDER BY similarity DESC, document_id) AS position
             FROM (
               SELECT i.document_id, 1 - (i.embedding <=> ?::vector) AS similarity,
                      (? <> '' AND i.search_vector @@ to_tsquery('english', ?)) AS text_match
                 FROM ${INDEX_TABLE} i ${scope.join}
                WHERE ${scope.sql} AND i.embedding IS NOT NULL
                ORDER BY i.embedding <=> ?::vector LIMIT ?
             ) nearest
         )
         SELECT coalesce(t.document_id, v.document_id) AS id, t.position AS fts_position,
                v.position AS vector_position, v.similarity, v.text_match,
                (SELECT max(text_matches) FROM text_ranked)::int AS text_matches
           FROM text_ranked t FULL OUTER JOIN vector_ranked v ON v.document_id = t.document_id`,
        [tsQuery, ...scope.bindings, tsQuery, limit, vector, tsQuery, tsQuery, ...scope.bindings, vector, limit]
      );
    })) as { rows: Array<CandidateRow & { text_matches: number | null }> };
    return {
      candidates: result.rows.map(toCandidate),
      textMatches: result.rows[0]?.text_matches ?? 0,
      closeMatches: null,
    };
  },
});

export type SearchRankingRepository = ReturnType<typeof createSearchRankingRepository>;
