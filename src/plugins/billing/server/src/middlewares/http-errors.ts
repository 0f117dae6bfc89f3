import type { Context, Next } from 'koa';

import { BillingHttpError } from '../errors';

/**
 * Billing's 502/503/409 answers in Strapi's error envelope (Strapi's error middleware knows only
 * its own classes and would turn these into 500s).
 */
const httpErrors = () => async (ctx: Context, next: Next) => {
  try {
    await next();
  } catch (error) {
    if (!(error instanceof BillingHttpError)) throw error;
    ctx.status = error.status;
    ctx.body = { data: null, error: { status: error.status, name: error.name, message: error.message, details: error.details } };
  }
};

export default httpErrors;
