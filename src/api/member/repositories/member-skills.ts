import type { Core } from '@strapi/strapi';

const MEMBER_UID = 'api::member.member';

type ModelMeta = { tableName: string; attributes: Record<string, { columnName?: string }> };

/** `LIKE` pattern characters in a skill taken literally. */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

/** How each filter operator on skills reads: which entries of the list count as a match, and whether holding one is wanted. */
const SKILL_MATCHES: Record<string, { pattern: (skill: string) => string; exact: boolean; holds: boolean }> = {
  $eq: { pattern: (skill) => skill, exact: true, holds: true },
  $eqi: { pattern: (skill) => skill, exact: true, holds: true },
  $in: { pattern: (skill) => skill, exact: true, holds: true },
  $ne: { pattern: (skill) => skill, exact: true, holds: false },
  $nei: { pattern: (skill) => skill, exact: true, holds: false },
  $notIn: { pattern: (skill) => skill, exact: true, holds: false },
  $contains: { pattern: (skill) => `%${escapeLike(skill)}%`, exact: false, holds: true },
  $containsi: { pattern: (skill) => `%${escapeLike(skill)}%`, exact: false, holds: true },
  $notContains: { pattern: (skill) => `%${escapeLike(skill)}%`, exact: false, holds: false },
  $notContainsi: { pattern: (skill) => `%${escapeLike(skill)}%`, exact: false, holds: false },
  $startsWith: { pattern: (skill) => `${escapeLike(skill)}%`, exact: false, holds: true },
  $startsWithi: { pattern: (skill) => `${escapeLike(skill)}%`, exact: false, holds: true },
  $endsWith: { pattern: (skill) => `%${escapeLike(skill)}`, exact: false, holds: true },
  $endsWithi: { pattern: (skill) => `%${escapeLike(skill)}`, exact: false, holds: true },
};

/**
 * A filter on skills (a JSON list) as one Strapi can run: `id` in (or not in) the members holding a
 * matching skill, as a subquery. Skills match case-insensitively, as the directory search does;
 * `$contains` matches a part of one skill, `$eq`/`$in` a whole one. `null` for other operators.
 */
export const skillFilterAsIdFilter = (strapi: Core.Strapi, operator: string, skills: string[]): Record<string, unknown> | null => {
  const match = SKILL_MATCHES[operator];
  if (!match) return null;
  const meta = strapi.db.metadata.get(MEMBER_UID) as unknown as ModelMeta;
  const skillsColumn = meta.attributes.skills.columnName ?? 'skills';
  const patterns = skills.map((skill) => match.pattern(skill.trim().toLowerCase()));
  const holders = strapi.db
    .connection(`${meta.tableName} as skill_holder`)
    .select('skill_holder.id')
    .whereRaw(
      `EXISTS (SELECT 1 FROM jsonb_array_elements_text(CASE WHEN jsonb_typeof(skill_holder.??::jsonb) = 'array' THEN skill_holder.??::jsonb ELSE '[]'::jsonb END) AS skill WHERE ${
        match.exact ? 'lower(skill) = ANY(?)' : 'lower(skill) LIKE ANY(?)'
      })`,
      [skillsColumn, skillsColumn, patterns]
    );
  return { id: { [match.holds ? '$in' : '$notIn']: holders } };
};
