import { NUMBER_WORDS, isMoneyOnlyUnit, unitMultiplier } from './numbers';
import { phraseLengthAt, phraseLengthEndingAt, type TokenUses } from './token-uses';
import type { RangeFilter } from './types';
import { phraseList, wordSet } from './word-lists';

/** A turnover condition found in the query, with what the user typed for it. */
export type TurnoverFinding = { range: RangeFilter; term: string; start: number };

const RUPEE_MARKS = new Set(['₹', 'rs', 'inr', 'rupees', 'rupee']);
const FOREIGN_MONEY_MARKS = new Set(['$', 'usd', 'dollars', 'dollar']);
const TURNOVER_WORDS = wordSet('turnover turnovers revenue revenues topline sales annual yearly income');
/** Small words that may sit between "turnover" and the amount ("turnover of over 2 crore", "2 cr ka turnover"). */
const LINKING_WORDS = wordSet('of with having a an the is ka ki ke hai around about approx approximately atleast');

const RANGE_SEPARATORS = phraseList('- | to | and | till | until');
const RANGE_OPENERS = phraseList('between | from');
const AT_LEAST_BEFORE = phraseList(`
  over | above | more than | more then | greater than | at least | atleast | minimum | min | > | ≥ | exceeding |
  beyond | upwards of | not less than | over and above | in excess of | from
`);
const AT_MOST_BEFORE = phraseList(`
  under | below | less than | less then | lower than | upto | up to | within | max | maximum | at most | atmost |
  < | ≤ | not more than | not exceeding | till | until
`);
const AT_LEAST_AFTER = phraseList(`
  + | plus | and above | or above | or more | and more | onwards | upwards | and up | se zyada | se jyada |
  se zyaada | se jada | se upar | se adhik | ke upar
`);
const AT_MOST_AFTER = phraseList(`
  and below | or below | or less | and less | and under | se kam | tak | ke andar | se neeche
`);

type Amount = { value: number; multiplier?: number; moneyOnlyUnit: boolean; start: number; end: number };

function unitWordAt(uses: TokenUses, index: number): string | undefined {
  const token = uses.tokens[index];
  if (!token || !uses.isFree(index) || token.kind !== 'word') return undefined;
  // A lone "l" only counts in capitals ("50 L"); "m" and "b" alone are too ambiguous.
  if (token.norm === 'l' && token.raw !== 'L') return undefined;
  if (token.norm === 'm' || token.norm === 'b') return undefined;
  return unitMultiplier(token.norm) === undefined ? undefined : token.norm;
}

function readAmount(uses: TokenUses, index: number): Amount | null {
  const token = uses.tokens[index];
  if (!token || !uses.isFree(index)) return null;
  if (token.kind === 'word') {
    const value = NUMBER_WORDS[token.norm];
    const unit = unitWordAt(uses, index + 1);
    if (value === undefined || unit === undefined || !isMoneyOnlyUnit(unit)) return null;
    return { value, multiplier: unitMultiplier(unit), moneyOnlyUnit: true, start: index, end: index + 2 };
  }
  if (token.kind !== 'number' || token.value === undefined) return null;
  if (token.suffix) {
    const multiplier = unitMultiplier(token.suffix);
    if (multiplier === undefined) return null;
    return {
      value: token.value,
      multiplier,
      moneyOnlyUnit: isMoneyOnlyUnit(token.suffix),
      start: index,
      end: index + 1,
    };
  }
  const unit = unitWordAt(uses, index + 1);
  if (unit === undefined) return { value: token.value, moneyOnlyUnit: false, start: index, end: index + 1 };
  return {
    value: token.value,
    multiplier: unitMultiplier(unit),
    moneyOnlyUnit: isMoneyOnlyUnit(unit),
    start: index,
    end: index + 2,
  };
}

/** Index of the furthest turnover word reachable from `from` in `step` direction over linking words, or undefined. */
function turnoverWordNear(uses: TokenUses, from: number, step: 1 | -1, reach: number): number | undefined {
  let found: number | undefined;
  for (let index = from, seen = 0; seen < reach && uses.isFree(index); index += step, seen++) {
    const norm = uses.tokens[index].norm;
    if (TURNOVER_WORDS.has(norm)) found = index;
    else if (!LINKING_WORDS.has(norm)) break;
  }
  return found;
}

/** An amount or range of amounts read so far, over tokens `start` to `end` (exclusive). */
type AmountExpression = {
  start: number;
  end: number;
  low: Amount;
  high?: Amount;
  bound: 'at least' | 'at most' | 'exact';
  rupeeMark: boolean;
};

/** "2 crore", "1-5 Cr", "between 1 and 5 crore", "50 lakh to 2 crore". */
function readAmounts(uses: TokenUses, index: number): AmountExpression | null {
  const low = readAmount(uses, index);
  if (!low) return null;
  const expression: AmountExpression = { start: low.start, end: low.end, low, bound: 'exact', rupeeMark: false };
  const separator = phraseLengthAt(uses, low.end, RANGE_SEPARATORS);
  const high = separator > 0 ? readAmount(uses, low.end + separator) : null;
  if (!high) return expression;
  const opener = phraseLengthEndingAt(uses, low.start - 1, RANGE_OPENERS);
  // "1 crore and 5 lakh" is not a range; "between 1 and 5 crore" is.
  if (uses.tokens[low.end].norm === 'and' && opener === 0) return expression;
  low.multiplier ??= high.multiplier;
  low.moneyOnlyUnit ||= high.moneyOnlyUnit;
  return { ...expression, start: low.start - opener, end: high.end, high };
}

/** Takes in "₹", "Rs", "rupees" around the amount; false for dollars and other foreign money. */
function readCurrency(uses: TokenUses, expression: AmountExpression): boolean {
  const { tokens } = uses;
  const before = uses.isFree(expression.start - 1) ? tokens[expression.start - 1].norm : '';
  if (FOREIGN_MONEY_MARKS.has(before)) return false;
  if (RUPEE_MARKS.has(before)) {
    expression.rupeeMark = true;
    expression.start -= 1;
  }
  const after = uses.isFree(expression.end) ? tokens[expression.end].norm : '';
  if (after === 'rupees' || after === 'inr') {
    expression.rupeeMark = true;
    expression.end += 1;
  }
  return true;
}

/** Takes in "over", "under", "+", "se zyada"… around a single amount. */
function readComparison(uses: TokenUses, expression: AmountExpression): void {
  if (expression.high) return;
  const atLeastBefore = phraseLengthEndingAt(uses, expression.start - 1, AT_LEAST_BEFORE);
  const atMostBefore = atLeastBefore ? 0 : phraseLengthEndingAt(uses, expression.start - 1, AT_MOST_BEFORE);
  if (atLeastBefore || atMostBefore) {
    expression.start -= atLeastBefore + atMostBefore;
    expression.bound = atLeastBefore ? 'at least' : 'at most';
    return;
  }
  const atLeastAfter = phraseLengthAt(uses, expression.end, AT_LEAST_AFTER);
  const atMostAfter = atLeastAfter ? 0 : phraseLengthAt(uses, expression.end, AT_MOST_AFTER);
  if (atLeastAfter || atMostAfter) {
    expression.end += atLeastAfter + atMostAfter;
    expression.bound = atLeastAfter ? 'at least' : 'at most';
  }
}

function rangeOf({ low, high, bound }: AmountExpression): RangeFilter {
  const lowValue = low.value * (low.multiplier ?? 1);
  if (high) {
    const highValue = high.value * (high.multiplier ?? low.multiplier ?? 1);
    return { min: Math.min(lowValue, highValue), max: Math.max(lowValue, highValue) };
  }
  // A bare amount is the size wanted, so a lower bound.
  return bound === 'at most' ? { max: lowValue } : { min: lowValue };
}

/**
 * Finds turnover conditions in Indian units: "over 2 crore", "50L+", "1-5 Cr", "between 1 and 5
 * crore", "under 10 lakh", "turnover more than 100 crore", "₹5 crore". An amount counts when it is
 * in lakh/crore, carries a rupee mark, or sits next to a word like "turnover". A bare amount reads
 * as a lower bound ("a 5 crore company" is one at least that size); "over"/"above" include the
 * amount itself, since people name round figures.
 */
export function findTurnover(uses: TokenUses): TurnoverFinding[] {
  const findings: TurnoverFinding[] = [];

  for (let index = 0; index < uses.tokens.length; index++) {
    const expression = readAmounts(uses, index);
    if (!expression || !readCurrency(uses, expression)) continue;
    readComparison(uses, expression);

    const contextBefore = turnoverWordNear(uses, expression.start - 1, -1, 4);
    const contextAfter = turnoverWordNear(uses, expression.end, 1, 3);
    const hasContext = contextBefore !== undefined || contextAfter !== undefined;
    const { low, high } = expression;
    const plainNumber = low.multiplier === undefined && high?.multiplier === undefined;
    const isTurnover =
      low.moneyOnlyUnit || expression.rupeeMark || (hasContext && (!plainNumber || low.value >= 10_000));
    if (!isTurnover) continue;

    const start = contextBefore ?? expression.start;
    const end = contextAfter !== undefined ? contextAfter + 1 : expression.end;
    uses.claim(start, end);
    findings.push({ range: rangeOf(expression), term: uses.typed(start, end), start });
    index = end - 1;
  }
  return findings;
}
