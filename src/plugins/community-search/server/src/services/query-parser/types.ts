/** An inclusive numeric range; either end may be open. */
export type RangeFilter = { min?: number; max?: number };

/**
 * Structured constraints understood from a query. Every list holds values as they appear in the
 * community's own data (its vocabulary), so search can match them exactly (case-insensitively).
 * Values within one field are alternatives (OR); different fields must all hold (AND).
 */
export type SearchFilters = {
  city?: string[];
  state?: string[];
  country?: string[];
  skills?: string[];
  industry?: string[];
  designation?: string[];
  organization?: string[];
  degree?: string[];
  branch?: string[];
  graduationYear?: RangeFilter;
  annualTurnoverInr?: RangeFilter;
};

export type ListFilterField = Exclude<keyof SearchFilters, 'graduationYear' | 'annualTurnoverInr'>;
export type FilterField = keyof SearchFilters;

/** Why a filter value was chosen: `term` is what the user typed, `value` the vocabulary value it became. */
export type FilterMatch = { field: FilterField; value: string; term: string };

export type ParsedQuery = {
  parser: string;
  filters: SearchFilters;
  /** What is left for full-text and semantic ranking once filters are taken out (may be empty). */
  text: string;
  matches: FilterMatch[];
  /**
   * Words naming something this community has nobody for (a known profession or skill absent from
   * its vocabulary): unless a member's profile mentions them, there is no close match.
   */
  unmet?: string[];
};

/** The distinct values a community's members actually have, per field. */
export type CommunityVocabulary = Record<ListFilterField, string[]>;

/** An admin-maintained synonym: `term` (e.g. "skin doctor") stands for the canonical values (e.g. ["Dermatology"]). */
export type Synonym = { term: string; canonical: string[] };

export type ParseInput = {
  text: string;
  vocabulary: CommunityVocabulary;
  synonyms?: Synonym[];
};

export interface QueryParser {
  readonly name: string;
  parse(input: ParseInput): Promise<ParsedQuery>;
}
