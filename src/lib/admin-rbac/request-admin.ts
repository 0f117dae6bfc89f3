import type { Core } from '@strapi/strapi';

import { adminScopeOf } from '../tenancy/admin-scope';

/** Strapi's auth strategies that act as an admin user: a panel session, or an admin token's owner. */
const ADMIN_STRATEGIES = new Set(['admin', 'admin-token']);

type AdminState = {
  auth?: { strategy?: { name?: string } };
  user?: { id?: number; roles?: Array<{ code?: string }> };
};

/** An admin held to their communities, with the ids of those communities. */
export type ScopedAdmin = { id: number; communityIds: Set<number> };

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
  const scope = await adminScopeOf(strapi, user);
  return scope.communityIds === null ? null : { id: scope.adminId, communityIds: new Set(scope.communityIds) };
};
