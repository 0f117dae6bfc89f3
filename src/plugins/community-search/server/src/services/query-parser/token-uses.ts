import type { Token } from './tokenize';

/** What became of a token: still free, used up by a filter (left out of the text), or kept for the text only. */
export type TokenUse = 'free' | 'filter' | 'text';

/** Tracks which tokens the recognisers have used, so no two read the same words. */
export class TokenUses {
  private readonly uses: TokenUse[];

  constructor(
    readonly tokens: Token[],
    private readonly query: string
  ) {
    this.uses = tokens.map(() => 'free');
  }

  /** The query's own text for tokens `from` to `to` (exclusive), e.g. "batch of 98". */
  typed(from: number, to: number): string {
    if (to <= from) return '';
    return this.query.slice(this.tokens[from].start, this.tokens[to - 1].end);
  }

  isFree(index: number): boolean {
    return index >= 0 && index < this.uses.length && this.uses[index] === 'free';
  }

  useOf(index: number): TokenUse {
    return this.uses[index];
  }

  /** Marks tokens `from` to `to` (exclusive). */
  claim(from: number, to: number, use: Exclude<TokenUse, 'free'> = 'filter'): void {
    for (let index = from; index < to; index++) this.uses[index] = use;
  }

  claimEach(indexes: Iterable<number>, use: Exclude<TokenUse, 'free'> = 'filter'): void {
    for (const index of indexes) this.uses[index] = use;
  }
}

/** Length of the longest of `candidates` spelled by free tokens starting at `start`, or 0. */
export function phraseLengthAt(uses: TokenUses, start: number, candidates: string[][]): number {
  let longest = 0;
  for (const phrase of candidates) {
    if (phrase.length <= longest) continue;
    if (phrase.every((word, offset) => uses.isFree(start + offset) && uses.tokens[start + offset].norm === word)) {
      longest = phrase.length;
    }
  }
  return longest;
}

/** Length of the longest of `candidates` spelled by free tokens ending at `end` (inclusive), or 0. */
export function phraseLengthEndingAt(uses: TokenUses, end: number, candidates: string[][]): number {
  let longest = 0;
  for (const phrase of candidates) {
    if (phrase.length <= longest) continue;
    const start = end - phrase.length + 1;
    if (phrase.every((word, offset) => uses.isFree(start + offset) && uses.tokens[start + offset].norm === word)) {
      longest = phrase.length;
    }
  }
  return longest;
}
