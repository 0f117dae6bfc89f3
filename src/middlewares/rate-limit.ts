import type { Context, Next } from 'koa';

import { getAppService } from '../lib/services';

const CONTENT_API_PREFIX = '/api/';

/**
 * The per-IP limit on the content API (`/api/...`). The admin panel's own routes are not counted,
 * and signed webhooks are exempt: their callers share a few IPs and prove themselves by signature.
 */
const rateLimitMiddleware = () => {
  return async (ctx: Context, next: Next) => {
    const rateLimits = getAppService('api::access.rate-limits');
    const { enabled, exemptPaths } = rateLimits.settings();
    if (enabled && ctx.path.startsWith(CONTENT_API_PREFIX) && !exemptPaths.includes(ctx.path)) {
      await rateLimits.enforce('global', ctx.request.ip, ctx);
    }
    await next();
  };
};

export default rateLimitMiddleware;
