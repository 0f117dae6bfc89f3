import type { SearchHit } from '@community-connect/kit';

import type { EmbeddingProvider } from './embeddings/types';
import type { CommunityVocabulary, ParsedQuery, QueryParser, SearchFilters, Synonym } from './query-parser/types';
import type { EffectiveSettings } from './runtime-settings';

/**
 * The extension points of community search, as other plugins see them (exported from the package).
 * Register from your plugin's `register()`; choose parsers and embedders by name in config
 * (QUERY_PARSER, EMBEDDINGS_PROVIDER) or in the admin panel's search settings.
 */

export type { CommunityVocabulary, EmbeddingProvider, ParsedQuery, QueryParser, SearchFilters, Synonym };
export type { FilterMatch, ParseInput, RangeFilter } from './query-parser/types';

/** What a parser or embedder factory is given: the settings in force (admin panel, else config). */
export type ProviderSettings = EffectiveSettings;

export type QueryParserContext = {
  settings: ProviderSettings;
  /** The built-in rules parser: a parser that cannot answer may hand over to it. */
  rules: QueryParser;
  log: { warn(message: string): void };
};

export type QueryParserRegistration = {
  /** Lower-case letters, digits and dashes; what QUERY_PARSER names. */
  name: string;
  /**
   * Builds the parser; called again whenever the settings change. A registered parser that throws
   * or answers malformed output is replaced, for that query, by the rules parser.
   */
  create(context: QueryParserContext): QueryParser;
};

export type EmbeddingProviderContext = {
  settings: ProviderSettings;
  /** A request timeout the caller needs (e.g. the admin panel's connection test), when it has one. */
  timeoutMs?: number;
};

export type EmbeddingProviderRegistration = {
  /** What EMBEDDINGS_PROVIDER names. */
  name: string;
  /**
   * Builds the embedder; called again whenever the settings change. `model` and `dimensions` are
   * stored with each vector: a different model re-embeds every member at the next start, a
   * different size also resizes the index column.
   */
  create(context: EmbeddingProviderContext): EmbeddingProvider;
};

export type SynonymSourceContext = {
  community: { id: number; slug: string };
  /** The values the community's members actually have, per field: canonical values should be among them. */
  vocabulary: CommunityVocabulary;
};

/**
 * Extra synonyms (a taxonomy, a CRM's tags) for a community, read when its vocabulary is loaded
 * (after any index write or settings change, at most every 10 minutes). The community's own
 * synonyms win over a source's for the same term; malformed entries are skipped.
 */
export type SynonymSource = {
  name: string;
  synonyms(context: SynonymSourceContext): Synonym[] | Promise<Synonym[]>;
};

/** A search hit as a post-processor sees it: the shared hit (@community-connect/kit) with its score, no contact details. */
export type ResultHit = SearchHit & { score: number };

/** What the index holds about a member on the page (never phone or email, which it does not hold). */
export type ResultProfile = {
  documentId: string;
  name: string;
  city: string | null;
  state: string | null;
  country: string | null;
  designation: string | null;
  organization: string | null;
  industry: string | null;
  skills: string[];
  degree: string | null;
  branch: string | null;
  graduationYear: number | null;
  bio: string | null;
};

export type PostProcessContext = {
  community: { id: number };
  channel: 'api' | 'whatsapp';
  query: { text: string; parser: string; filters: SearchFilters };
  page: number;
  pageSize: number;
  /** The indexed profile of a member on this page. */
  profileOf(documentId: string): ResultProfile | undefined;
};

/**
 * Reorders, drops or annotates (score, `why`) the hits of one page after ranking. It cannot add
 * members: hits it returns that were not on the page are ignored, as are contact fields. One that
 * throws or times out leaves the page as it was.
 */
export type ResultPostProcessor = {
  name: string;
  process(hits: ResultHit[], context: PostProcessContext): ResultHit[] | Promise<ResultHit[]>;
};

/** The `extensions` service: `strapi.plugin('community-search').service('extensions')`. */
export type CommunitySearchExtensions = {
  registerQueryParser(registration: QueryParserRegistration): void;
  registerEmbeddingProvider(registration: EmbeddingProviderRegistration): void;
  registerSynonymSource(source: SynonymSource): void;
  registerResultPostProcessor(processor: ResultPostProcessor): void;
  /** Registered names, built-in ones first. */
  names(): { queryParsers: string[]; embeddingProviders: string[]; synonymSources: string[]; resultPostProcessors: string[] };
};
