import { errors } from '@strapi/utils';

type Filters = Record<string, unknown>;

const OPERATORS = new Set(['$contains', '$containsi', '$eq', '$eqi', '$in']);
const MAX_SKILLS = 20;

const mentionsSkills = (value: unknown): boolean => {
  if (Array.isArray(value)) return value.some(mentionsSkills);
  if (value && typeof value === 'object') {
    return Object.entries(value).some(([key, nested]) => key === 'skills' || mentionsSkills(nested));
  }
  return false;
};

const asList = (value: unknown): string[] | null => {
  const list = Array.isArray(value) ? value : [value];
  return list.length > 0 && list.every((item) => typeof item === 'string' && item.trim() !== '') ? list.map((item) => (item as string).trim()) : null;
};

/**
 * Takes `filters[skills]` out of a list query (skills are a JSON list Strapi cannot filter) and
 * returns the skills asked for: `filters[skills][$contains]=Python`, `$eq`, `$in[]=…` or a plain
 * value; any of them matches. Anything else about skills is a 400 rather than a server error.
 */
export const extractSkillFilter = (filters: unknown): { rest: Filters | undefined; skills: string[] | null } => {
  if (!filters || typeof filters !== 'object' || Array.isArray(filters)) return { rest: filters as Filters | undefined, skills: null };
  const { skills, ...rest } = filters as Filters;
  if (mentionsSkills(rest)) {
    throw new errors.ValidationError('skills can only be filtered at the top level, e.g. filters[skills][$contains]=Python');
  }
  if (skills === undefined) return { rest: filters as Filters, skills: null };
  let wanted: string[] | null = null;
  if (typeof skills === 'string' || Array.isArray(skills)) {
    wanted = asList(skills);
  } else if (skills && typeof skills === 'object') {
    const entries = Object.entries(skills as Filters);
    if (entries.length === 1 && OPERATORS.has(entries[0][0])) wanted = asList(entries[0][1]);
  }
  if (!wanted || wanted.length > MAX_SKILLS) {
    throw new errors.ValidationError(`filters[skills] takes up to ${MAX_SKILLS} skills: filters[skills][$contains]=Python (or $eq, $in)`);
  }
  return { rest: Object.keys(rest).length > 0 ? rest : undefined, skills: wanted };
};
