import type { ParsedQuery, SearchFilters } from '../services/query-parser/types';

/** The words that mark a message as refining the previous search rather than starting a new one. */
const FOLLOW_UP_OPENERS =
  /^\s*(only|just|what about|how about|and|also|same but|those|them|any(one)? (in|from|at)|now|but|instead|ok(ay)?|more|less|fewer|younger|older)\b/i;
const SENIOR = /\b(more )?(senior|older|experienced|elder)( ones| people| members)?\b/i;
const JUNIOR = /\b(more )?(junior|younger|recent|newer)( ones| people| members| grads| graduates)?\b/i;

const SENIOR_YEARS = 20;
const JUNIOR_YEARS = 10;

export type PreviousSearch = { text: string; parsed: ParsedQuery };

export const isFollowUp = (text: string) => FOLLOW_UP_OPENERS.test(text) || SENIOR.test(text) || JUNIOR.test(text);

/** "more senior ones": graduated before the previous range, or 20+ years ago when there was none. */
const seniorityRange = (text: string, previous: SearchFilters, currentYear: number): SearchFilters['graduationYear'] | undefined => {
  if (SENIOR.test(text)) {
    const before = previous.graduationYear?.min;
    return { max: before !== undefined ? before - 1 : currentYear - SENIOR_YEARS };
  }
  if (JUNIOR.test(text)) {
    const after = previous.graduationYear?.max;
    return { min: after !== undefined ? after + 1 : currentYear - JUNIOR_YEARS };
  }
  return undefined;
};

const stripSeniorityWords = (text: string) => text.replace(SENIOR, ' ').replace(JUNIOR, ' ').replace(/\s+/g, ' ').trim();

/**
 * Merges a follow-up into the previous search: fields the follow-up names replace the previous
 * ones ("what about Pune?" swaps the city), the others are kept, and the free text carries over.
 */
export const mergeFollowUp = (previous: ParsedQuery, next: ParsedQuery, text: string, currentYear: number): ParsedQuery => {
  const filters: SearchFilters = { ...previous.filters, ...next.filters };
  const seniority = seniorityRange(text, previous.filters, currentYear);
  if (seniority) filters.graduationYear = seniority;

  const replacedFields = new Set(Object.keys(next.filters));
  const matches = [...previous.matches.filter((match) => !replacedFields.has(match.field)), ...next.matches];
  const nextText = stripSeniorityWords(next.text);
  return {
    parser: next.parser,
    filters,
    text: [previous.text, nextText].filter(Boolean).join(' ').trim(),
    matches,
  };
};
