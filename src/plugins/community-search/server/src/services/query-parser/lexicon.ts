import { FuzzyIndex } from './fuzzy';
import { normalizePhrase, phraseVariants } from './normalize';
import { knownPlaceNames, placeSenses } from './place-readings';
import { addOptions, type FieldOption, type Reading } from './readings';
import { CAPS_ONLY_KEYS, COMMON_WORDS, STOPWORDS } from './stopwords';
import { TAXONOMY, type Concept } from './taxonomy';
import type { CommunityVocabulary, ListFilterField, Synonym } from './types';
import { LIST_FIELDS, VocabularyIndex } from './vocabulary-index';

/** Everything the parser can recognise in one community's queries, compiled once per vocabulary. */
export type Lexicon = {
  /** Phrase (comparison form) → what it means here. Only phrases that mean something here are present. */
  readings: Map<string, Reading>;
  /** Words in the longest phrase, to bound the search. */
  longestPhrase: number;
  fuzzy: FuzzyIndex;
  /** Words of every known name and term, here or not; such a word is never taken for a typo of another. */
  knownWords: Set<string>;
  /** First word of a several-word organisation → organisations starting with it ("HDFC" → "HDFC Bank"). */
  organizationsByFirstWord: Map<string, string[]>;
  /** Taxonomy concept id → its reading here, for rules that name a concept ("runs a business" → business-owner). */
  conceptReadings: Map<string, Reading>;
  /** Typo lookups already made: typed phrase → key, or null for none. */
  typoMemo: Map<string, string | null>;
  /**
   * Terms of taxonomy concepts that nobody in this community has ("veterinarian" where there are
   * no vets), that mean nothing else here: a query naming one asks for what the community lacks.
   */
  absentTerms: Set<string>;
};

const MAX_FUZZY_PHRASE_WORDS = 3;
const RECENT_CONTENT_CACHE_SIZE = 8;

const byVocabularyObject = new WeakMap<CommunityVocabulary, Map<string, Lexicon>>();
const byVocabularyContent = new Map<string, Lexicon>();

/**
 * The lexicon for a vocabulary and synonym list. Cached by vocabulary object and, for callers that
 * rebuild an equal vocabulary per request, by content.
 */
export function lexiconFor(vocabulary: CommunityVocabulary, synonyms: Synonym[] = []): Lexicon {
  const synonymsKey = JSON.stringify(synonyms.map(({ term, canonical }) => [term, canonical]));
  let bySynonyms = byVocabularyObject.get(vocabulary);
  const cached = bySynonyms?.get(synonymsKey);
  if (cached) return cached;

  const contentKey = `${vocabularySignature(vocabulary)}\u0003${synonymsKey}`;
  let lexicon = byVocabularyContent.get(contentKey);
  if (lexicon) {
    byVocabularyContent.delete(contentKey);
  } else {
    lexicon = buildLexicon(vocabulary, synonyms);
    if (byVocabularyContent.size >= RECENT_CONTENT_CACHE_SIZE) {
      byVocabularyContent.delete(byVocabularyContent.keys().next().value as string);
    }
  }
  byVocabularyContent.set(contentKey, lexicon);

  if (!bySynonyms) {
    bySynonyms = new Map();
    byVocabularyObject.set(vocabulary, bySynonyms);
  }
  bySynonyms.set(synonymsKey, lexicon);
  return lexicon;
}

function vocabularySignature(vocabulary: CommunityVocabulary): string {
  return LIST_FIELDS.map((field) => (Array.isArray(vocabulary[field]) ? vocabulary[field].join('\u0001') : '')).join(
    '\u0002'
  );
}

function conceptFieldOrder(concept: Concept, groupFields: ListFilterField[]): ListFilterField[] {
  const offered = Object.keys(concept.values) as ListFilterField[];
  const preferred = (concept.fields ?? groupFields).filter((field) => offered.includes(field));
  return [...preferred, ...offered.filter((field) => !preferred.includes(field))];
}

function conceptOptions(concept: Concept, groupFields: ListFilterField[], index: VocabularyIndex): FieldOption[] {
  return conceptFieldOrder(concept, groupFields).map((field) => ({
    field,
    values: index.matching(field, concept.values[field] ?? [], concept.exclude?.[field]),
  }));
}

class LexiconBuilder {
  readonly readings = new Map<string, Reading>();
  readonly knownWords = new Set<string>();
  readonly conceptReadings = new Map<string, Reading>();

  constructor(readonly index: VocabularyIndex) {}

  know(terms: string[]): void {
    for (const term of terms) {
      for (const key of phraseVariants(term)) for (const word of key.split(' ')) this.knownWords.add(word);
    }
  }

  add(terms: string[], options: FieldOption[], organizationOnly = false): void {
    this.know(terms);
    if (!options.some((option) => option.values.length > 0)) return;
    for (const term of terms) {
      for (const key of phraseVariants(term)) {
        let reading = this.readings.get(key);
        if (!reading) {
          reading = { options: [], organizationOnly };
          this.readings.set(key, reading);
        }
        addOptions(reading, options);
        if (!organizationOnly) reading.organizationOnly = false;
      }
    }
  }

  /** Admin synonyms come first for their term; canonical values may be vocabulary values or known terms. */
  addSynonym({ term, canonical }: Synonym): void {
    if (typeof term !== 'string' || !Array.isArray(canonical)) return;
    const key = normalizePhrase(term);
    if (!key) return;
    const options = LIST_FIELDS.map((field) => ({ field, values: this.index.named(field, canonical) }))
      .filter((option) => option.values.length > 0)
      .sort((a, b) => b.values.length - a.values.length);
    if (options.length === 0) {
      for (const name of canonical) options.push(...(this.readings.get(normalizePhrase(name))?.options ?? []));
    }
    if (options.length === 0) return;
    const reading: Reading = { options: [], organizationOnly: false };
    addOptions(reading, options);
    const existing = this.readings.get(key);
    if (existing) addOptions(reading, existing.options);
    this.know([term]);
    this.readings.set(key, reading);
  }
}

function buildLexicon(vocabulary: CommunityVocabulary, synonyms: Synonym[]): Lexicon {
  const builder = new LexiconBuilder(new VocabularyIndex(vocabulary));
  const { index, readings } = builder;
  const absentCandidates: string[] = [];

  for (const sense of placeSenses(index)) builder.add(sense.terms, sense.options);
  builder.know(knownPlaceNames());

  for (const group of TAXONOMY) {
    for (const concept of group.concepts) {
      const options = conceptOptions(concept, group.fields, index).filter((option) => option.values.length > 0);
      builder.add(concept.terms, options);
      if (options.length > 0) builder.conceptReadings.set(concept.id, { options, organizationOnly: false });
      else absentCandidates.push(...concept.terms);
    }
  }

  for (const field of LIST_FIELDS) {
    for (const value of index.all(field)) {
      builder.add([value], [{ field, values: index.named(field, [value]) }], field === 'organization');
    }
  }

  for (const synonym of synonyms) builder.addSynonym(synonym);

  const absentTerms = new Set<string>();
  for (const term of absentCandidates) {
    for (const key of phraseVariants(term)) {
      // Short terms and abbreviations ("ip", "vet") are too often something else.
      if (key.replace(/ /g, '').length >= 5 && !readings.has(key) && !STOPWORDS.has(key) && !COMMON_WORDS.has(key)) absentTerms.add(key);
    }
  }

  const fuzzy = new FuzzyIndex();
  let longestPhrase = 1;
  for (const [key, reading] of readings) {
    const wordCount = key.split(' ').length;
    longestPhrase = Math.max(longestPhrase, wordCount);
    const typoTarget =
      !reading.organizationOnly &&
      key.replace(/ /g, '').length >= 4 &&
      wordCount <= MAX_FUZZY_PHRASE_WORDS &&
      !(wordCount === 1 && CAPS_ONLY_KEYS.has(key));
    if (typoTarget) fuzzy.add(key);
  }

  return {
    readings,
    longestPhrase,
    fuzzy,
    knownWords: builder.knownWords,
    organizationsByFirstWord: organizationsByFirstWord(index.all('organization')),
    conceptReadings: builder.conceptReadings,
    typoMemo: new Map(),
    absentTerms,
  };
}

function organizationsByFirstWord(organizations: string[]): Map<string, string[]> {
  const byFirstWord = new Map<string, string[]>();
  for (const organization of organizations) {
    const words = normalizePhrase(organization).split(' ');
    const first = words[0];
    if (words.length < 2 || first.length < 3 || STOPWORDS.has(first) || COMMON_WORDS.has(first)) continue;
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), organization]);
  }
  return byFirstWord;
}
