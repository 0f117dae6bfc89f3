import { ForbiddenError, type AdminScope, type HostAdminUser } from '@community-connect/kit';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { hostOf } from '../utils/host';

export type { AdminScope };

const COMMUNITY_UID = 'api::community.community';

export type AdminCommunity = {
  id: number;
  documentId: string;
  name: string;
  slug: string;
  plan: string;
  accountStatus: string;
  isActive: boolean;
};

const COMMUNITY_FIELDS = ['id', 'documentId', 'name', 'slug', 'plan', 'accountStatus', 'isActive'];

/**
 * Who is asking in an admin-panel request, and which communities they may see, as the app
 * decides it: a super admin every community (`communityIds` null), anyone else the communities
 * whose `admins` relation holds them (none: empty answers, never another community's data).
 */
export const adminScopeOf = (strapi: Core.Strapi, ctx: { state: Record<string, unknown> }): Promise<AdminScope> =>
  hostOf(strapi).tenancy.adminScope(ctx.state.user as HostAdminUser | undefined);

/** The communities in scope, by name; `limit` keeps a super admin's list bounded. */
export const communitiesInScope = async (strapi: Core.Strapi, scope: AdminScope, limit = 500): Promise<AdminCommunity[]> => {
  if (scope.communityIds !== null && scope.communityIds.length === 0) return [];
  return (await strapi.db.query(COMMUNITY_UID).findMany({
    select: COMMUNITY_FIELDS,
    where: scope.communityIds === null ? {} : { id: { $in: scope.communityIds } },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    limit,
  })) as AdminCommunity[];
};

export const countCommunitiesInScope = async (strapi: Core.Strapi, scope: AdminScope): Promise<number> =>
  scope.communityIds === null ? strapi.db.query(COMMUNITY_UID).count({}) : scope.communityIds.length;

/**
 * One community the admin asked for by id. Another admin's community answers exactly like one
 * that does not exist, so ids reveal nothing about other tenants.
 */
export const communityInScope = async (strapi: Core.Strapi, scope: AdminScope, communityId: number): Promise<AdminCommunity> => {
  const allowed = scope.communityIds === null || scope.communityIds.includes(communityId);
  const row = allowed
    ? ((await strapi.db.query(COMMUNITY_UID).findOne({ select: COMMUNITY_FIELDS, where: { id: communityId } })) as AdminCommunity | null)
    : null;
  if (!row) throw new errors.NotFoundError('Community not found among the communities you manage');
  return row;
};

/**
 * The communities an aggregate covers: the one asked for (checked), else every community in
 * scope (null for a super admin: no filter).
 */
export const communityFilter = async (
  strapi: Core.Strapi,
  scope: AdminScope,
  communityId: number | undefined
): Promise<number[] | null> => {
  if (communityId !== undefined) return [(await communityInScope(strapi, scope, communityId)).id];
  return scope.communityIds;
};

export const assertSuperAdmin = (scope: AdminScope, what: string) => {
  if (!scope.isSuperAdmin) throw new ForbiddenError(`Only a super admin can ${what}`);
};
