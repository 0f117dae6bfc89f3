import type { Context, Next } from 'koa';

import { getAppService } from '../lib/services';
import { getTenant } from '../lib/tenant-context';

/**
 * Route middleware for search routes (after authentication and the tenancy policy): each member
 * gets `searchPerHour` searches; API tokens are integrations and are only held to the IP limit.
 */
const memberSearchLimit = () => {
  return async (ctx: Context, next: Next) => {
    const tenant = getTenant(ctx);
    if (tenant.access === 'member' && tenant.memberDocumentId) {
      const userId = (ctx.state.user as { id?: number } | undefined)?.id;
      // Counted per account, so a member in several communities shares one allowance.
      await getAppService('api::access.rate-limits').enforce('search', `user:${userId ?? tenant.memberDocumentId}`, ctx);
    }
    await next();
  };
};

export default memberSearchLimit;
