import { ForbiddenError, sendErrorResponse } from '@community-connect/kit';
import type { Context, Next } from 'koa';

import { SUPER_ADMIN_ROLE_CODE } from '../lib/admin-rbac/constants';

/**
 * Strapi's homepage statistics count the whole platform (every entry, admin and API token), not
 * what the caller's permission conditions let them see, and any signed-in admin may ask for them.
 * For anyone but a super admin they are other communities' numbers: refused with 403. The route's
 * own authentication runs inside `next()`, so the caller is only known after it.
 */
export const PLATFORM_WIDE_PATHS = new Set(['/admin/homepage/key-statistics', '/content-manager/homepage/count-documents']);

type AdminUser = { roles?: Array<{ code?: string }> };

const platformWideStats = () => async (ctx: Context, next: Next) => {
  await next();
  if (ctx.method !== 'GET' || !PLATFORM_WIDE_PATHS.has(ctx.path) || ctx.status !== 200) return;
  const user = ctx.state.user as AdminUser | undefined;
  if (user?.roles?.some((role) => role.code === SUPER_ADMIN_ROLE_CODE)) return;
  sendErrorResponse(ctx, new ForbiddenError('Platform-wide statistics are for super admins only'));
};

export default platformWideStats;
