import { createElement, type ReactNode } from 'react';

import { MEMBER_FIELD_LABELS } from '../lib/member-fields';

/**
 * The Content Manager's member list: filters and the graduation-year column. Filters: the fields admins look people up by, with skills
 * (a JSON list Strapi does not offer as a filter) as "contains", which the database answers
 * case-insensitively on the stored list.
 */
type Filter = { name: string; label: string | { id: string; defaultMessage: string }; type: string; operators?: Array<{ label: string; value: string }> };
type FiltersHookArgs = { displayedFilters: Filter[]; layout: unknown };

const MEMBER_LIST_PATH = '/content-manager/collection-types/api::member.member';

/** Most useful first in the popover (Strapi sorts by label, so these lead by being few). */
const USEFUL = new Set([
  'name',
  'city',
  'state',
  'country',
  'industry',
  'organization',
  'designation',
  'degree',
  'branch',
  'graduationYear',
  'isActive',
  'directoryVisible',
  'canReceiveCodes',
  'community',
  'phone',
  'email',
  'createdAt',
  'updatedAt',
]);

const SKILLS_FILTER: Filter = {
  name: 'skills',
  label: MEMBER_FIELD_LABELS.skills,
  type: 'string',
  operators: [{ label: 'contains', value: '$containsi' }],
};

/** The filter popover's labels: the same as the edit view's and the error messages' (one map). */
const LABELS = MEMBER_FIELD_LABELS;

/** The hooks run for every list; only the member list is changed. */
const onMemberList = () => typeof window !== 'undefined' && window.location.pathname.includes(MEMBER_LIST_PATH);

export const memberListFilters = ({ displayedFilters, layout }: FiltersHookArgs): FiltersHookArgs => {
  if (!onMemberList()) return { displayedFilters, layout };
  const kept = displayedFilters
    .filter((filter) => USEFUL.has(filter.name))
    .map((filter) => (LABELS[filter.name] ? { ...filter, label: LABELS[filter.name] } : filter));
  return { displayedFilters: [...kept, SKILLS_FILTER], layout };
};

type Header = { name: string; cellFormatter?: (row: Record<string, unknown>) => ReactNode } & Record<string, unknown>;
type ColumnsHookArgs = { displayedHeaders: Header[]; layout: unknown };

/** A year is not a quantity: 1998, not "1,998" as the list formats integers. */
export const memberListColumns = ({ displayedHeaders, layout }: ColumnsHookArgs): ColumnsHookArgs => {
  if (!onMemberList()) return { displayedHeaders, layout };
  return {
    layout,
    displayedHeaders: displayedHeaders.map((header) =>
      header.name === 'graduationYear'
        ? { ...header, cellFormatter: (row) => createElement('span', null, row.graduationYear == null ? '-' : String(row.graduationYear)) }
        : header
    ),
  };
};
