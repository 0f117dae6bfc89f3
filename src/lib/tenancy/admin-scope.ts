import type { AdminScope, HostAdminUser } from '@community-connect/kit';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { communitiesOfAdmin } from '../admin-rbac/communities-of';
import { SUPER_ADMIN_ROLE_CODE } from '../admin-rbac/constants';

export type { AdminScope, HostAdminUser as AdminUserRef };

type Role = { code?: string };

/** The user's roles: the admin session carries them; an admin token's owner may not, so they are read. */
const rolesOf = async (strapi: Core.Strapi, user: { id: number; roles?: Role[] }): Promise<Role[]> => {
  if (Array.isArray(user.roles)) return user.roles;
  const row = (await strapi.db.query('admin::user').findOne({ where: { id: user.id }, populate: ['roles'] })) as { roles?: Role[] } | null;
  return row?.roles ?? [];
};

/**
 * Which communities an admin-panel user manages: every one for a super admin (`communityIds`
 * null), otherwise those whose `admins` relation holds them (none: empty answers, never another
 * community's data). The one place this is decided, for the app and (through the host port) its plugins.
 */
export const adminScopeOf = async (strapi: Core.Strapi, user: HostAdminUser | undefined): Promise<AdminScope> => {
  if (typeof user?.id !== 'number') throw new errors.UnauthorizedError('Log in to the admin panel');
  const roles = await rolesOf(strapi, { id: user.id, roles: user.roles });
  if (roles.some((role) => role.code === SUPER_ADMIN_ROLE_CODE)) return { adminId: user.id, isSuperAdmin: true, communityIds: null };
  return { adminId: user.id, isSuperAdmin: false, communityIds: await communitiesOfAdmin(strapi, user.id) };
};
