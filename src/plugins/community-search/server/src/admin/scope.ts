import { ForbiddenError } from '@community-connect/kit';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

const COMMUNITY_UID = 'api::community.community';
/** Strapi's own code for the role that bypasses every condition. */
const SUPER_ADMIN_ROLE_CODE = 'strapi-super-admin';

export type AdminCommunity = {
  id: number;
  documentId: string;
  name: string;
  slug: string;
  plan: string;
  accountStatus: string;
  isActive: boolean;
};

/**
 * Who is asking in an admin-panel request, and which communities they may see: a super admin
 * every community, anyone else the communities whose `admins` relation holds them (none: empty
 * answers, never another community's data).
 */
export type AdminScope = {
  adminId: number;
  isSuperAdmin: boolean;
  /** null: every community (super admins). */
  communityIds: number[] | null;
};

type AdminState = { user?: { id?: number; roles?: Array<{ code?: string }> } };

const COMMUNITY_FIELDS = ['id', 'documentId', 'name', 'slug', 'plan', 'accountStatus', 'isActive'];

const rolesOf = async (strapi: Core.Strapi, user: NonNullable<AdminState['user']>) => {
  if (Array.isArray(user.roles)) return user.roles;
  const row = (await strapi.db.query('admin::user').findOne({ where: { id: user.id }, populate: ['roles'] })) as {
    roles?: Array<{ code?: string }>;
  } | null;
  return row?.roles ?? [];
};

export const adminScopeOf = async (strapi: Core.Strapi, ctx: { state: Record<string, unknown> }): Promise<AdminScope> => {
  const user = (ctx.state as AdminState).user;
  if (typeof user?.id !== 'number') throw new errors.UnauthorizedError('Log in to the admin panel');
  const roles = await rolesOf(strapi, user);
  if (roles.some((role) => role.code === SUPER_ADMIN_ROLE_CODE)) {
    return { adminId: user.id, isSuperAdmin: true, communityIds: null };
  }
  const rows = (await strapi.db.query(COMMUNITY_UID).findMany({
    select: ['id'],
    where: { admins: { id: user.id } },
    orderBy: { id: 'asc' },
  })) as Array<{ id: number }>;
  return { adminId: user.id, isSuperAdmin: false, communityIds: rows.map((row) => row.id) };
};

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
