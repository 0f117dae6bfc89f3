import type { Core } from '@strapi/strapi';
import type { Context, Middleware, Next } from 'koa';

import { routerMatchPath } from '../lib/rate-limit/request-path';
import { parseSize } from './body-limits';

/**
 * A deferred import body. `restoreContentType` gives the request its real type back (hidden from
 * `strapi::body`); `parseWith` does that, runs Strapi's body parser on the request, then `handle`;
 * `maxTextBytes` is the parser's limit for a text body, for readers that stream one themselves.
 */
export type DeferredBody = {
  restoreContentType(): void;
  parseWith(handle: () => Promise<void>): Promise<void>;
  maxTextBytes: number;
};

type DeferredImportBodyConfig = { paths: string[] };
type MiddlewareEntry = string | { name?: string; config?: Record<string, unknown> };
type MiddlewareFactory = (options: Record<string, unknown>, context: { strapi: Core.Strapi }) => Middleware;

const DEFERRED_BODY = 'deferredImportBody';
/** koa-body's own default for text bodies. */
const DEFAULT_TEXT_LIMIT = '56kb';
/** A type no parser reads: `strapi::body` passes the request on with its body untouched. */
const UNREAD_TYPE = 'application/x-community-connect-unread';

/** The deferred body of a request on a deferred path, or undefined (its body was parsed as usual). */
export const deferredBodyOf = (ctx: Context): DeferredBody | undefined =>
  (ctx.state as Record<string, unknown>)[DEFERRED_BODY] as DeferredBody | undefined;

/**
 * Keeps `strapi::body` (listed right after this) from reading the body of a member import: the
 * controller reads it only once the caller is authenticated and holds the community's import
 * lock and an import slot. Read up front, every one of several 25 MB uploads would be received and
 * parsed before anything could refuse it. The body is then parsed by `strapi::body` itself, with
 * its configured limits, when the controller asks. Strapi insists that `strapi::body` is listed,
 * so its content type is hidden from it here rather than the middleware left out.
 */
const deferredImportBody = (config: DeferredImportBodyConfig, { strapi }: { strapi: Core.Strapi }) => {
  const paths = new Set(config.paths);
  const entries = strapi.config.get('middlewares') as MiddlewareEntry[];
  const bodyEntry = entries.find((entry) => (typeof entry === 'string' ? entry : entry.name) === 'strapi::body');
  const bodyConfig = typeof bodyEntry === 'object' ? (bodyEntry.config ?? {}) : {};
  const parseBody = (strapi.middleware('strapi::body') as unknown as MiddlewareFactory)(bodyConfig, { strapi });
  const maxTextBytes = parseSize((bodyConfig.textLimit as string | number | undefined) ?? DEFAULT_TEXT_LIMIT);
  if (maxTextBytes === null) throw new Error(`deferred-import-body: invalid strapi::body textLimit "${String(bodyConfig.textLimit)}"`);

  return async (ctx: Context, next: Next) => {
    // Compared as the router matches (any letter case, one trailing slash), so no spelling of an
    // import route has its body read before the lock.
    if (ctx.method !== 'POST' || !paths.has(routerMatchPath(ctx.path))) return next();
    const contentType = ctx.req.headers['content-type'];
    ctx.req.headers['content-type'] = UNREAD_TYPE;
    const deferredBody: DeferredBody = {
      restoreContentType() {
        if (contentType === undefined) delete ctx.req.headers['content-type'];
        else ctx.req.headers['content-type'] = contentType;
      },
      parseWith(handle) {
        this.restoreContentType();
        return parseBody(ctx, handle) as Promise<void>;
      },
      maxTextBytes,
    };
    (ctx.state as Record<string, unknown>)[DEFERRED_BODY] = deferredBody;
    return next();
  };
};

export default deferredImportBody;
