import type { Core } from '@strapi/strapi';

import { communitiesOfAdmin } from './communities-of';
import { SUPER_ADMIN_ROLE_CODE } from './constants';

/** Strapi's auth strategies that act as an admin user: a panel session, or an admin token's owner. */
const ADMIN_STRATEGIES = new Set(['admin', 'admin-token']);

type AdminState = {
  auth?: { strategy?: { name?: string } };
  user?: { id?: number; roles?: Array<{ code?: string }> };
};

/** An admin held to their communities, with the ids of those communities. */
export type ScopedAdmin = { id: number; communityIds: Set<number> };

const rolesOf = async (strapi: Core.Strapi, user: NonNullable<AdminState['user']>) => {
  if (Array.isArray(user.roles)) return user.roles;
  const row = (await strapi.db.query('admin::user').findOne({ where: { id: user.id }, populate: ['roles'] })) as {
    roles?: Array<{ code?: string }>;
  } | null;
  return row?.roles ?? [];
};

/**
 * The admin behind the current request when they are not a super admin, or `null` (no request,
 * a member, an API token, a super admin). Code running outside a request is trusted: only
 * admin-panel requests are scoped here.
 */
export const scopedAdminOfRequest = async (strapi: Core.Strapi): Promise<ScopedAdmin | null> => {
  const state = strapi.requestContext.get()?.state as AdminState | undefined;
  const strategy = state?.auth?.strategy?.name;
  const user = state?.user;
  if (!strategy || !ADMIN_STRATEGIES.has(strategy) || typeof user?.id !== 'number') return null;
  const roles = await rolesOf(strapi, user);
  if (roles.some((role) => role.code === SUPER_ADMIN_ROLE_CODE)) return null;
  return { id: user.id, communityIds: new Set(await communitiesOfAdmin(strapi, user.id)) };
};
