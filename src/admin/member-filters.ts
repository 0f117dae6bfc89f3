/**
 * The Content Manager's member list filters: the fields admins look people up by, with skills
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
  'community',
  'phone',
  'email',
  'createdAt',
  'updatedAt',
]);

const SKILLS_FILTER: Filter = {
  name: 'skills',
  label: 'Skills',
  type: 'string',
  operators: [{ label: 'contains', value: '$containsi' }],
};

const LABELS: Record<string, string> = { graduationYear: 'Graduation year', isActive: 'Active', directoryVisible: 'In directory' };

export const memberListFilters = ({ displayedFilters, layout }: FiltersHookArgs): FiltersHookArgs => {
  // The hook runs for every list; only the member list is changed.
  if (typeof window === 'undefined' || !window.location.pathname.includes(MEMBER_LIST_PATH)) return { displayedFilters, layout };
  const kept = displayedFilters
    .filter((filter) => USEFUL.has(filter.name))
    .map((filter) => (LABELS[filter.name] ? { ...filter, label: LABELS[filter.name] } : filter));
  return { displayedFilters: [...kept, SKILLS_FILTER], layout };
};
