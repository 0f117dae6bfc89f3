import { redactContactDetails, type SearchAnswerMeta } from '@community-connect/kit';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import type { CommunitySearchConfig } from '../config/schema';
import { createSearchIndexRepository, toVectorLiteral } from '../repositories/search-index';
import { createSearchRankingRepository, type TextRanking } from '../repositories/search-ranking';
import { createPageMembers } from '../repositories/page-members';
import { createSearchLogRepository } from '../repositories/search-log';
import { getService } from '../utils';
import { hostOf } from '../utils/host';
import { activeFilterFields, filterStrengthSql, filtersToSql } from '../utils/filter-sql';
import { opsMetrics } from '../utils/ops-metrics';
import { PLUGIN_ID } from '../utils/plugin-id';
import { meaningfulTerms, toAnyWordTsQuery } from '../utils/query-terms';
import { isFollowUp, mergeFollowUp } from '../utils/follow-up';
import { mergeSynonyms, readCommunitySynonyms } from '../utils/community-synonyms';
import { emitEvent } from '../utils/events';
import { fuseByReciprocalRank } from '../utils/rrf';
import { explainMatch, type MatchedMember } from '../utils/why';
import { explainRelaxation, STATED_CONSTRAINT_FIELDS, TOPIC_FILTER_FIELDS } from '../utils/relaxation';
import { MAX_RESULT_DEPTH, resultDepthMessage } from '../validation/search-query';
import type { ResultHit, ResultProfile } from './extensions-types';
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
  /** Another page of the session's last search (e.g. WhatsApp's "more"), without asking anew. */
  continueLast?: boolean;
  /** false: not written to the search log (an admin trying a query is not a member searching). */
  log?: boolean;
};

/** A ranked hit (the shared one of @community-connect/kit with its score), with the contact details the viewer may see. */
export type SearchHit = ResultHit & { phone?: string; email?: string | null };

/** The shared answer (@community-connect/kit), with timings, the session and what the parser understood. */
export type SearchResponse = {
  data: SearchHit[];
  meta: SearchAnswerMeta & {
    tookMs: number;
    sessionId?: string;
    parsed: { parser: string; filters: SearchFilters; text: string };
  };
};

/** A vocabulary is reloaded when the community's cache generation moves (any index write), or after this. */
const VOCABULARY_TTL_MS = 10 * 60_000;
/**
 * Up to this many members within the filters, both rankers scan them exactly: cheaper than an
 * HNSW walk that must skip the many members outside a selective filter, and it counts close
 * matches exactly. Above it the HNSW index ranks the vectors (measured in docs/benchmarks.md).
 */
const EXACT_SCAN_LIMIT = 5_000;
const TOPIC_FIELDS = new Set<keyof SearchFilters>(['skills', 'designation', 'industry', 'organization', 'degree', 'branch']);
const RELAXATION_TIERS: Array<Array<keyof SearchFilters>> = [
  ['organization', 'city', 'state', 'country', 'graduationYear', 'annualTurnoverInr'],
  ['degree', 'branch'],
  ['designation', 'industry', 'skills'],
];

type Ranked = { id: string; similarity: number | null };

type IndexedMember = MatchedMember & { document_id: string };

/** What post-processors may read about a member on the page: the index row (which holds no contact details). */
const profileOf = (member: IndexedMember | undefined): ResultProfile | undefined =>
  member && {
    documentId: member.document_id,
    name: member.name,
    city: member.city ?? null,
    state: member.state ?? null,
    country: member.country ?? null,
    designation: member.designation ?? null,
    organization: member.organization ?? null,
    industry: member.industry ?? null,
    skills: [...(member.skills ?? [])],
    degree: member.degree ?? null,
    branch: member.branch ?? null,
    graduationYear: member.graduationYear ?? null,
    bio: member.bio ?? null,
  };

type IndexingFailure = { message: string; at: Date; gaveUp: boolean; retrying: boolean };

/** Codes a client may act on; the failure's own text is not one of them (it can name hosts, SQL or keys). */
export const INDEXING_ERROR_CODES = { retrying: 'INDEXING_RETRYING', stalled: 'INDEXING_STALLED' } as const;

const publicIndexingError = ({ at, gaveUp, retrying }: IndexingFailure) => ({
  code: gaveUp ? INDEXING_ERROR_CODES.stalled : INDEXING_ERROR_CODES.retrying,
  message: gaveUp
    ? 'Indexing stopped after repeated failures; recent changes are not searchable yet. They are indexed on the next save or reindex.'
    : 'Indexing is failing for now and will be retried automatically; recent changes are not searchable yet.',
  at,
  gaveUp,
  retrying,
});

const searchService = ({ strapi }: { strapi: Core.Strapi }) => {
  type VocabularyEntry = { vocabulary: CommunityVocabulary; synonyms: Synonym[]; generation: string; expiresAt: number };
  const vocabularies = new Map<number, VocabularyEntry>();
  /** Loads in flight, so concurrent requests after an index write share one. */
  const loading = new Map<number, Promise<VocabularyEntry>>();
  let subscribed = false;

  const config = () => (strapi.config.get(`plugin::${PLUGIN_ID}`) as CommunitySearchConfig).search;
  const knex = () => strapi.db.connection;

  const loadVocabulary = async (communityId: number, generation: string): Promise<VocabularyEntry> => {
    const vocabulary = await createSearchIndexRepository(knex(), hostOf(strapi).tables()).vocabulary(communityId);
    const community = (await strapi.db.query('api::community.community').findOne({
      select: ['slug', 'settings'],
      where: { id: communityId },
    })) as { slug?: string; settings?: unknown } | null;
    // Synonyms other plugins provide (taxonomies) come after the community's own, which win.
    const provided = await getService('extensions').synonymsFor({ community: { id: communityId, slug: community?.slug ?? '' }, vocabulary });
    const synonyms = mergeSynonyms([readCommunitySynonyms(community?.settings), provided]);
    return { vocabulary, synonyms, generation, expiresAt: Date.now() + VOCABULARY_TTL_MS };
  };

  /**
   * The community's vocabulary and synonyms, kept until its cache generation moves (bumped by every
   * index write and settings edit, on any instance) so a busy community never reloads them per
   * request; concurrent requests share one load.
   */
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
    let generation = 'unknown';
    try {
      generation = await getService('parse-cache').generation(communityId);
    } catch (error) {
      strapi.log.warn(`community-search: cache unavailable: ${(error as Error).message}`);
    }
    const cached = vocabularies.get(communityId);
    if (cached && cached.generation === generation && cached.expiresAt > Date.now()) return cached;
    let pending = loading.get(communityId);
    if (!pending) {
      pending = loadVocabulary(communityId, generation).finally(() => loading.delete(communityId));
      loading.set(communityId, pending);
    }
    const entry = await pending;
    vocabularies.set(communityId, entry);
    return entry;
  };

  const ranking = () => createSearchRankingRepository(knex());
  const countCandidates = (communityId: number, filters: SearchFilters, cap?: number) =>
    ranking().count(filtersToSql(communityId, filters), cap);

  /** Only what a person does or where they work can still order the results; a dropped place or year says nothing about who fits better. */
  const boostTermsOf = (parsed: ParsedQuery, relaxed: string[]) => [
    ...new Set(parsed.matches.filter((match) => relaxed.includes(match.field) && TOPIC_FIELDS.has(match.field)).map((match) => match.term)),
  ];

  /**
   * When the filters leave nobody, first keeps what the user stated outright (place, batch,
   * employer, turnover) and drops the topic filters (skills, role, industry, degree, branch) into
   * words that must still match or be close in meaning ("engineers in Chennai": Chennai members
   * whose profile speaks of engineering). Null when that leaves nobody or does not apply.
   */
  const relaxTopicsKeepingStated = async (communityId: number, parsed: ParsedQuery) => {
    const active = activeFilterFields(parsed.filters);
    const topics = active.filter((field) => TOPIC_FILTER_FIELDS.includes(field));
    if (topics.length === 0 || !active.some((field) => STATED_CONSTRAINT_FIELDS.includes(field))) return null;
    const filters: SearchFilters = { ...parsed.filters };
    for (const field of topics) delete filters[field];
    const boostTerms = boostTermsOf(parsed, topics);
    if (boostTerms.length === 0) return null;
    const count = await countCandidates(communityId, filters, EXACT_SCAN_LIMIT + 1);
    return count === 0 ? null : { filters, relaxed: topics as string[], boostTerms, count };
  };

  /**
   * When the filters leave nobody (and keeping the stated constraints found nobody close), drops
   * one filter field at a time: first where and when (place, year, turnover, employer), then
   * education, and what a person does last. Within a tier it drops the field whose removal brings
   * back the most members. The dropped fields' words still rank the results.
   */
  const relax = async (communityId: number, parsed: ParsedQuery, knownCount?: number) => {
    let filters: SearchFilters = { ...parsed.filters };
    const relaxed: string[] = [];
    let count = knownCount ?? (await countCandidates(communityId, filters));
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
    return { filters, relaxed, boostTerms: boostTermsOf(parsed, relaxed), count };
  };

  /**
   * Fuses full-text and vector rankings within the filtered members. With `requireCloseMatch`, a
   * member who matches no query word must be close in meaning to count; without it (only words of
   * relaxed filters are left) the words just order the members. `filtered` is how many members the
   * filters leave (capped at EXACT_SCAN_LIMIT + 1); `depth` how far down the caller will page.
   */
  const rankByText = async (
    communityId: number,
    filters: SearchFilters,
    terms: string[],
    requireCloseMatch: boolean,
    filtered: number,
    depth: number,
    /** Only members whose profile matches a word count (closeness in meaning alone is not enough). */
    requireTextMatch = false
  ) => {
    const { minSimilarity, rrfK, candidateLimit } = config();
    const [queryVector] = await getService('providers').embedder().embed([terms.join(' ')]);
    const input = {
      where: filtersToSql(communityId, filters),
      communityOnly: activeFilterFields(filters).length === 0 ? { communityId } : null,
      tsQuery: toAnyWordTsQuery(terms),
      vector: toVectorLiteral(queryVector),
      // Deep pages rank deeper, so every member counted in the total can be paged to.
      limit: Math.max(candidateLimit, depth),
      minSimilarity,
    };
    const result: TextRanking =
      filtered <= EXACT_SCAN_LIMIT ? await ranking().rankExact(input) : await ranking().rankByIndexes(input);
    // A member that matches no query word must at least be close in meaning to count as a match.
    const isClose = (candidate: TextRanking['candidates'][number]) =>
      candidate.textMatch || (!requireTextMatch && candidate.similarity !== null && candidate.similarity >= minSimilarity);
    const rows = result.candidates.filter((candidate) => !requireCloseMatch || isClose(candidate));
    const fused = fuseByReciprocalRank(
      rows.map((row) => ({ id: row.id, positions: [row.ftsPosition, row.vectorPosition] })),
      rrfK
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    const ranked = fused.map(({ id, score }) => ({ id, score, similarity: byId.get(id)?.similarity ?? null }));

    // How many members match: after an exact scan, counted; after an HNSW scan, every word match
    // plus the close ones among the nearest vectors, a lower bound when even the farthest of those
    // was still close (more may lie beyond).
    let matches = requireTextMatch ? result.textMatches : result.closeMatches;
    let estimate = false;
    if (matches === null) {
      const closeByMeaningOnly = result.candidates.filter((candidate) => !candidate.textMatch && isClose(candidate)).length;
      matches = Math.max(ranked.length, result.textMatches + closeByMeaningOnly);
      const vectors = result.candidates.filter((candidate) => candidate.vectorPosition !== null);
      const farthest = vectors.reduce<number | null>(
        (lowest, candidate) => (lowest === null || (candidate.similarity ?? 1) < lowest ? candidate.similarity : lowest),
        null
      );
      estimate = vectors.length >= input.limit && farthest !== null && farthest >= minSimilarity;
    }
    return { ranked, matches, estimate };
  };

  /** Only filters, no words: members who match more of what was asked (and the words typed themselves) come first. */
  const listByFilterStrength = async (
    communityId: number,
    parsed: ParsedQuery,
    filters: SearchFilters,
    page: { offset: number; limit: number; exclude?: string[] }
  ) => {
    const listed = await ranking().listByStrength(filtersToSql(communityId, filters), filterStrengthSql(filters, parsed.matches), page);
    return { hits: listed.ids.map((id) => ({ id, score: 1, similarity: null })), total: listed.total };
  };

  /**
   * The page's members as they are now (see createPageMembers), with phone and email only when
   * the viewer may see them.
   */
  const loadPage = async (communityId: number, documentIds: string[], viewer: SearchViewer) => {
    const indexed = new Map<string, IndexedMember>();
    const contacts = new Map<string, { phone: string; email: string | null } | null>();
    for (const { phone, email, contactVisibility, ...row } of await createPageMembers(strapi).load(communityId, documentIds)) {
      indexed.set(row.document_id, { ...row, annualTurnoverInr: row.annualTurnoverInr === null ? null : Number(row.annualTurnoverInr) });
      const visible = hostOf(strapi).tenancy.mayViewContact(viewer, { documentId: row.document_id, contactVisibility });
      contacts.set(row.document_id, visible ? { phone, email } : null);
    }
    return { indexed, contacts };
  };

  const logSearch = (request: SearchRequest, parsed: ParsedQuery, resultCount: number, latencyMs: number) =>
    getService('search-log').record({
      communityId: request.communityId,
      memberDocumentId: request.viewer.memberDocumentId ?? null,
      channel: request.channel,
      query: redactContactDetails(request.text),
      parsed: { filters: parsed.filters, text: redactContactDetails(parsed.text) },
      parser: parsed.parser,
      resultCount,
      latencyMs,
      at: new Date(),
    });

  return {
    async search(request: SearchRequest): Promise<SearchResponse> {
      const started = performance.now();
      const text = request.text.trim();
      if (text === '') throw new errors.ValidationError('Type what you are looking for (the query is empty)');
      if (text.length > 500) throw new errors.ValidationError('The query is too long (at most 500 characters)');
      // Every caller (REST, WhatsApp "more", other plugins) is held to the same depth as the REST query.
      if (!Number.isInteger(request.page) || request.page < 1 || request.page * request.pageSize > MAX_RESULT_DEPTH) {
        throw new errors.ValidationError(resultDepthMessage(request.pageSize), { reason: 'page-too-deep', maxResultDepth: MAX_RESULT_DEPTH });
      }

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
        if (previous && request.continueLast) {
          parsed = previous.parsed;
          followUp = true;
        } else {
          if (previous && isFollowUp(text)) {
            parsed = mergeFollowUp(previous.parsed, parsed, text, new Date().getFullYear());
            followUp = true;
          }
          const remembered = { text, parsed, at: Date.now() };
          await bestEffort(() => sessions.remember(request.communityId, request.callerId, sessionId, remembered), undefined);
        }
      }
      const requiredTerms = meaningfulTerms(parsed.text);
      const offset = (request.page - 1) * request.pageSize;
      const depth = offset + request.pageSize;
      let ranked: Array<Ranked & { score: number }> = [];
      let total = 0;
      let totalIsEstimate = false;
      let noCloseMatch = false;
      let filters: SearchFilters = parsed.filters;
      let relaxed: string[] = [];
      let terms = requiredTerms;

      // The query names something nobody here has (a profession absent from the vocabulary): unless
      // a profile mentions it in other fields, "no close match" rather than unrelated people.
      const unmetTsQuery = toAnyWordTsQuery((parsed.unmet ?? []).flatMap(meaningfulTerms));
      const lacksWhatWasAsked =
        unmetTsQuery !== '' && !(await ranking().anyTextMatch(filtersToSql(request.communityId, {}), unmetTsQuery));

      // Filters only (most searches): the page and its total in one statement, when anyone matches.
      let listed: Awaited<ReturnType<typeof listByFilterStrength>> | null = null;
      if (lacksWhatWasAsked) {
        noCloseMatch = true;
      } else if (requiredTerms.length === 0) {
        listed = await listByFilterStrength(request.communityId, parsed, filters, { offset, limit: request.pageSize });
      }
      if (lacksWhatWasAsked) {
        // Nothing to rank.
      } else if (listed && listed.total !== null) {
        total = listed.total;
        ranked = listed.hits;
      } else {
        // Enough to choose the plan; the exact number only matters when it is zero.
        let count = await countCandidates(request.communityId, filters, EXACT_SCAN_LIMIT + 1);
        let keptStated = false;
        if (count === 0) {
          const keeping = await relaxTopicsKeepingStated(request.communityId, parsed);
          if (keeping) {
            const keepingTerms = [...new Set([...requiredTerms, ...keeping.boostTerms.flatMap(meaningfulTerms)])];
            // Their words must match a profile: near in meaning alone ("architects" near anyone in
            // Kochi) would trade the place the user asked for against a guess.
            const close = await rankByText(request.communityId, keeping.filters, keepingTerms, true, keeping.count, depth, true);
            if (close.matches > 0) {
              ({ filters, relaxed } = keeping);
              terms = keepingTerms;
              total = close.matches;
              totalIsEstimate = close.estimate;
              ranked = close.ranked.slice(offset, depth);
              keptStated = true;
            }
          }
          if (!keptStated) {
            const relaxation = await relax(request.communityId, parsed, 0);
            ({ filters, relaxed, count } = relaxation);
            terms = [...new Set([...requiredTerms, ...relaxation.boostTerms.flatMap(meaningfulTerms)])];
            // Nobody fits what the user stated outright: whatever follows is only the nearest.
            if (relaxed.some((field) => STATED_CONSTRAINT_FIELDS.includes(field as keyof SearchFilters))) noCloseMatch = true;
          }
        }
        if (keptStated) {
          // Ranked above, within the stated constraints.
        } else if (count > 0 && terms.length > 0) {
          const requireCloseMatch = requiredTerms.length > 0;
          const text = await rankByText(request.communityId, filters, terms, requireCloseMatch, Math.min(count, EXACT_SCAN_LIMIT + 1), depth);
          if (requireCloseMatch) {
            total = text.matches;
            totalIsEstimate = text.estimate;
            noCloseMatch = noCloseMatch || total === 0;
            ranked = text.ranked.slice(offset, depth);
          } else {
            // Only words of relaxed filters: they order the members, every one within the filters
            // matches. Past the ranked ones the rest follow by filter strength.
            total = count > EXACT_SCAN_LIMIT ? await countCandidates(request.communityId, filters) : count;
            ranked = text.ranked.slice(offset, depth);
            if (ranked.length < request.pageSize && depth > text.ranked.length && total > text.ranked.length) {
              const rest = await listByFilterStrength(request.communityId, parsed, filters, {
                offset: Math.max(0, offset - text.ranked.length),
                limit: request.pageSize - ranked.length,
                exclude: text.ranked.map((hit) => hit.id),
              });
              ranked = [...ranked, ...rest.hits];
            }
          }
        } else if (count > 0) {
          const page = await listByFilterStrength(request.communityId, parsed, filters, { offset, limit: request.pageSize });
          total = page.total ?? (await countCandidates(request.communityId, filters));
          ranked = page.hits;
        } else {
          noCloseMatch = true;
        }
      }

      const ids = ranked.map((hit) => hit.id);
      const { indexed, contacts } = await loadPage(request.communityId, ids, request.viewer);
      // "Related to …" is a reason only when the words themselves had to match.
      const semantic = requiredTerms.length > 0 ? terms.join(' ') : '';
      const pageHits = ranked.flatMap((hit) => {
        const member = indexed.get(hit.id);
        if (!member) return [];
        const contact = contacts.get(hit.id);
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

      // Other plugins' post-processors may reorder, drop or annotate the page (never add to it).
      const data = await getService('extensions').postProcess(pageHits, {
        community: { id: request.communityId },
        channel: request.channel,
        query: { text, parser: parsed.parser, filters },
        page: request.page,
        pageSize: request.pageSize,
        profileOf: (documentId) => profileOf(indexed.get(documentId)),
      });

      const relaxedExplanation = explainRelaxation(parsed.filters, filters, relaxed as Array<keyof SearchFilters>, parsed.matches);
      const tookMs = Math.round(performance.now() - started);
      if (request.log !== false) {
        logSearch(request, { ...parsed, filters }, total, tookMs);
        emitEvent(strapi, 'search.performed', {
          communityId: request.communityId,
          channel: request.channel,
          memberDocumentId: request.viewer.memberDocumentId ?? null,
          parser: parsed.parser,
          total,
          returned: data.length,
          page: request.page,
          noCloseMatch,
          followUp,
          relaxed,
          tookMs,
        });
      }
      opsMetrics()?.observeSearch({ parser: parsed.parser, channel: request.channel, durationMs: performance.now() - started, results: total });
      return {
        data,
        meta: {
          total,
          ...(totalIsEstimate ? { totalIsEstimate: true as const } : {}),
          page: request.page,
          pageSize: request.pageSize,
          tookMs,
          noCloseMatch,
          relaxed,
          ...(relaxedExplanation ? { relaxedExplanation } : {}),
          followUp,
          ...(request.sessionId ? { sessionId: request.sessionId } : {}),
          parsed: { parser: parsed.parser, filters, text: parsed.text },
        },
      };
    },

    /**
     * The index of one community, as its admins (and API tokens) may see it: its own backlog, and
     * whether indexing is failing for it, as a code and a generic message. The failure's own text
     * (a provider's or the database's message) stays in the logs and the super admin's panel.
     */
    async status(communityId: number) {
      const counts = await createSearchIndexRepository(knex(), hostOf(strapi).tables()).counts(communityId);
      const embedder = getService('providers').embedder();
      const pending = await getService('indexer').pendingCountIn(communityId);
      const failure = getService('indexer').lastFailure();
      return {
        ...counts,
        pending,
        indexingError: failure && pending > 0 ? publicIndexingError(failure) : null,
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
      await getService('search-log').flush();
      return createSearchLogRepository(knex()).recent(communityId, limit);
    },
  };
};

export type SearchService = ReturnType<typeof searchService>;

export default searchService;
