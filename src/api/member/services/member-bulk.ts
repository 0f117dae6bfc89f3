import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import type { Tenant } from '../../community/services/tenancy';
import type { MemberPatch } from '../../../lib/member-input';
import type { MemberSelection } from '../validation/bulk';

const MEMBER_UID = 'api::member.member';
const MAX_BULK = 10_000;

export type BulkResult = { matched: number; changed: number; notFound: string[]; errors: Array<{ id: string; message: string }> };

/** Changes or soft-deletes many members of one community, each through the document service. */
const memberBulkService = ({ strapi }: { strapi: Core.Strapi }) => {
  const resolve = async (tenant: Tenant, selection: MemberSelection): Promise<{ documentIds: string[]; notFound: string[] }> => {
    const inCommunity = { community: { id: tenant.community.id } };
    if (selection.ids) {
      const rows = (await strapi.db.query(MEMBER_UID).findMany({
        select: ['documentId'],
        where: { ...inCommunity, documentId: { $in: selection.ids } },
      })) as Array<{ documentId: string }>;
      const found = new Set(rows.map((row) => row.documentId));
      // Ids of other communities' members are reported as not found, like ids that do not exist.
      return { documentIds: [...found], notFound: selection.ids.filter((id) => !found.has(id)) };
    }
    const filter = selection.filter ?? {};
    const rows = (await strapi.db.query(MEMBER_UID).findMany({
      select: ['documentId', 'skills'],
      where: {
        ...inCommunity,
        ...(filter.city ? { city: { $eqi: filter.city } } : {}),
        ...(filter.industry ? { industry: { $eqi: filter.industry } } : {}),
        ...(filter.graduationYear !== undefined ? { graduationYear: filter.graduationYear } : {}),
        ...(filter.isActive !== undefined ? { isActive: filter.isActive } : {}),
      },
    })) as Array<{ documentId: string; skills: string[] | null }>;
    const skill = filter.skill?.toLowerCase();
    const matching = skill ? rows.filter((row) => (row.skills ?? []).some((value) => value.toLowerCase() === skill)) : rows;
    if (matching.length > MAX_BULK) {
      throw new errors.ValidationError(`The filter matches ${matching.length} members; bulk actions take at most ${MAX_BULK} at a time`);
    }
    return { documentIds: matching.map((row) => row.documentId), notFound: [] };
  };

  const applyEach = async (documentIds: string[], data: Record<string, unknown>) => {
    const errors: BulkResult['errors'] = [];
    let changed = 0;
    for (const documentId of documentIds) {
      try {
        await strapi.documents(MEMBER_UID).update({ documentId, data } as never);
        changed += 1;
      } catch (error) {
        errors.push({ id: documentId, message: (error as Error).message });
      }
    }
    return { changed, errors };
  };

  return {
    async update(tenant: Tenant, selection: MemberSelection, data: Omit<MemberPatch, 'phone'>): Promise<BulkResult> {
      const { documentIds, notFound } = await resolve(tenant, selection);
      return { matched: documentIds.length, notFound, ...(await applyEach(documentIds, data)) };
    },

    /** Soft delete: the members leave the directory, their records stay. */
    async deactivate(tenant: Tenant, selection: MemberSelection): Promise<BulkResult> {
      const { documentIds, notFound } = await resolve(tenant, selection);
      return { matched: documentIds.length, notFound, ...(await applyEach(documentIds, { isActive: false })) };
    },
  };
};

export type MemberBulkService = ReturnType<typeof memberBulkService>;

export default memberBulkService;
