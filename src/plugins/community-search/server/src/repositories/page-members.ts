import type { Core } from '@strapi/strapi';

import { INDEX_TABLE } from './schema';
import type { IndexRow } from './search-index';

const MEMBER_UID = 'api::member.member';

type JoinTableMeta = { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string } };
type ModelMeta = { tableName: string; attributes: Record<string, { columnName?: string; joinTable?: JoinTableMeta }> };

/** A page hit: its index row, with the contact details and their visibility from the member record. */
export type PageMemberRow = Pick<
  IndexRow,
  'name' | 'city' | 'state' | 'country' | 'organization' | 'designation' | 'industry' | 'skills' | 'degree' | 'branch' | 'graduationYear' | 'bio'
> & {
  document_id: string;
  annualTurnoverInr: string | number | null;
  phone: string;
  email: string | null;
  contactVisibility: string;
};

/**
 * The members on a result page in one statement: the index rows joined to the member records, so
 * an index row that lags behind a save (hidden, deactivated, moved, deleted) never shows, and the
 * contact details come from the record itself. Member table and column names come from Strapi's
 * metadata, so this follows the content type.
 */
export const createPageMembers = (strapi: Core.Strapi) => ({
  async load(communityId: number, documentIds: string[]): Promise<PageMemberRow[]> {
    if (documentIds.length === 0) return [];
    const meta = strapi.db.metadata.get(MEMBER_UID) as unknown as ModelMeta;
    const column = (attribute: string) => `member.${meta.attributes[attribute]?.columnName ?? attribute}`;
    const link = meta.attributes.community.joinTable as JoinTableMeta;
    return (await strapi.db
      .connection(`${INDEX_TABLE} as hit`)
      .join(`${meta.tableName} as member`, column('documentId'), 'hit.document_id')
      .join(`${link.name} as link`, `link.${link.joinColumn.name}`, 'member.id')
      .select(
        'hit.document_id', 'hit.name', 'hit.city', 'hit.state', 'hit.country', 'hit.organization', 'hit.designation',
        'hit.industry', 'hit.skills', 'hit.degree', 'hit.branch', 'hit.graduation_year as graduationYear',
        'hit.annual_turnover_inr as annualTurnoverInr', 'hit.bio',
        `${column('phone')} as phone`, `${column('email')} as email`, `${column('contactVisibility')} as contactVisibility`
      )
      .whereIn('hit.document_id', documentIds)
      .where(`link.${link.inverseJoinColumn.name}`, communityId)
      .where(column('isActive'), true)
      .where(column('directoryVisible'), true)) as PageMemberRow[];
  },
});
