export { createRulesParser, parseQuery } from './rules-parser';
export { TAXONOMY, type Concept, type ConceptGroup } from './taxonomy';
export { COUNTRIES, FOREIGN_CITIES, INDIAN_CITIES, REGIONS, STATES, type Region } from './places';
export { maxTypoEdits, typoDistance } from './fuzzy';
export { CRORE, LAKH, expandTwoDigitYear } from './numbers';
export type {
  CommunityVocabulary,
  FilterField,
  FilterMatch,
  ListFilterField,
  ParseInput,
  ParsedQuery,
  QueryParser,
  RangeFilter,
  SearchFilters,
  Synonym,
} from './types';
