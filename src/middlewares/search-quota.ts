import type { Context, Next } from 'koa';

import { getAppService } from '../lib/services';
import { getTenant } from '../lib/tenant-context';

/**
 * Route middleware for search routes (after the tenancy policy): each search counts against the
 * community's monthly allowance, atomically, and is refused with 429 QuotaExceeded beyond it.
 * A search the handler rejects (e.g. invalid input) gives its unit back.
 */
const searchQuota = () => {
  return async (ctx: Context, next: Next) => {
    const quotas = getAppService('api::community.quotas');
    const { community } = getTenant(ctx);
    await quotas.consumeSearch({ id: community.id });
    try {
      await next();
    } catch (error) {
      await quotas.refundSearch({ id: community.id });
      throw error;
    }
  };
};

export default searchQuota;
