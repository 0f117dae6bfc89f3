import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import type { Tenant } from '../../community/services/tenancy';
import type { MemberPatch } from '../../../lib/member-input';
import type { MemberSelection } from '../validation/bulk';
import { isServiceUnavailableError } from '../../../lib/ops/service-unavailable';

const MEMBER_UID = 'api::member.member';
const MAX_BULK = 10_000;

/** One member a bulk action could not change: a message for people, and the fields at fault when known. */
export type BulkMemberError = { id: string; status: number; name: string; message: string; fields?: Array<{ path: string[]; message: string }> };

export type BulkResult = { matched: number; changed: number; notFound: string[]; errors: BulkMemberError[] };

/** Errors whose message is written for the API's users (the member rules, quotas, policies). */
const PEOPLE_ERRORS = new Map<string, number>([
  ['ValidationError', 400],
  ['ApplicationError', 400],
  ['ForbiddenError', 403],
  ['PolicyError', 403],
  ['NotFoundError', 404],
  ['QuotaExceeded', 403],
]);

const INTERNAL_MESSAGE = 'This member could not be changed because of an internal error; they were left as they were';

type DetailedError = Error & { details?: { errors?: Array<{ path?: unknown; message?: unknown }> } };

/**
 * What a caller may read about one member's failure: the app's own field messages for rule
 * violations, a generic message for anything else (a driver's text can hold SQL, values or hosts).
 */
export const toBulkMemberError = (documentId: string, error: unknown): BulkMemberError => {
  const status = error instanceof Error ? PEOPLE_ERRORS.get(error.name) : undefined;
  if (status === undefined) return { id: documentId, status: 500, name: 'InternalError', message: INTERNAL_MESSAGE };
  const known = error as DetailedError;
  const fields = (known.details?.errors ?? [])
    .filter((entry) => Array.isArray(entry.path) && typeof entry.message === 'string')
    .map((entry) => ({ path: (entry.path as unknown[]).map(String), message: entry.message as string }));
  return {
    id: documentId,
    status,
    name: known.name,
    message: known.message,
    ...(fields.length > 0 ? { fields } : {}),
  };
};

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
        // An outage is the whole request's (503, try again), not this member's.
        if (isServiceUnavailableError(error)) throw error;
        const reported = toBulkMemberError(documentId, error);
        if (reported.status === 500) strapi.log.error(`members bulk action: member ${documentId} not changed: ${(error as Error)?.stack ?? String(error)}`);
        errors.push(reported);
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
