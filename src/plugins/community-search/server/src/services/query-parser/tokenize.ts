import { normalizePhrase } from './normalize';
import { wordSet } from './word-lists';

export type TokenKind = 'word' | 'number' | 'symbol';

export type Token = {
  index: number;
  kind: TokenKind;
  /** As typed, and where: `start` and `end` are offsets into the query. */
  raw: string;
  start: number;
  end: number;
  /** Comparison form: normalised word, digits for numbers, the character for symbols ("&" is "and"). */
  norm: string;
  /** Typed in capitals (IT, US, BE), which separates abbreviations from everyday words. */
  caps: boolean;
  /** Numbers only: the value, its digits as typed ("05" stays two digits) and glued letters ("90s", "2cr", "50L"). */
  value?: number;
  digits?: string;
  suffix?: string;
};

// Letters glued to a number that keep it a number: units (2cr, 50L, 10k), decades (90s) and ordinals.
const NUMBER_SUFFIXES = wordSet(`
  s st nd rd th l lac lacs lakh lakhs lk lkh cr crs crore crores k m mn b bn million billion thousand
`);

const INDIAN_OR_WESTERN_GROUPED = String.raw`\d{1,3}(?:,\d{2,3})*,\d{3}(?!\d)`;
const PLAIN_NUMBER = String.raw`\d+(?:\.\d+)?`;
const WORD = String.raw`[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[.'’]\p{L}[\p{L}\p{M}\p{N}]*)*\.?(?:\+\+|#)?`;
const SYMBOL = String.raw`[-–—/+₹$,?&<>≥≤'’@|;:!()]`;
const TOKEN_PATTERN = new RegExp(
  `(${INDIAN_OR_WESTERN_GROUPED}|${PLAIN_NUMBER})(?:['’]?([a-zA-Z]+))?|(${WORD})|(${SYMBOL})|\\s+|.`,
  'gu'
);

const HYPHENS = new Set(['-', '–', '—']);

function isLetter(char: string | undefined): boolean {
  return char !== undefined && /\p{L}/u.test(char);
}

function isCaps(raw: string): boolean {
  const letters = raw.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** Splits a query into words, numbers (with glued units) and the symbols that carry meaning. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // In a query typed all in capitals, capitals say nothing about abbreviations, unless it is one word ("IT", "US").
  const capsMeaningful = /\p{Ll}/u.test(text) || (text.match(/\p{L}+/gu) ?? []).length <= 1;
  let at = 0;
  const push = (token: Omit<Token, 'index' | 'start' | 'end'>) =>
    tokens.push({ ...token, index: tokens.length, start: at, end: at + token.raw.length });

  for (const match of text.matchAll(TOKEN_PATTERN)) {
    const [whole, numberText, suffixText, wordText, symbolText] = match;
    at = match.index ?? 0;
    if (numberText !== undefined) {
      const suffix = suffixText?.toLowerCase();
      if (suffix !== undefined && !NUMBER_SUFFIXES.has(suffix)) {
        // "3D", "5G", "B2B"-like words that start with a digit.
        push({ kind: 'word', raw: whole, norm: normalizePhrase(whole), caps: capsMeaningful && isCaps(whole) });
        continue;
      }
      const digits = numberText.replace(/,/g, '');
      push({
        kind: 'number',
        raw: whole,
        norm: digits,
        caps: false,
        value: Number(digits),
        digits: digits.split('.')[0],
        suffix: suffix ?? '',
      });
    } else if (wordText !== undefined) {
      const norm = normalizePhrase(wordText);
      if (norm) push({ kind: 'word', raw: wordText, norm, caps: capsMeaningful && isCaps(wordText) });
    } else if (symbolText !== undefined) {
      // A hyphen inside a word ("co-founder", "pass-outs") only separates words; between numbers it is a range.
      if (HYPHENS.has(symbolText) && isLetter(text[at - 1]) && isLetter(text[at + 1])) continue;
      const norm = symbolText === '&' ? 'and' : HYPHENS.has(symbolText) ? '-' : symbolText === '’' ? "'" : symbolText;
      push({ kind: 'symbol', raw: symbolText, norm, caps: false });
    }
  }
  return tokens;
}

/** A token that can be part of a name or phrase: words, numbers and "&" (as in "Founder & CEO"). */
export function isPhraseToken(token: Token): boolean {
  return token.kind !== 'symbol' || token.norm === 'and';
}
