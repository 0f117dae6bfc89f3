import { Stream } from 'node:stream';

import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';

import { observeHttpRequest } from '../lib/ops/metrics';
import { describeActor, routeTemplate } from '../lib/ops/request-actor';
import { chooseRequestId, runWithRequestContext } from '../lib/ops/request-context';

type RequestContextConfig = {
  /** Probes and scrapes: their access lines are written at debug level so they do not drown the log. */
  quietPaths?: string[];
};

const DEFAULT_QUIET_PATHS = ['/health', '/healthz', '/ready', '/metrics', '/_health'];

/**
 * First middleware of every request: gives it a request id (the caller's sane `X-Request-Id`, else
 * a new one, echoed in the response), runs the rest of the request inside that context so every
 * log line carries the id, then writes one access line and records the request's duration.
 */
const requestContext = (config: RequestContextConfig = {}, { strapi }: { strapi: Core.Strapi }) => {
  const quietPaths = new Set(config.quietPaths ?? DEFAULT_QUIET_PATHS);

  return async (ctx: Context, next: Next) => {
    const requestId = chooseRequestId(ctx.get('X-Request-Id') || undefined);
    ctx.state.requestId = requestId;
    ctx.set('X-Request-Id', requestId);
    const started = performance.now();
    const actor = () => describeActor(ctx.state);

    const finish = (status: number) => {
      const durationMs = Math.round((performance.now() - started) * 10) / 10;
      const route = routeTemplate(ctx);
      observeHttpRequest({ method: ctx.method, route, status, durationMs });
      const level = quietPaths.has(ctx.path) ? 'debug' : status >= 500 ? 'warn' : 'info';
      strapi.log.log(level, `${ctx.method} ${route} ${status} ${durationMs} ms`, {
        type: 'access',
        requestId,
        ...actor(),
        method: ctx.method,
        route,
        path: ctx.path,
        status,
        durationMs,
      });
    };

    await runWithRequestContext({ requestId, actor }, async () => {
      try {
        await next();
      } catch (error) {
        // Only reached when something throws outside strapi::errors; Koa will answer 500.
        finish(500);
        throw error;
      }
      if (ctx.body instanceof Stream) {
        // Streamed bodies (exports) take their time after the middleware chain returns.
        ctx.res.once('close', () => finish(ctx.status));
      } else {
        finish(ctx.status);
      }
    });
  };
};

export default requestContext;
