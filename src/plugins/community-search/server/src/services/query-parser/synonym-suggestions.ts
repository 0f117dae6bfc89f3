import { maxTypoEdits, typoDistance } from './fuzzy';
import { stemWords } from './normalize';
import { parseQuery } from './rules-parser';
import { COMMON_WORDS, STOPWORDS } from './stopwords';
import type { CommunityVocabulary, ListFilterField, Synonym } from './types';

/** Fields whose values a synonym usually stands for: what people do, not where they are. */
const SUGGESTED_FIELDS: readonly ListFilterField[] = ['skills', 'designation', 'industry', 'branch'];
const MAX_VALUES = 3;
/** Shared beginning, in letters, that makes two words kin ("accountancy" and "accountants"). */
const MIN_SHARED_PREFIX = 5;

export type SynonymSuggestion = { term: string; canonical: string[] };

function sharedPrefix(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length++;
  return length;
}

/** How close a typed word is to a value's word: 2 same stem, 1 a near spelling or kin word, 0 none. */
function wordCloseness(typed: string, known: string): number {
  if (typed === known) return 2;
  if (sharedPrefix(typed, known) >= MIN_SHARED_PREFIX) return 1;
  const limit = maxTypoEdits(Math.min(typed.length, known.length));
  return limit > 0 && typoDistance(typed, known, limit) <= limit ? 1 : 0;
}

/**
 * A synonym an admin could add so that a query that found nobody finds someone next time: the
 * words the parser could not read (not a filter, not filler) and the community's own values
 * (skills, titles, industries, branches) spelled closest to them. Null when no word is left over
 * or no value is close; the admin decides, nothing is added by itself.
 */
export function suggestSynonym(query: string, vocabulary: CommunityVocabulary, synonyms: Synonym[] = []): SynonymSuggestion | null {
  const parsed = parseQuery({ text: query, vocabulary, synonyms });
  const leftover = parsed.text
    .split(/\s+/)
    .filter((word) => word.length >= 3 && !STOPWORDS.has(word.toLowerCase()) && !COMMON_WORDS.has(word.toLowerCase()));
  if (leftover.length === 0) return null;
  const typedStems = leftover.flatMap((word) => stemWords(word));
  if (typedStems.length === 0) return null;

  const scored: Array<{ value: string; score: number }> = [];
  const seen = new Set<string>();
  for (const field of SUGGESTED_FIELDS) {
    for (const value of vocabulary[field] ?? []) {
      if (seen.has(value)) continue;
      seen.add(value);
      const valueStems = stemWords(value);
      let score = 0;
      for (const typed of typedStems) score += Math.max(0, ...valueStems.map((known) => wordCloseness(typed, known)));
      if (score > 0) scored.push({ value, score });
    }
  }
  if (scored.length === 0) return null;
  scored.sort((a, b) => b.score - a.score || a.value.localeCompare(b.value));
  return { term: leftover.join(' ').toLowerCase(), canonical: scored.slice(0, MAX_VALUES).map((entry) => entry.value) };
}
