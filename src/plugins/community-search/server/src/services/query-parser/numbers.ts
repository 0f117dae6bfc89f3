import type { RangeFilter } from './types';
import { wordSet } from './word-lists';

export const LAKH = 100_000;
export const CRORE = 10_000_000;

/** Multipliers for units written after an amount ("2 cr", "50L", "10 lakhs", "1.5 million"). */
const AMOUNT_UNITS: Record<string, number> = {
  l: LAKH,
  lac: LAKH,
  lacs: LAKH,
  lakh: LAKH,
  lakhs: LAKH,
  lk: LAKH,
  lkh: LAKH,
  cr: CRORE,
  crs: CRORE,
  crore: CRORE,
  crores: CRORE,
  arab: 100 * CRORE,
  k: 1_000,
  thousand: 1_000,
  thousands: 1_000,
  m: 1_000_000,
  mn: 1_000_000,
  million: 1_000_000,
  millions: 1_000_000,
  b: 1_000_000_000,
  bn: 1_000_000_000,
  billion: 1_000_000_000,
  billions: 1_000_000_000,
};

/** Units only ever used for money, so an amount in them is a turnover even with no other hint. */
const MONEY_ONLY_UNITS = wordSet('l lac lacs lakh lakhs lk lkh cr crs crore crores arab');

export function unitMultiplier(unit: string): number | undefined {
  return AMOUNT_UNITS[unit];
}

export function isMoneyOnlyUnit(unit: string): boolean {
  return MONEY_ONLY_UNITS.has(unit);
}

/** Spelled-out amounts before lakh/crore, in English and Hindi ("two crore", "do crore", "paanch lakh"). */
export const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twenty: 20,
  fifty: 50,
  hundred: 100,
  ek: 1,
  do: 2,
  teen: 3,
  char: 4,
  chaar: 4,
  paanch: 5,
  panch: 5,
  chhe: 6,
  saat: 7,
  aath: 8,
  nau: 9,
  das: 10,
  bees: 20,
  pachas: 50,
  pachaas: 50,
  sau: 100,
};

/** Years a graduation can plausibly fall in; other four-digit numbers are not read as years. */
export const EARLIEST_YEAR = 1940;
export const LATEST_YEAR = 2099;

/**
 * Two-digit batches ("batch of 98", "'05 pass-outs"): 00–29 are 2000–2029 and 30–99 are
 * 1930–1999, which fits the working lives of an alumni community.
 */
export function expandTwoDigitYear(twoDigits: number): number {
  return twoDigits < 30 ? 2000 + twoDigits : 1900 + twoDigits;
}

function trimDecimals(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** "₹2 crore", "₹50 lakh", "₹75,000". */
export function formatInr(amount: number): string {
  if (amount >= CRORE) return `₹${trimDecimals(amount / CRORE)} crore`;
  if (amount >= LAKH) return `₹${trimDecimals(amount / LAKH)} lakh`;
  return `₹${amount.toLocaleString('en-IN')}`;
}

/** "1998", "2000–2005", "2016 or later", "1999 or earlier". */
export function describeYears({ min, max }: RangeFilter): string {
  if (min !== undefined && max !== undefined) return min === max ? String(min) : `${min}–${max}`;
  if (min !== undefined) return `${min} or later`;
  return `${max} or earlier`;
}

/** "₹1 crore – ₹5 crore", "at least ₹2 crore", "up to ₹10 lakh". */
export function describeTurnover({ min, max }: RangeFilter): string {
  if (min !== undefined && max !== undefined)
    return min === max ? formatInr(min) : `${formatInr(min)} – ${formatInr(max)}`;
  if (min !== undefined) return `at least ${formatInr(min)}`;
  return `up to ${formatInr(max ?? 0)}`;
}

/** Joins several ranges for one field: exact spans widen it, open bounds narrow it. */
export function combineRanges(spans: RangeFilter[], bounds: RangeFilter[]): RangeFilter | undefined {
  if (spans.length === 0 && bounds.length === 0) return undefined;
  let min = spans.length ? Math.min(...spans.map((span) => span.min ?? -Infinity)) : undefined;
  let max = spans.length ? Math.max(...spans.map((span) => span.max ?? Infinity)) : undefined;
  for (const bound of bounds) {
    if (bound.min !== undefined) min = min === undefined ? bound.min : Math.max(min, bound.min);
    if (bound.max !== undefined) max = max === undefined ? bound.max : Math.min(max, bound.max);
  }
  const range: RangeFilter = {};
  if (min !== undefined && Number.isFinite(min)) range.min = min;
  if (max !== undefined && Number.isFinite(max)) range.max = max;
  return range;
}
