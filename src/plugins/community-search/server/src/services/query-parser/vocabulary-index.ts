import { phraseVariants, stemWords } from './normalize';
import type { CommunityVocabulary, ListFilterField } from './types';

/** Every list field, in the order a phrase that names values in several fields is read (a city before a state). */
export const LIST_FIELDS: readonly ListFilterField[] = [
  'city',
  'state',
  'country',
  'skills',
  'designation',
  'industry',
  'degree',
  'branch',
  'organization',
];

type IndexedValue = { value: string; position: number; stems: string[] };

/** A taxonomy value pattern: whole words the value must contain, or (`=` prefix) be. */
type ValuePattern = { whole: boolean; words: string[] };

const compiledPatterns = new Map<string, ValuePattern>();

function compilePattern(pattern: string): ValuePattern {
  let compiled = compiledPatterns.get(pattern);
  if (!compiled) {
    const whole = pattern.startsWith('=');
    compiled = { whole, words: stemWords(whole ? pattern.slice(1) : pattern) };
    compiledPatterns.set(pattern, compiled);
  }
  return compiled;
}

function containsRun(haystack: string[], needle: string[]): boolean {
  for (let start = 0; start + needle.length <= haystack.length; start++) {
    if (needle.every((word, offset) => haystack[start + offset] === word)) return true;
  }
  return false;
}

/** One field's distinct values, indexed by word and by spelling for quick lookups. */
class FieldIndex {
  readonly values: IndexedValue[] = [];
  private readonly byWord = new Map<string, number[]>();
  private readonly bySpelling = new Map<string, number[]>();

  constructor(values: string[]) {
    const seen = new Set<string>();
    for (const raw of values) {
      const value = typeof raw === 'string' ? raw.trim() : '';
      if (!value || seen.has(value)) continue;
      seen.add(value);
      const entry: IndexedValue = { value, position: this.values.length, stems: stemWords(value) };
      if (entry.stems.length === 0) continue;
      this.values.push(entry);
      for (const word of new Set(entry.stems)) addTo(this.byWord, word, entry.position);
      for (const spelling of phraseVariants(value)) addTo(this.bySpelling, spelling, entry.position);
    }
  }

  /** Values spelled like any of `names` (case, accents, dots and spacing aside). */
  named(names: string[]): number[] {
    const positions = new Set<number>();
    for (const name of names) {
      for (const spelling of phraseVariants(name)) {
        for (const position of this.bySpelling.get(spelling) ?? []) positions.add(position);
      }
    }
    return [...positions];
  }

  /** Values matching any of the taxonomy patterns. */
  matching(patterns: string[]): number[] {
    const positions = new Set<number>();
    for (const pattern of patterns) {
      const { whole, words } = compilePattern(pattern);
      if (words.length === 0) continue;
      for (const position of this.byWord.get(words[0]) ?? []) {
        const stems = this.values[position].stems;
        const matches = whole ? stems.length === words.length && containsRun(stems, words) : containsRun(stems, words);
        if (matches) positions.add(position);
      }
    }
    return [...positions];
  }

  /** Values for positions, in the community's own order. */
  valuesAt(positions: Iterable<number>): string[] {
    return [...positions].sort((a, b) => a - b).map((position) => this.values[position].value);
  }
}

function addTo(map: Map<string, number[]>, key: string, position: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [position]);
  else if (list[list.length - 1] !== position) list.push(position);
}

/** The community's vocabulary, searchable by spelling, by word and by taxonomy pattern. */
export class VocabularyIndex {
  private readonly fields: Record<ListFilterField, FieldIndex>;

  constructor(vocabulary: CommunityVocabulary) {
    this.fields = Object.fromEntries(
      LIST_FIELDS.map((field) => [field, new FieldIndex(Array.isArray(vocabulary[field]) ? vocabulary[field] : [])])
    ) as Record<ListFilterField, FieldIndex>;
  }

  /** All distinct values of a field, in the community's order. */
  all(field: ListFilterField): string[] {
    return this.fields[field].values.map((entry) => entry.value);
  }

  /** Values of `field` spelled like one of `names`. */
  named(field: ListFilterField, names: string[]): string[] {
    const index = this.fields[field];
    return index.valuesAt(index.named(names));
  }

  /** Values of `field` matching `patterns` but none of `exclude` (see taxonomy.ts for the pattern rules). */
  matching(field: ListFilterField, patterns: string[], exclude: string[] = []): string[] {
    const index = this.fields[field];
    const excluded = new Set(index.matching(exclude));
    return index.valuesAt(index.matching(patterns).filter((position) => !excluded.has(position)));
  }
}
