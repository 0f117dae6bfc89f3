import { EARLIEST_YEAR, LATEST_YEAR, expandTwoDigitYear } from './numbers';
import type { Token } from './tokenize';
import { phraseLengthAt, phraseLengthEndingAt, type TokenUses } from './token-uses';
import type { RangeFilter } from './types';
import { phraseList, wordSet } from './word-lists';

/**
 * A graduation-year condition: `span` for years that were named ("batch of 98", "2000-2005"),
 * which widen one another; `bound` for open ends ("after 2015"), which narrow.
 */
export type YearFinding = { kind: 'span' | 'bound'; range: RangeFilter; term: string; start: number };

/** Words that say a year is a graduation year, when they come before it ("batch of 98", "passed out in 2012"). */
const GRADUATION_BEFORE = phraseList(`
  batch | batch of | the batch of | class of | the class of | batch year | batches | passed out | passed out in |
  pass out | pass out year | passout | passout year | passing out | passing out year | passing year |
  year of passing | year of graduation | graduated | graduated in | graduating | graduating in | graduation |
  graduation year | graduation in | grad year | yop | alumni of | alumni from | graduates of | graduates from |
  grads of | grads from | passed in
`);
/** …or after it ("98 batch", "2010 pass-outs", "2005 grads", "98 ke batch"). */
const GRADUATION_AFTER = phraseList(`
  batch | batches | ke batch | ka batch | ki batch | pass outs | passouts | pass out | passout | passed out |
  passing out | pass | graduates | graduate | grads | grad | graduated | alumni | alumnus | class |
  graduating class
`);
const LATER_THAN = phraseList('after | post | later than');
const FROM = phraseList('since | from | starting | starting from');
const EARLIER_THAN = phraseList('before | pre | earlier than | prior to');
const UP_TO = phraseList('until | till | upto | up to');
const OR_LATER = phraseList(`
  onwards | onward | or later | and later | and after | or after | and above | or above | + | and beyond |
  or newer
`);
const OR_EARLIER = phraseList('or earlier | and earlier | or before | and before | and below | or older');
/**
 * Between two years: a range ("2000-2005", "2000 to 2005") or alternatives ("98 or 99"); either way
 * the span of both.
 */
const RANGE_SEPARATORS = phraseList('- | to | till | until | through | thru');
const LIST_SEPARATORS = phraseList('and | or | ya | / | ,');
const RANGE_OPENERS = phraseList('between | from');
/** Nouns that make a number a count ("batch of 25 people", "10 years"), never a year. */
const COUNTED_NOUNS = wordSet(`
  year years yr yrs month months day days people members persons students employees percent
`);
/** How far back a graduation word may stand from a four-digit year ("passed out of PSG Tech in 2005"). */
const GRADUATION_WORD_REACH = 5;

function yearDigits(token: Token | undefined): number {
  if (!token || token.kind !== 'number' || token.digits === undefined || token.norm.includes('.')) return 0;
  if (token.suffix !== '' && token.suffix !== 's') return 0;
  return token.digits.length === 2 || token.digits.length === 4 ? token.digits.length : 0;
}

function fullYear(token: Token): number | undefined {
  const value = token.value ?? NaN;
  if (token.digits?.length === 2) return expandTwoDigitYear(value);
  return value >= EARLIEST_YEAR && value <= LATEST_YEAR ? value : undefined;
}

type YearList = { years: number[]; fourDigits: boolean; rangeSeparator: boolean; end: number };

/** Reads "2000", "2000-2005", "2000-05", "98 or 99", "'98-'02" starting at `start`. */
function readYearList(uses: TokenUses, start: number): YearList | undefined {
  const { tokens } = uses;
  const first = fullYear(tokens[start]);
  if (first === undefined) return undefined;
  const list: YearList = {
    years: [first],
    fourDigits: yearDigits(tokens[start]) === 4,
    rangeSeparator: false,
    end: start + 1,
  };
  for (;;) {
    const rangeLength = phraseLengthAt(uses, list.end, RANGE_SEPARATORS);
    const separator = rangeLength || phraseLengthAt(uses, list.end, LIST_SEPARATORS);
    let next = list.end + separator;
    if (separator && uses.isFree(next) && tokens[next].norm === "'") next += 1;
    if (!separator || !uses.isFree(next) || !yearDigits(tokens[next]) || tokens[next].suffix) break;
    const previous = list.years[list.years.length - 1];
    const digits = yearDigits(tokens[next]);
    let year = fullYear(tokens[next]);
    if (year === undefined) break;
    if (digits === 2 && list.fourDigits) {
      // "2000-05": the second year keeps the first one's century.
      year = Math.floor(previous / 100) * 100 + (tokens[next].value ?? 0);
      if (year < previous) year += 100;
    } else if (digits === 2) {
      list.fourDigits = false;
    }
    list.rangeSeparator ||= rangeLength > 0;
    list.years.push(year);
    list.end = next + 1;
  }
  return list;
}

/** Start of the graduation phrase before `before` (inclusive end), searching up to `reach` tokens back. */
function graduationPhraseBefore(
  uses: TokenUses,
  before: number,
  reach: number
): { start: number; end: number } | undefined {
  for (let end = before; end > before - reach && end >= 0; end--) {
    const length = phraseLengthEndingAt(uses, end, GRADUATION_BEFORE);
    if (length > 0) return { start: end - length + 1, end: end + 1 };
  }
  return undefined;
}

/** A year expression read so far: tokens `start` to `end` (exclusive) and whether it is surely a year. */
type YearExpression = { start: number; end: number; range: RangeFilter; kind: YearFinding['kind']; evidence: boolean };

/** "90s", "'90s", "the 80s", "1990s": a decade. */
function readDecade(uses: TokenUses, index: number): YearExpression | undefined {
  const { tokens } = uses;
  const decade = fullYear(tokens[index]);
  if (decade === undefined || decade % 10 !== 0) return undefined;
  const expression: YearExpression = {
    start: index,
    end: index + 1,
    range: { min: decade, max: decade + 9 },
    kind: 'span',
    evidence: yearDigits(tokens[index]) === 4,
  };
  if (uses.isFree(index - 1) && (tokens[index - 1].norm === "'" || tokens[index - 1].norm === 'the')) {
    expression.start -= 1;
    expression.evidence = true;
  }
  return expression;
}

/** "2005", "'05", "2000-2005", "between 2000 and 2005", "98 or 99", "after 2015", "since 2010". */
function readYears(uses: TokenUses, index: number): YearExpression | undefined {
  const { tokens } = uses;
  const list = readYearList(uses, index);
  if (!list) return undefined;
  const expression: YearExpression = {
    start: index,
    end: list.end,
    range: { min: Math.min(...list.years), max: Math.max(...list.years) },
    kind: 'span',
    evidence: false,
  };
  if (uses.isFree(index - 1) && tokens[index - 1].norm === "'") {
    expression.start -= 1;
    expression.evidence = true;
  }
  const opener = list.years.length > 1 ? phraseLengthEndingAt(uses, expression.start - 1, RANGE_OPENERS) : 0;
  expression.start -= opener;
  if (list.fourDigits && list.years.length > 1 && (list.rangeSeparator || opener > 0)) expression.evidence = true;
  if (list.years.length > 1 || opener > 0) return expression;

  const year = list.years[0];
  const comparisons: [string[][], RangeFilter][] = [
    [LATER_THAN, { min: year + 1 }],
    [FROM, { min: year }],
    [EARLIER_THAN, { max: year - 1 }],
    [UP_TO, { max: year }],
  ];
  for (const [words, bound] of comparisons) {
    const length = phraseLengthEndingAt(uses, expression.start - 1, words);
    if (length > 0) {
      return {
        ...expression,
        start: expression.start - length,
        range: bound,
        kind: 'bound',
        evidence: list.fourDigits,
      };
    }
  }
  return expression;
}

/** Takes in "batch", "pass-outs", "onwards"… after the year ("2015 batch onwards", "2015 onwards batch"). */
function readWordsAfter(uses: TokenUses, expression: YearExpression, fourDigits: boolean): boolean {
  let graduationWord = false;
  for (let pass = 0; pass < 2; pass++) {
    const after = graduationWord ? 0 : phraseLengthAt(uses, expression.end, GRADUATION_AFTER);
    if (after > 0) {
      expression.end += after;
      graduationWord = true;
    }
    const { range } = expression;
    if (expression.kind === 'span' && range.min === range.max) {
      const later = phraseLengthAt(uses, expression.end, OR_LATER);
      const earlier = later ? 0 : phraseLengthAt(uses, expression.end, OR_EARLIER);
      if (later || earlier) {
        expression.range = later ? { min: range.min } : { max: range.max };
        expression.kind = 'bound';
        expression.end += later + earlier;
        expression.evidence ||= fourDigits;
      }
    }
  }
  return graduationWord;
}

/**
 * Finds graduation years and ranges: "batch of 98", "98 batch", "'98 batch", "class of 2005",
 * "passed out in 2012", "graduated in 2012", "2010 pass-outs", "between 2000 and 2005",
 * "2000-2005 batch", "after 2015" (2016 on), "before 2000" (to 1999), "since 2010", "90s batch",
 * "1990s", "MBA 2005". A four-digit number needs a graduation word, a degree beside it, a comparison
 * or a range to count, and a two-digit one a graduation word or an apostrophe, so "top 10" or an
 * amount is never a year.
 */
export function findGraduationYears(
  uses: TokenUses,
  isDegree: (index: number) => boolean = () => false
): YearFinding[] {
  const findings: YearFinding[] = [];
  const { tokens } = uses;

  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (!uses.isFree(index) || !yearDigits(token)) continue;
    if (COUNTED_NOUNS.has(tokens[index + 1]?.norm ?? '')) continue;
    const fourDigits = yearDigits(token) === 4;

    const expression = token.suffix === 's' ? readDecade(uses, index) : readYears(uses, index);
    if (!expression) continue;
    let graduationWord = readWordsAfter(uses, expression, fourDigits);

    let distantPhrase: { start: number; end: number } | undefined;
    if (!graduationWord) {
      const phrase = graduationPhraseBefore(uses, expression.start - 1, fourDigits ? GRADUATION_WORD_REACH : 1);
      if (phrase) {
        graduationWord = true;
        if (phrase.end === expression.start) expression.start = phrase.start;
        else distantPhrase = phrase;
      }
    }
    // A year beside a degree is when it was earned ("MBA 2005", "2005 MBA").
    if (!graduationWord && fourDigits && (isDegree(expression.start - 1) || isDegree(expression.end))) {
      graduationWord = true;
    }
    if (!graduationWord && !expression.evidence) continue;

    if (distantPhrase) {
      uses.claim(distantPhrase.start, distantPhrase.end);
      if (uses.isFree(expression.start - 1) && tokens[expression.start - 1].norm === 'in') expression.start -= 1;
    }
    // With words between ("passed out of PSG Tech in 2005") the term is the year itself, as those
    // words may be read apart.
    const { start, end, range, kind } = expression;
    uses.claim(start, end);
    findings.push({ kind, range, term: uses.typed(start, end), start });
    index = end - 1;
  }
  return findings;
}
