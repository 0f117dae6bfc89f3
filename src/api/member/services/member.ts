import { ForbiddenError } from '@community-connect/kit';
import { factories } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import type { Tenant } from '../../community/services/tenancy';
import type { MemberInput, MemberPatch, MemberSelfPatch } from '../../../lib/member-input';
import { visibilityFilters } from '../../../lib/member-visibility';

const MEMBER_UID = 'api::member.member';

/** Members are always returned with their community's name and slug, never with other relations. */
const COMMUNITY_POPULATE = { community: { fields: ['name', 'slug'] } };

type Query = Record<string, unknown> & { filters?: unknown };

const scopedFilters = (tenant: Tenant, filters: unknown) => {
  const scope = visibilityFilters(tenant);
  return filters && typeof filters === 'object' && Object.keys(filters).length > 0
    ? { $and: [filters, scope] }
    : scope;
};

const memberService = factories.createCoreService(MEMBER_UID, ({ strapi }) => ({
  /** The members the caller may see in the tenant community, with the client's filters, sort and paging. */
  async listInCommunity(tenant: Tenant, query: Query) {
    // The document service checks the filters (and rewrites skills ones): src/lib/member-filter-rules.ts.
    return super.find({
      ...query,
      filters: scopedFilters(tenant, query.filters),
      populate: COMMUNITY_POPULATE,
    });
  },

  async findInCommunity(tenant: Tenant, documentId: string, query: Query = {}) {
    const member = await strapi.documents(MEMBER_UID).findFirst({
      ...query,
      filters: { ...visibilityFilters(tenant), documentId },
      populate: COMMUNITY_POPULATE,
    });
    // Members of other communities are indistinguishable from members that do not exist.
    if (!member) throw new errors.NotFoundError('Member not found');
    return member;
  },

  async createInCommunity(tenant: Tenant, data: MemberInput) {
    return strapi.documents(MEMBER_UID).create({
      data: { ...data, community: tenant.community.documentId },
      populate: COMMUNITY_POPULATE,
    } as never);
  },

  async updateInCommunity(tenant: Tenant, documentId: string, data: MemberPatch) {
    await this.findInCommunity(tenant, documentId);
    return strapi.documents(MEMBER_UID).update({
      documentId,
      data,
      populate: COMMUNITY_POPULATE,
    } as never);
  },

  /** Deleting through the API is a soft delete: the member leaves the directory, the record stays. */
  async deactivateInCommunity(tenant: Tenant, documentId: string) {
    return this.updateInCommunity(tenant, documentId, { isActive: false });
  },

  async findOwn(tenant: Tenant) {
    if (tenant.access !== 'member' || !tenant.memberDocumentId) {
      throw new ForbiddenError('Only a logged-in member has an own profile');
    }
    return this.findInCommunity(tenant, tenant.memberDocumentId);
  },

  /** A member's change to their own profile; the tenancy layer has already proved whose it is. */
  async updateOwn(tenant: Tenant, data: MemberSelfPatch) {
    const own = await this.findOwn(tenant);
    return strapi.documents(MEMBER_UID).update({
      documentId: own.documentId,
      data,
      populate: COMMUNITY_POPULATE,
    } as never);
  },
}));

export type MemberService = ReturnType<typeof memberService>;

export default memberService;
