import type { Context, Next } from 'koa';

import { getAppService } from '../lib/services';
import { getTenant } from '../lib/tenant-context';

/**
 * Route middleware for search routes (after the tenancy policy): each search counts against the
 * community's monthly allowance, and a member's also against their share of it, atomically; it is
 * refused with 429 QuotaExceeded beyond either. A search the handler rejects (e.g. invalid input)
 * gives its unit back.
 */
const searchQuota = () => {
  return async (ctx: Context, next: Next) => {
    const quotas = getAppService('api::community.quotas');
    const tenant = getTenant(ctx);
    const community = { id: tenant.community.id };
    const requester = tenant.access === 'member' && tenant.memberDocumentId ? { memberDocumentId: tenant.memberDocumentId } : undefined;
    await quotas.consumeSearch(community, requester);
    try {
      await next();
    } catch (error) {
      await quotas.refundSearch(community, requester);
      throw error;
    }
  };
};

export default searchQuota;
