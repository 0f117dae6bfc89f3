import { AppError, sendErrorResponse } from '@community-connect/kit';
import type { Context, Next } from 'koa';

import { isServiceUnavailableError, RETRY_AFTER_SECONDS, unavailableServiceOf } from '../lib/ops/service-unavailable';

/**
 * Just inside strapi::errors: a request that failed only because PostgreSQL or Redis was unreachable
 * gets 503 with Retry-After in Strapi's envelope instead of a bare 500, so clients and load
 * balancers know to retry. Sentry (global::error-tracking, further in) still sees the original.
 */
const serviceUnavailable = () => {
  return async (ctx: Context, next: Next) => {
    try {
      await next();
    } catch (error) {
      if (!isServiceUnavailableError(error)) throw error;
      const service = unavailableServiceOf(error as Error);
      strapi.log.warn(`${ctx.method} ${ctx.path}: ${service} unreachable (${(error as Error & { code?: string }).code ?? (error as Error).name})`);
      ctx.set('Retry-After', String(RETRY_AFTER_SECONDS));
      sendErrorResponse(ctx, new AppError('SERVICE_UNAVAILABLE', 'The service is temporarily unavailable. Please try again in a few seconds.'));
    }
  };
};

export default serviceUnavailable;
