import { AppError, sendErrorResponse } from '@community-connect/kit';
import type { Context, Next } from 'koa';

/**
 * Billing's 502/503/409 answers (the kit's AppErrors) in Strapi's error envelope: Strapi's error
 * middleware knows only its own classes and would turn these into 500s.
 */
const httpErrors = () => async (ctx: Context, next: Next) => {
  try {
    await next();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    sendErrorResponse(ctx, error);
  }
};

export default httpErrors;
