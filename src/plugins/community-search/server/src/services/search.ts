import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import type { CommunitySearchConfig } from '../config/schema';
import { INDEX_TABLE } from '../repositories/schema';
import { createSearchIndexRepository, toVectorLiteral } from '../repositories/search-index';
import { createSearchLogRepository } from '../repositories/search-log';
import { getService } from '../utils';
import { activeFilterFields, filterStrengthSql, filtersToSql } from '../utils/filter-sql';
import { PLUGIN_ID } from '../utils/plugin-id';
import { meaningfulTerms, toAnyWordTsQuery } from '../utils/query-terms';
import { isFollowUp, mergeFollowUp } from '../utils/follow-up';
import { readCommunitySynonyms } from '../utils/community-synonyms';
import { redactContactDetails } from '../utils/redact';
import { fuseByReciprocalRank } from '../utils/rrf';
import { explainMatch, type MatchedMember } from '../utils/why';
import type { CommunityVocabulary, ParsedQuery, SearchFilters, Synonym } from './query-parser/types';

export type SearchViewer = { access: 'operator' | 'member'; memberDocumentId?: string };

export type SearchRequest = {
  communityId: number;
  text: string;
  page: number;
  pageSize: number;
  channel: 'api' | 'whatsapp';
  viewer: SearchViewer;
  /** Who is asking (a member or an API token), so sessions never cross callers. */
  callerId: string;
  /** Follow-up questions in the same session refine the previous search. */
  sessionId?: string;
};

export type SearchHit = {
  documentId: string;
  name: string;
  city: string | null;
  designation: string | null;
  organization: string | null;
  industry: string | null;
  skills: string[];
  graduationYear: number | null;
  score: number;
  why: string[];
  phone?: string;
  email?: string | null;
};

export type SearchResponse = {
  data: SearchHit[];
  meta: {
    total: number;
    page: number;
    pageSize: number;
    tookMs: number;
    noCloseMatch: boolean;
    relaxed: string[];
    followUp: boolean;
    sessionId?: string;
    parsed: { parser: string; filters: SearchFilters; text: string };
  };
};

const VOCABULARY_TTL_MS = 60_000;
const TOPIC_FIELDS = new Set<keyof SearchFilters>(['skills', 'designation', 'industry', 'organization', 'degree', 'branch']);
const RELAXATION_TIERS: Array<Array<keyof SearchFilters>> = [
  ['organization', 'city', 'state', 'country', 'graduationYear', 'annualTurnoverInr'],
  ['degree', 'branch'],
  ['designation', 'industry', 'skills'],
];

type Ranked = { id: string; similarity: number | null };

type IndexedMember = MatchedMember & { document_id: string };

const searchService = ({ strapi }: { strapi: Core.Strapi }) => {
  const vocabularies = new Map<number, { vocabulary: CommunityVocabulary; synonyms: Synonym[]; expiresAt: number }>();
  let subscribed = false;

  const config = () => (strapi.config.get(`plugin::${PLUGIN_ID}`) as CommunitySearchConfig).search;
  const knex = () => strapi.db.connection;

  const vocabularyFor = async (communityId: number) => {
    if (!subscribed) {
      getService('indexer').onIndexed((communityIds) =>
        communityIds.forEach((id) => {
          vocabularies.delete(id);
          getService('parse-cache')
            .invalidate(id)
            .catch((error: Error) => strapi.log.warn(`community-search: parse cache invalidation failed: ${error.message}`));
        })
      );
      subscribed = true;
    }
    const cached = vocabularies.get(communityId);
    if (cached && cached.expiresAt > Date.now()) return cached;
    const vocabulary = await createSearchIndexRepository(knex()).vocabulary(communityId);
    const community = (await strapi.db.query('api::community.community').findOne({
      select: ['settings'],
      where: { id: communityId },
    })) as { settings?: unknown } | null;
    const entry = { vocabulary, synonyms: readCommunitySynonyms(community?.settings), expiresAt: Date.now() + VOCABULARY_TTL_MS };
    vocabularies.set(communityId, entry);
    return entry;
  };

  const countCandidates = async (communityId: number, filters: SearchFilters) => {
    const where = filtersToSql(communityId, filters);
    const result = await knex().raw(`SELECT count(*)::int AS count FROM ${INDEX_TABLE} WHERE ${where.sql}`, where.bindings);
    return result.rows[0].count as number;
  };

  /**
   * When the filters leave nobody, drops one filter field at a time: first where and when (place,
   * year, turnover, employer), then education, and what a person does last, since that is usually
   * what they asked for. Within a tier it drops the field whose removal brings back the most members.
   * The dropped fields' words still rank the results.
   */
  const relax = async (communityId: number, parsed: ParsedQuery) => {
    let filters: SearchFilters = { ...parsed.filters };
    const relaxed: string[] = [];
    let count = await countCandidates(communityId, filters);
    for (const tier of RELAXATION_TIERS) {
      while (count === 0) {
        let best: { field: keyof SearchFilters; count: number; filters: SearchFilters } | null = null;
        for (const field of activeFilterFields(filters).filter((active) => tier.includes(active))) {
          const without = { ...filters };
          delete without[field];
          const remaining = await countCandidates(communityId, without);
          if (!best || remaining > best.count) best = { field, count: remaining, filters: without };
        }
        if (!best) break;
        filters = best.filters;
        relaxed.push(best.field);
        count = best.count;
      }
    }
    // Only what a person does or where they work can still order the results; a dropped place or
    // year says nothing about who fits better.
    const boostTerms = parsed.matches
      .filter((match) => relaxed.includes(match.field) && TOPIC_FIELDS.has(match.field))
      .map((match) => match.term);
    return { filters, relaxed, boostTerms: [...new Set(boostTerms)], count };
  };

  /**
   * Fuses full-text and vector rankings within the filtered members. With `requireCloseMatch`, a
   * member who matches no query word must be close in meaning to count; without it (only words of
   * relaxed filters are left) the words just order the members.
   */
  const rankByText = async (communityId: number, filters: SearchFilters, terms: string[], requireCloseMatch: boolean) => {
    const { minSimilarity, rrfK, candidateLimit } = config();
    const semanticText = terms.join(' ');
    const where = filtersToSql(communityId, filters);
    const [queryVector] = await getService('providers').embedder().embed([semanticText]);
    const tsQuery = toAnyWordTsQuery(terms);
    const result = (await knex().transaction(async (trx) => {
      // Filtered HNSW scans keep going until enough rows pass the filters (pgvector >= 0.8),
      // instead of returning the few that survive the first ef_search candidates.
      await trx.raw("SET LOCAL hnsw.iterative_scan = 'relaxed_order'");
      await trx.raw(`SET LOCAL hnsw.ef_search = ${Math.min(1000, Math.max(40, candidateLimit))}`);
      return trx.raw(
      // Both rankers read the index directly so Postgres can use the GIN (text) and HNSW (vector)
      // indexes; the HNSW scan keeps iterating until enough rows pass the filters.
      `WITH text_ranked AS (
         SELECT document_id, row_number() OVER (ORDER BY ts_rank_cd(search_vector, q, 32) DESC, document_id) AS position
           FROM ${INDEX_TABLE}, to_tsquery('english', ?) AS q
          WHERE ${where.sql} AND ? <> '' AND search_vector @@ q
          ORDER BY position LIMIT ?
       ),
       vector_ranked AS (
         SELECT document_id, similarity, row_number() OVER (ORDER BY similarity DESC, document_id) AS position
           FROM (
             SELECT document_id, 1 - (embedding <=> ?::vector) AS similarity
               FROM ${INDEX_TABLE}
              WHERE ${where.sql} AND embedding IS NOT NULL
              ORDER BY embedding <=> ?::vector LIMIT ?
           ) nearest
       )
       SELECT coalesce(t.document_id, v.document_id) AS id, t.position AS fts_position,
              v.position AS vector_position, v.similarity
         FROM text_ranked t FULL OUTER JOIN vector_ranked v ON v.document_id = t.document_id`,
      [
        tsQuery,
        ...where.bindings,
        tsQuery,
        candidateLimit,
        toVectorLiteral(queryVector),
        ...where.bindings,
        toVectorLiteral(queryVector),
        candidateLimit,
      ]
      );
    })) as { rows: unknown[] };
    type Row = { id: string; fts_position: string | null; vector_position: string | null; similarity: number | null };
    // A member that matches no query word must at least be close in meaning to count as a match.
    const rows = (result.rows as Row[]).filter(
      (row) =>
        !requireCloseMatch ||
        row.fts_position !== null ||
        (row.similarity !== null && Number(row.similarity) >= minSimilarity)
    );
    const fused = fuseByReciprocalRank(
      rows.map((row) => ({
        id: row.id,
        positions: [row.fts_position ? Number(row.fts_position) : null, row.vector_position ? Number(row.vector_position) : null],
      })),
      rrfK
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    return fused.map(({ id, score }) => {
      const row = byId.get(id);
      return {
        id,
        score,
        similarity: row?.similarity === null || row?.similarity === undefined ? null : Number(row.similarity),
      };
    });
  };

  /** Only filters, no words: members who match more of what was asked (and the words typed themselves) come first. */
  const listByFilterStrength = async (communityId: number, parsed: ParsedQuery, filters: SearchFilters, offset: number, limit: number) => {
    const where = filtersToSql(communityId, filters);
    const strength = filterStrengthSql(filters, parsed.matches);
    const result = await knex().raw(
      `SELECT document_id AS id FROM ${INDEX_TABLE} WHERE ${where.sql}
        ORDER BY ${strength.sql} DESC, lower(name), document_id OFFSET ? LIMIT ?`,
      [...where.bindings, ...strength.bindings, offset, limit]
    );
    return (result.rows as Array<{ id: string }>).map((row) => ({ id: row.id, score: 1, similarity: null }));
  };

  const loadIndexed = async (documentIds: string[]) => {
    if (documentIds.length === 0) return new Map<string, IndexedMember>();
    const rows = (await knex()(INDEX_TABLE)
      .select(
        'document_id', 'name', 'city', 'state', 'country', 'organization', 'designation', 'industry', 'skills',
        'degree', 'branch', 'graduation_year as graduationYear', 'annual_turnover_inr as annualTurnoverInr', 'bio'
      )
      .whereIn('document_id', documentIds)) as Array<IndexedMember & { annualTurnoverInr: string | number | null }>;
    return new Map(
      rows.map((row) => [
        row.document_id,
        { ...row, annualTurnoverInr: row.annualTurnoverInr === null ? null : Number(row.annualTurnoverInr) },
      ])
    );
  };

  /**
   * Checks the hits against the member records themselves, so an index row that lags behind a
   * save (hidden, deactivated, moved, deleted) never shows; phone and email come from the record,
   * and only when the viewer may see them.
   */
  const loadLiveMembers = async (communityId: number, documentIds: string[], viewer: SearchViewer) => {
    const live = new Map<string, { contact: { phone: string; email: string | null } | null }>();
    if (documentIds.length === 0) return live;
    const members = (await strapi.db.query('api::member.member').findMany({
      select: ['documentId', 'phone', 'email', 'contactVisibility', 'isActive', 'directoryVisible'],
      where: { documentId: { $in: documentIds }, community: { id: communityId }, isActive: true, directoryVisible: true },
    })) as Array<{ documentId: string; phone: string; email: string | null; contactVisibility: string }>;
    for (const member of members) {
      const visible =
        viewer.access === 'operator' ||
        member.documentId === viewer.memberDocumentId ||
        member.contactVisibility === 'members';
      live.set(member.documentId, { contact: visible ? { phone: member.phone, email: member.email } : null });
    }
    return live;
  };

  const logSearch = (request: SearchRequest, parsed: ParsedQuery, resultCount: number, latencyMs: number) => {
    // Written after the response is on its way; a failed log write never fails a search.
    setImmediate(() => {
      createSearchLogRepository(knex())
        .insert({
          communityId: request.communityId,
          memberDocumentId: request.viewer.memberDocumentId ?? null,
          channel: request.channel,
          query: redactContactDetails(request.text),
          parsed: { filters: parsed.filters, text: redactContactDetails(parsed.text) },
          parser: parsed.parser,
          resultCount,
          latencyMs,
        })
        .catch((error: Error) => strapi.log.warn(`community-search: search log write failed: ${error.message}`));
    });
  };

  return {
    async search(request: SearchRequest): Promise<SearchResponse> {
      const started = performance.now();
      const text = request.text.trim();
      if (text === '') throw new errors.ValidationError('Type what you are looking for (the query is empty)');
      if (text.length > 500) throw new errors.ValidationError('The query is too long (at most 500 characters)');

      const { vocabulary, synonyms } = await vocabularyFor(request.communityId);
      const parseCache = getService('parse-cache');
      // The cache and sessions are conveniences: when Redis is unreachable, search still answers.
      const bestEffort = async <T>(work: () => Promise<T>, fallback: T): Promise<T> => {
        try {
          return await work();
        } catch (error) {
          strapi.log.warn(`community-search: cache unavailable: ${(error as Error).message}`);
          return fallback;
        }
      };
      let parsed = await bestEffort(() => parseCache.get(request.communityId, text), null);
      if (!parsed) {
        parsed = await getService('providers').parser().parse({ text, vocabulary, synonyms });
        const fresh = parsed;
        await bestEffort(() => parseCache.set(request.communityId, text, fresh), undefined);
      }
      let followUp = false;
      if (request.sessionId) {
        const sessions = getService('search-sessions');
        const { sessionId } = request;
        const previous = (await bestEffort(() => sessions.history(request.communityId, request.callerId, sessionId), [])).at(-1);
        if (previous && isFollowUp(text)) {
          parsed = mergeFollowUp(previous.parsed, parsed, text, new Date().getFullYear());
          followUp = true;
        }
        const remembered = { text, parsed, at: Date.now() };
        await bestEffort(() => sessions.remember(request.communityId, request.callerId, sessionId, remembered), undefined);
      }
      const { filters, relaxed, boostTerms, count } = await relax(request.communityId, parsed);

      const requiredTerms = meaningfulTerms(parsed.text);
      const terms = [...new Set([...requiredTerms, ...boostTerms.flatMap(meaningfulTerms)])];
      const offset = (request.page - 1) * request.pageSize;
      let ranked: Array<Ranked & { score: number }> = [];
      let total = 0;
      let noCloseMatch = false;

      if (count > 0 && terms.length > 0) {
        const all = await rankByText(request.communityId, filters, terms, requiredTerms.length > 0);
        total = all.length;
        noCloseMatch = total === 0;
        ranked = all.slice(offset, offset + request.pageSize);
      } else if (count > 0) {
        total = count;
        ranked = await listByFilterStrength(request.communityId, parsed, filters, offset, request.pageSize);
      } else {
        noCloseMatch = true;
      }

      const ids = ranked.map((hit) => hit.id);
      const [indexed, live] = await Promise.all([loadIndexed(ids), loadLiveMembers(request.communityId, ids, request.viewer)]);
      // "Related to …" is a reason only when the words themselves had to match.
      const semantic = requiredTerms.length > 0 ? terms.join(' ') : '';
      const data = ranked.flatMap((hit) => {
        const member = indexed.get(hit.id);
        const current = live.get(hit.id);
        if (!member || !current) return [];
        const contact = current.contact;
        return [
          {
            documentId: hit.id,
            name: member.name,
            city: member.city,
            designation: member.designation,
            organization: member.organization,
            industry: member.industry,
            skills: member.skills,
            graduationYear: member.graduationYear,
            score: Number(hit.score.toFixed(4)),
            why: explainMatch(member, filters, parsed.matches, terms, { similarity: hit.similarity, text: semantic }),
            ...(contact ? { phone: contact.phone, email: contact.email } : {}),
          },
        ];
      });

      const tookMs = Math.round(performance.now() - started);
      logSearch(request, { ...parsed, filters }, total, tookMs);
      return {
        data,
        meta: {
          total,
          page: request.page,
          pageSize: request.pageSize,
          tookMs,
          noCloseMatch,
          relaxed,
          followUp,
          ...(request.sessionId ? { sessionId: request.sessionId } : {}),
          parsed: { parser: parsed.parser, filters, text: parsed.text },
        },
      };
    },

    async status(communityId: number) {
      const counts = await createSearchIndexRepository(knex()).counts(communityId);
      const embedder = getService('providers').embedder();
      return {
        ...counts,
        pending: getService('indexer').pendingCount(),
        indexingError: getService('indexer').lastFailure(),
        embeddingProvider: embedder.name,
        embeddingModel: embedder.model,
        queryParser: getService('providers').parser().name,
      };
    },

    /** Drops what was cached for a community, e.g. after its admins edit its synonyms. */
    async forgetCommunity(communityId: number) {
      vocabularies.delete(communityId);
      await getService('parse-cache').invalidate(communityId);
    },

    /** Recent searches of a community, newest first (analytics, tests). */
    async recentSearches(communityId: number, limit?: number) {
      return createSearchLogRepository(knex()).recent(communityId, limit);
    },
  };
};

export type SearchService = ReturnType<typeof searchService>;

export default searchService;
