import { AppError, sendErrorResponse } from '@community-connect/kit';
import { errors } from '@strapi/utils';
import type { Context, Next } from 'koa';

import { routerMatchPath } from '../lib/rate-limit/request-path';

const UNITS: Record<string, number> = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

/** `"1mb"`, `"512kb"` or a number of bytes. */
export const parseSize = (value: string | number): number | null => {
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? value : null;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?\s*$/i.exec(value);
  return match ? Math.floor(Number(match[1]) * UNITS[(match[2] ?? 'b').toLowerCase()]) : null;
};

type BodyLimitsConfig = { standardLimit: string; bulkPaths: string[] };

/**
 * Two sizes of request body: `strapi::body` is configured for the largest (member imports of
 * 10,000+ rows), and every other route is held to `standardLimit` here, before anything is read.
 * Outside the bulk routes a body must declare its length (411 otherwise): a chunked body could
 * not be held to the smaller limit before the parser had read up to the larger one.
 */
const bodyLimits = (config: BodyLimitsConfig) => {
  const limit = parseSize(config.standardLimit);
  if (limit === null) throw new Error(`body-limits: invalid standardLimit "${config.standardLimit}"`);
  const bulkPaths = new Set(config.bulkPaths);

  return async (ctx: Context, next: Next) => {
    // Compared as the router matches (any letter case), so a bulk route is a bulk route however spelt.
    if (!bulkPaths.has(routerMatchPath(ctx.path))) {
      const declared = ctx.get('content-length');
      if (declared === '' && ctx.get('transfer-encoding') !== '') {
        sendErrorResponse(ctx, new AppError('LENGTH_REQUIRED', 'Send the request body with a Content-Length header'));
        return;
      }
      if (Number(declared || 0) > limit) {
        throw new errors.PayloadTooLargeError(`The request body is larger than ${config.standardLimit}`, { limit: config.standardLimit });
      }
    }
    await next();
  };
};

export default bodyLimits;
