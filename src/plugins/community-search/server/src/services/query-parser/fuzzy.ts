/**
 * How many typing mistakes a word of this length may hold and still be recognised: none below
 * four characters (too many short words are one letter apart), one up to seven, two from eight.
 */
export function maxTypoEdits(length: number): number {
  if (length < 4) return 0;
  return length < 8 ? 1 : 2;
}

/**
 * Damerau–Levenshtein distance (optimal string alignment: insertions, deletions, substitutions and
 * swaps of neighbours). Returns `limit + 1` as soon as the distance must exceed `limit`.
 */
export function typoDistance(a: string, b: string, limit: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const width = b.length + 1;
  let beforePrevious = new Array<number>(width).fill(0);
  let previous = Array.from({ length: width }, (_, j) => j);
  let current = new Array<number>(width).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMinimum = i;
    for (let j = 1; j < width; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      let distance = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        distance = Math.min(distance, beforePrevious[j - 2] + 1);
      }
      current[j] = distance;
      if (distance < rowMinimum) rowMinimum = distance;
    }
    if (rowMinimum > limit) return limit + 1;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return Math.min(previous[width - 1], limit + 1);
}

type IndexedKey = { key: string; words: string[] };

export type FuzzyHit = { keys: string[]; distance: number };

/**
 * Known phrases, arranged so a misspelt phrase is compared only with plausible neighbours: one
 * word against keys with the same first letter (typos rarely hit the first letter), several words
 * against keys that share at least one word in the same place ("machine lerning").
 */
export class FuzzyIndex {
  private readonly singleWords = new Map<string, IndexedKey[]>();
  private readonly wordInPlace = new Map<string, IndexedKey[]>();
  private readonly byInitials = new Map<string, IndexedKey[]>();

  add(key: string): void {
    const words = key.split(' ');
    const entry = { key, words };
    if (words.length === 1) {
      append(this.singleWords, key[0], entry);
      return;
    }
    words.forEach((word, position) => append(this.wordInPlace, placeKey(words.length, position, word), entry));
    append(this.byInitials, initialsKey(words), entry);
  }

  /**
   * The keys closest to `words` within the typo allowance, or null. `mayBeTypo` says whether a
   * typed word may be a misspelling at all (everyday words may not).
   */
  closest(words: string[], mayBeTypo: (word: string) => boolean): FuzzyHit | null {
    const phrase = words.join(' ');
    const limit = maxTypoEdits(phrase.length);
    if (limit === 0) return null;
    const candidates = words.length === 1 ? (this.singleWords.get(phrase[0]) ?? []) : this.multiWordCandidates(words);
    let best: FuzzyHit | null = null;
    for (const candidate of candidates) {
      if (candidate.key[0] !== phrase[0]) continue;
      if (words.length > 1 && !differingWordsMayBeTypos(words, candidate.words, mayBeTypo)) continue;
      const distance = typoDistance(phrase, candidate.key, limit);
      if (distance > limit || distance === 0) continue;
      if (!best || distance < best.distance) best = { keys: [candidate.key], distance };
      else if (distance === best.distance && !best.keys.includes(candidate.key)) best.keys.push(candidate.key);
    }
    return best;
  }

  private multiWordCandidates(words: string[]): IndexedKey[] {
    const seen = new Set<IndexedKey>();
    words.forEach((word, position) => {
      for (const entry of this.wordInPlace.get(placeKey(words.length, position, word)) ?? []) seen.add(entry);
    });
    // Every word misspelt ("digtal marketting"): keys of as many words whose words start with the same letters.
    for (const entry of this.byInitials.get(initialsKey(words)) ?? []) seen.add(entry);
    return [...seen];
  }
}

function initialsKey(words: string[]): string {
  return words.map((word) => word[0]).join('');
}

function placeKey(wordCount: number, position: number, word: string): string {
  return `${wordCount}|${position}|${word}`;
}

function append<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function differingWordsMayBeTypos(typed: string[], known: string[], mayBeTypo: (word: string) => boolean): boolean {
  return typed.every((word, i) => word === known[i] || (word.length >= 4 && mayBeTypo(word)));
}
