import type { Context, Next } from 'koa';

import { clientAddressKey } from '../lib/rate-limit/client-address';
import { noteForwardedRequest } from '../lib/rate-limit/proxy-trust';
import { isContentApiPath, routerMatchPath } from '../lib/rate-limit/request-path';
import { getAppService } from '../lib/services';

/**
 * The per-IP limit on the content API (`/api/...` in any spelling: the router matches paths
 * case-insensitively). The admin panel's own routes are not counted, and signed webhooks are
 * exempt: their callers share a few IPs and prove themselves by signature.
 */
const rateLimitMiddleware = () => {
  return async (ctx: Context, next: Next) => {
    noteForwardedRequest(ctx, strapi.log);
    const rateLimits = getAppService('api::access.rate-limits');
    const { enabled, exemptPaths } = rateLimits.settings();
    if (enabled && isContentApiPath(ctx.path) && !exemptPaths.includes(routerMatchPath(ctx.path))) {
      await rateLimits.enforce('global', clientAddressKey(ctx.request.ip), ctx);
    }
    await next();
  };
};

export default rateLimitMiddleware;
