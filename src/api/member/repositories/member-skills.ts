import type { Core } from '@strapi/strapi';

const MEMBER_UID = 'api::member.member';

type JoinTableMeta = { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string } };
type ModelMeta = { tableName: string; attributes: Record<string, { columnName?: string; joinTable?: JoinTableMeta }> };

/**
 * Skills are a JSON list, which Strapi's filters cannot look inside: this finds the members of a
 * community holding any of the given skills (case-insensitively), for the list route's
 * `filters[skills]`. Table and column names come from Strapi's metadata.
 */
export const createMemberSkills = (strapi: Core.Strapi) => ({
  async documentIdsWithAnySkill(communityId: number, skills: string[]): Promise<string[]> {
    const meta = strapi.db.metadata.get(MEMBER_UID) as unknown as ModelMeta;
    const link = meta.attributes.community.joinTable as JoinTableMeta;
    const skillsColumn = meta.attributes.skills.columnName ?? 'skills';
    const rows = (await strapi.db
      .connection(`${meta.tableName} as m`)
      .join(`${link.name} as l`, `l.${link.joinColumn.name}`, 'm.id')
      .where(`l.${link.inverseJoinColumn.name}`, communityId)
      .whereRaw(
        `EXISTS (SELECT 1 FROM jsonb_array_elements_text(CASE WHEN jsonb_typeof(m.??::jsonb) = 'array' THEN m.??::jsonb ELSE '[]'::jsonb END) AS skill WHERE lower(skill) = ANY(?))`,
        [skillsColumn, skillsColumn, skills.map((skill) => skill.toLowerCase())]
      )
      .distinct('m.document_id')) as Array<{ document_id: string }>;
    return rows.map((row) => row.document_id);
  },
});
