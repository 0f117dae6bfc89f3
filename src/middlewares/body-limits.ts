import { errors } from '@strapi/utils';
import type { Context, Next } from 'koa';

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
 * Bodies sent without a Content-Length (chunked) are bounded by the parser's own limit.
 */
const bodyLimits = (config: BodyLimitsConfig) => {
  const limit = parseSize(config.standardLimit);
  if (limit === null) throw new Error(`body-limits: invalid standardLimit "${config.standardLimit}"`);
  const bulkPaths = new Set(config.bulkPaths);

  return async (ctx: Context, next: Next) => {
    const length = Number(ctx.get('content-length') || 0);
    if (length > limit && !bulkPaths.has(ctx.path)) {
      throw new errors.PayloadTooLargeError(`The request body is larger than ${config.standardLimit}`, { limit: config.standardLimit });
    }
    await next();
  };
};

export default bodyLimits;
