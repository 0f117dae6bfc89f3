/**
 * Words too common to say anything about a member. "it" and "us" are kept on purpose: in this
 * directory they usually mean IT (the industry) and the US.
 */
const STOPWORDS = new Set(
  (
    'a about above after again all also am an and any are as at be been before being below between both but by ' +
    'can could did do does doing down during each few for from further had has have having he her here hers ' +
    'herself him himself his how i if in into is its itself just me more most my myself no nor not now of off ' +
    'on once only or other our ours ourselves out over own same she should so some such than that the their ' +
    'theirs them themselves then there these they this those through to too under until up very was we were ' +
    'what when where which while who whom why will with would you your yours yourself yourselves'
  ).split(' '),
);

/** Latin accents only (U+0300–U+036F), so "José" matches "jose"; marks of other scripts are part of their letters. */
const LATIN_COMBINING_MARKS = /[\u0300-\u036f]/g;
const TOKEN_SEPARATORS = /[^\p{L}\p{N}\p{M}]+/u;

/** Lowercase words and numbers of `text`, accents folded, in order. */
export function tokenize(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(LATIN_COMBINING_MARKS, '')
    .normalize('NFC')
    .toLowerCase()
    .split(TOKEN_SEPARATORS)
    .filter((token) => token.length > 0);
}

export function isStopword(token: string): boolean {
  return STOPWORDS.has(token);
}
