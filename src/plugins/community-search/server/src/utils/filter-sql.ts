import { TEXT_FILTER_COLUMNS } from '../repositories/schema';
import type { FilterMatch, RangeFilter, SearchFilters } from '../services/query-parser/types';

export type SqlFragment = { sql: string; bindings: unknown[] };

/** What the integer columns can hold: a bound outside (or fractional) must not reach Postgres as is. */
const COLUMN_LIMITS = {
  graduation_year: { min: -2_147_483_648, max: 2_147_483_647 },
  annual_turnover_inr: { min: 0, max: Number.MAX_SAFE_INTEGER },
} as const;

const clamp = (value: number, limits: { min: number; max: number }) => Math.min(limits.max, Math.max(limits.min, value));

const rangeClauses = (
  column: keyof typeof COLUMN_LIMITS,
  range: RangeFilter | undefined,
  clauses: string[],
  bindings: unknown[]
) => {
  if (!range) return;
  const limits = COLUMN_LIMITS[column];
  if (range.min !== undefined && Number.isFinite(range.min)) {
    clauses.push(`f.${column} >= ?`);
    bindings.push(clamp(Math.ceil(range.min), limits));
  }
  if (range.max !== undefined && Number.isFinite(range.max)) {
    clauses.push(`f.${column} <= ?`);
    bindings.push(clamp(Math.floor(range.max), limits));
  }
};

const lowerAll = (values: string[]) => values.map((value) => value.toLowerCase());

/** The facet keys (see FACETS_TABLE) that stand for these values of one field in one community. */
export const facetKeys = (communityId: number, column: string, values: string[]) =>
  lowerAll(values).map((value) => `${communityId}:${column}:${value}`);

/**
 * The WHERE clause for one community's searchable members under the given filters, over the
 * facets table aliased `f`: values within a field are alternatives, fields must all hold. Hidden
 * and former members never pass. Every list filter is an overlap with the row's keys, so the GIN
 * index on them answers any combination.
 */
export const filtersToSql = (communityId: number, filters: SearchFilters): SqlFragment => {
  const clauses = ['f.community_id = ?', 'f.searchable'];
  const bindings: unknown[] = [communityId];

  for (const [field, column] of Object.entries(TEXT_FILTER_COLUMNS)) {
    const values = filters[field as keyof typeof TEXT_FILTER_COLUMNS];
    if (values && values.length > 0) {
      clauses.push('f.filter_keys && ?::text[]');
      bindings.push(facetKeys(communityId, column, values));
    }
  }
  if (filters.skills && filters.skills.length > 0) {
    clauses.push('f.filter_keys && ?::text[]');
    bindings.push(facetKeys(communityId, 'skills', filters.skills));
  }
  rangeClauses('graduation_year', filters.graduationYear, clauses, bindings);
  rangeClauses('annual_turnover_inr', filters.annualTurnoverInr, clauses, bindings);

  return { sql: clauses.join(' AND '), bindings };
};

/** Filter fields present in a filter set, in a stable order. */
export const activeFilterFields = (filters: SearchFilters) =>
  (Object.keys(filters) as Array<keyof SearchFilters>).filter((field) => {
    const value = filters[field];
    if (Array.isArray(value)) return value.length > 0;
    return value !== undefined && (value.min !== undefined || value.max !== undefined);
  });

/**
 * How strongly a member matches the list filters: one point per matching skill, and two more for
 * a skill that is literally what the user typed ("audit" → Audit beats Taxation).
 */
export const filterStrengthSql = (filters: SearchFilters, matches: FilterMatch[]): SqlFragment => {
  // A bare 0 in ORDER BY would mean "column 0"; a cast makes it a constant.
  if (!filters.skills || filters.skills.length === 0) return { sql: '0::int', bindings: [] };
  const typed = new Set(matches.map((match) => match.term.trim().toLowerCase()));
  const literal = filters.skills.filter((skill) => typed.has(skill.toLowerCase()));
  // One pass over the row's few lower-cased skills: 1 per requested skill, 3 for a typed one.
  return {
    sql: `(SELECT coalesce(sum(CASE WHEN skill = ANY(?::text[]) THEN 3 ELSE 1 END), 0)
             FROM unnest(f.skill_keys) AS skill WHERE skill = ANY(?::text[]))`,
    bindings: [lowerAll(literal), lowerAll(filters.skills)],
  };
};
