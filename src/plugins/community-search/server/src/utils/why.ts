import type { IndexRow } from '../repositories/search-index';
import type { FilterMatch, SearchFilters } from '../services/query-parser/types';

/** The indexed fields a reason can point at. */
export type MatchedMember = Pick<
  IndexRow,
  | 'name' | 'city' | 'state' | 'country' | 'organization' | 'designation' | 'industry' | 'skills'
  | 'degree' | 'branch' | 'graduationYear' | 'annualTurnoverInr' | 'bio'
>;

const FIELD_LABELS: Record<string, string> = {
  city: 'city',
  state: 'state',
  country: 'country',
  organization: 'organization',
  designation: 'role',
  industry: 'industry',
  skills: 'skill',
  degree: 'degree',
  branch: 'branch',
};

export const formatInr = (amount: number) => {
  if (amount >= 10_000_000) return `₹${Number((amount / 10_000_000).toFixed(2))} crore`;
  if (amount >= 100_000) return `₹${Number((amount / 100_000).toFixed(2))} lakh`;
  return `₹${amount.toLocaleString('en-IN')}`;
};

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** "skill: Machine Learning (matches 'AI')", or without the bracket when the user typed the value itself. */
const describe = (field: string, value: string, matches: FilterMatch[]) => {
  const label = FIELD_LABELS[field] ?? field;
  const match = matches.find((candidate) => candidate.field === field && same(candidate.value, value));
  return match && !same(match.term, value) ? `${label}: ${value} (matches '${match.term}')` : `${label}: ${value}`;
};

const TEXT_FIELDS: Array<[keyof MatchedMember, string]> = [
  ['name', 'name'],
  ['skills', 'skills'],
  ['designation', 'role'],
  ['organization', 'organization'],
  ['industry', 'industry'],
  ['bio', 'bio'],
];

const fieldText = (member: MatchedMember, field: keyof MatchedMember) => {
  const value = member[field];
  return (Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : '').toLowerCase();
};

/**
 * Human-readable reasons a member matched: the filters their data satisfied, the query words found
 * in their profile, or a semantic match when only the meaning of the words matched.
 */
export const explainMatch = (
  member: MatchedMember,
  filters: SearchFilters,
  matches: FilterMatch[],
  textTerms: string[],
  semantic: { similarity: number | null; text: string } | null
): string[] => {
  const reasons: string[] = [];
  for (const field of ['city', 'state', 'country', 'organization', 'designation', 'industry', 'degree', 'branch'] as const) {
    const wanted = filters[field];
    const value = member[field];
    if (wanted?.length && value && wanted.some((candidate) => same(candidate, value))) {
      reasons.push(describe(field, value, matches));
    }
  }
  if (filters.skills?.length) {
    for (const skill of member.skills) {
      if (filters.skills.some((candidate) => same(candidate, skill))) reasons.push(describe('skills', skill, matches));
    }
  }
  if (filters.graduationYear && member.graduationYear !== null) reasons.push(`batch: ${member.graduationYear}`);
  if (filters.annualTurnoverInr && member.annualTurnoverInr !== null) {
    reasons.push(`turnover: ${formatInr(member.annualTurnoverInr)}`);
  }

  let mentioned = false;
  for (const term of textTerms) {
    const lower = term.toLowerCase();
    // Longer words match their stem anywhere ("factory" ~ "factories"); short ones only as whole words.
    const pattern =
      lower.length >= 4
        ? new RegExp(`\\b${escapeRegExp(lower.slice(0, Math.max(4, lower.length - 2)))}`, 'u')
        : new RegExp(`\\b${escapeRegExp(lower)}\\b`, 'u');
    const field = TEXT_FIELDS.find(([key]) => pattern.test(fieldText(member, key)));
    if (field) {
      reasons.push(`${field[1]} mentions '${term}'`);
      mentioned = true;
    }
  }
  if (!mentioned && semantic && semantic.similarity !== null && semantic.text) {
    reasons.push(`profile related to '${semantic.text}'`);
  }
  return reasons;
};
