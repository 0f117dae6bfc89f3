import { maxTypoEdits, typoDistance } from './fuzzy';
import type { Lexicon } from './lexicon';
import { singular, singularLastWord } from './normalize';
import { readingSignature, type Reading } from './readings';
import { ABBREVIATION_CONTEXT, CAPS_ONLY_KEYS, COMMON_WORDS, STOPWORDS } from './stopwords';
import { isPhraseToken, type Token } from './tokenize';
import type { TokenUses } from './token-uses';
import { wordSet } from './word-lists';

/** Words the user typed (tokens `start` to `end`, exclusive) and what they mean here. */
export type PhraseMatch = { start: number; end: number; term: string; reading: Reading; key?: string };

/** Words before an organisation named by an everyday word that show it is one ("people at Apple", "ex Oracle"). */
const ORGANIZATION_CONTEXT = new Set(['at', '@', 'from', 'with', 'in', 'for', 'joined', 'ex', 'of']);
/**
 * Words before the first word of a longer organisation name that show the name is meant ("people at
 * HDFC" → HDFC Bank). Narrower than above: many firms carry a family name ("Sharma Solutions"),
 * and "connect with Sharma" is about a person.
 */
const SHORT_ORGANIZATION_CONTEXT = new Set(['at', '@', 'ex', 'joined']);
/** Words around a place name that make it part of an institution's name ("IIT Madras", "Delhi University"). */
const INSTITUTION_BEFORE = wordSet('iit iits nit iim iiit bits aiims university univ');
const INSTITUTION_AFTER = wordSet('university univ college institute school high stock club christian medical');
const PLACE_FIELDS = new Set(['city', 'state', 'country']);
const MAX_TYPO_WINDOW = 3;
const TYPO_MEMO_LIMIT = 5_000;

function looksAbbreviated(token: Token): boolean {
  return token.caps || /\p{L}\.\p{L}/u.test(token.raw);
}

function sharesMeaningfulWord(typed: string[], key: string): boolean {
  return key.split(' ').some((word, position) => word === typed[position] && !STOPWORDS.has(word));
}

/** Every typed word is its known word or a misspelling of it within the word's own allowance ("digtal marketting"). */
function eachWordWithinTypos(typed: string[], key: string): boolean {
  const known = key.split(' ');
  return (
    known.length === typed.length &&
    typed.every((word, position) => {
      const limit = maxTypoEdits(word.length);
      return word === known[position] || (limit > 0 && typoDistance(word, known[position], limit) <= limit);
    })
  );
}

/** Looks up the phrases of one query in one community's lexicon. */
class PhraseFinder {
  private readonly tokens: Token[];

  constructor(
    private readonly uses: TokenUses,
    private readonly lexicon: Lexicon
  ) {
    this.tokens = uses.tokens;
  }

  /** Left to right, the longest known phrase at each place; a longer phrase with a typo beats a shorter exact one. */
  findAll(): PhraseMatch[] {
    const found: PhraseMatch[] = [];
    for (let start = 0; start < this.tokens.length; ) {
      const runEnd = this.phraseRunEnd(start);
      if (runEnd === start) {
        start += 1;
        continue;
      }
      const exact = this.exactAt(start, runEnd);
      const typo = this.typoAt(start, runEnd, exact ? exact.end - start : 0);
      const match = (typo && (!exact || typo.end > exact.end) ? typo : exact) ?? this.organizationByFirstWordAt(start);
      if (!match) {
        start += 1;
        continue;
      }
      found.push(match);
      this.uses.claim(match.start, match.end);
      start = match.end;
    }
    return found;
  }

  /** End of the free words from `start` that a phrase could span. */
  private phraseRunEnd(start: number): number {
    let end = start;
    while (
      end < this.tokens.length &&
      end - start < this.lexicon.longestPhrase &&
      this.uses.isFree(end) &&
      isPhraseToken(this.tokens[end])
    ) {
      end += 1;
    }
    return end;
  }

  /** `key` is the known phrase the words were read as (a typo's correction). */
  private match(start: number, end: number, reading: Reading, key?: string): PhraseMatch {
    return { start, end, term: this.uses.typed(start, end), reading, ...(key ? { key } : {}) };
  }

  /** The longest phrase starting at `start` that the lexicon knows, the last word's plural allowed. */
  private exactAt(start: number, runEnd: number): PhraseMatch | undefined {
    for (let end = runEnd; end > start; end--) {
      const key = this.tokens
        .slice(start, end)
        .map((token) => token.norm)
        .join(' ');
      let matchedKey = key;
      let reading = this.lexicon.readings.get(key);
      const singularKey = reading || STOPWORDS.has(this.tokens[end - 1].norm) ? null : singularLastWord(key);
      if (singularKey) {
        reading = this.lexicon.readings.get(singularKey);
        matchedKey = singularKey;
      }
      if (reading && this.acceptable(matchedKey, reading, start, end - start)) return this.match(start, end, reading, matchedKey);
    }
    return undefined;
  }

  /** Short keys that are also everyday words need capitals; everyday-word firms need "at"/"from" before them. */
  private acceptable(key: string, reading: Reading, start: number, length: number): boolean {
    if (/^[\d ]+$/.test(key)) return false;
    if (PLACE_FIELDS.has(reading.options[0]?.field) && this.namesInstitution(start, start + length)) return false;
    if (length > 1) return true;
    const next = this.tokens[start + 1];
    const abbreviation =
      looksAbbreviated(this.tokens[start]) || (next !== undefined && ABBREVIATION_CONTEXT.has(next.norm));
    if (CAPS_ONLY_KEYS.has(key) && !abbreviation) return false;
    if (reading.organizationOnly && (COMMON_WORDS.has(key) || STOPWORDS.has(key))) {
      return ORGANIZATION_CONTEXT.has(this.tokens[start - 1]?.norm ?? '');
    }
    return true;
  }

  private namesInstitution(start: number, end: number): boolean {
    return (
      INSTITUTION_BEFORE.has(this.tokens[start - 1]?.norm ?? '') || INSTITUTION_AFTER.has(this.tokens[end]?.norm ?? '')
    );
  }

  /** A typed word is never a typo when it is short, a number, filler, an everyday word or a known term. */
  private readonly mayBeTypo = (word: string): boolean =>
    word.length >= 4 &&
    !/\d/.test(word) &&
    !STOPWORDS.has(word) &&
    !COMMON_WORDS.has(word) &&
    !this.lexicon.knownWords.has(word) &&
    !this.lexicon.knownWords.has(singular(word));

  /** A phrase of up to three words, longer than the exact match, read with typos. */
  private typoAt(start: number, runEnd: number, exactLength: number): PhraseMatch | undefined {
    for (let length = Math.min(runEnd - start, MAX_TYPO_WINDOW); length > exactLength; length--) {
      const window = this.tokens.slice(start, start + length);
      if (window.some((token) => token.kind !== 'word')) continue;
      const words = window.map((token) => token.norm);
      if (length === 1 && !this.mayBeTypo(words[0])) continue;
      const key = this.typoKey(words);
      const reading = key === null ? undefined : this.lexicon.readings.get(key);
      if (reading) return this.match(start, start + length, reading, key as string);
    }
    return undefined;
  }

  /** The one key `words` are a misspelling of, or null; remembered per lexicon. */
  private typoKey(words: string[]): string | null {
    const phrase = words.join(' ');
    const remembered = this.lexicon.typoMemo.get(phrase);
    if (remembered !== undefined) return remembered;
    let key: string | null = null;
    const hit = this.lexicon.fuzzy.closest(words, this.mayBeTypo);
    if (hit) {
      const candidates = hit.keys.filter(
        (candidate) => words.length === 1 || sharesMeaningfulWord(words, candidate) || eachWordWithinTypos(words, candidate)
      );
      const meanings = new Set(
        candidates.map((candidate) => readingSignature(this.lexicon.readings.get(candidate) as Reading))
      );
      // Two equally close keys that mean different things: too ambiguous to guess.
      if (meanings.size === 1) key = candidates[0];
    }
    if (this.lexicon.typoMemo.size >= TYPO_MEMO_LIMIT) this.lexicon.typoMemo.clear();
    this.lexicon.typoMemo.set(phrase, key);
    return key;
  }

  /** "people at HDFC" → HDFC Bank, when exactly one organisation starts with that word. */
  private organizationByFirstWordAt(start: number): PhraseMatch | undefined {
    const token = this.tokens[start];
    const organizations = this.lexicon.organizationsByFirstWord.get(token.norm);
    if (token.kind !== 'word' || organizations?.length !== 1) return undefined;
    if (!SHORT_ORGANIZATION_CONTEXT.has(this.tokens[start - 1]?.norm ?? '')) return undefined;
    const reading: Reading = {
      options: [{ field: 'organization', values: organizations }],
      organizationOnly: true,
    };
    return this.match(start, start + 1, reading);
  }
}

/** Finds the names and terms in the free tokens of a query, longest first, and claims their tokens. */
export function findPhrases(uses: TokenUses, lexicon: Lexicon): PhraseMatch[] {
  return new PhraseFinder(uses, lexicon).findAll();
}
