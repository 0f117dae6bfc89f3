import { errors } from '@strapi/utils';
import type { Context, Next } from 'koa';

import { captureRequestError, errorTrackingActive } from '../lib/ops/error-tracking';
import { describeActor, routeTemplate } from '../lib/ops/request-actor';

/** Client errors (validation, auth, not found, 4xx HTTP errors) are answers, not faults: not reported. */
const isServerFault = (error: unknown): boolean => {
  if (error instanceof errors.ApplicationError) return false;
  const status = (error as { status?: unknown; statusCode?: unknown } | null)?.status ?? (error as { statusCode?: unknown } | null)?.statusCode;
  return !(typeof status === 'number' && status < 500);
};

/**
 * Sits just inside strapi::errors: sees every error a route throws before it becomes a 500
 * response, and reports the faults to Sentry (when SENTRY_DSN is set) with the request's id,
 * route, method and actor ids. strapi::errors still answers and logs as before.
 */
const errorTracking = () => {
  return async (ctx: Context, next: Next) => {
    try {
      await next();
    } catch (error) {
      if (errorTrackingActive() && isServerFault(error)) {
        captureRequestError(error, {
          requestId: typeof ctx.state.requestId === 'string' ? ctx.state.requestId : undefined,
          method: ctx.method,
          route: routeTemplate(ctx),
          path: ctx.path,
          origin: ctx.origin,
          userAgent: ctx.get('User-Agent') || undefined,
          actor: describeActor(ctx.state),
        });
      }
      throw error;
    }
  };
};

export default errorTracking;
