import { errors } from '@strapi/utils';
import type { z } from 'zod';

import { AppError } from './app-error';
import { ERROR_CATALOGUE } from './catalogue';
import { issuesValidationError } from './validation';

/** Strapi's error envelope, as its error middleware writes it. */
export type ErrorBody = { data: null; error: { status: number; name: string; message: string; details: unknown } };
export type ErrorResponse = { status: number; body: ErrorBody };

type ErrorClass = abstract new (...args: never[]) => Error;

/** Strapi's classes with the status its error middleware gives them (most specific first; others are 400). */
const STRAPI_STATUSES: ReadonlyArray<readonly [ErrorClass, number]> = [
  [errors.UnauthorizedError, ERROR_CATALOGUE.UNAUTHORIZED.status],
  [errors.ForbiddenError, ERROR_CATALOGUE.FORBIDDEN.status],
  [errors.NotFoundError, ERROR_CATALOGUE.NOT_FOUND.status],
  [errors.PayloadTooLargeError, ERROR_CATALOGUE.PAYLOAD_TOO_LARGE.status],
  [errors.RateLimitError, ERROR_CATALOGUE.RATE_LIMITED.status],
  [errors.NotImplementedError, ERROR_CATALOGUE.NOT_IMPLEMENTED.status],
];

/** A zod failure that escaped its parser (zod is not loaded here: known by its shape). */
const isZodError = (error: unknown): error is z.ZodError =>
  error instanceof Error && error.name === 'ZodError' && Array.isArray((error as { issues?: unknown }).issues);

const envelope = (status: number, name: string, message: string, details: unknown): ErrorResponse => ({
  status,
  body: { data: null, error: { status, name, message, details } },
});

/**
 * The one place an error becomes Strapi's envelope `{ data: null, error: { status, name, message,
 * details } }`: the kit's AppErrors by their catalogue entry, Strapi's own errors (ForbiddenError,
 * ValidationError, quotas…) with the status Strapi gives them, a stray zod failure as a 400. Anything
 * else is null: an internal error, left to Strapi (500 with nothing of its text).
 */
export const toErrorResponse = (error: unknown): ErrorResponse | null => {
  if (error instanceof AppError) return envelope(error.status, error.name, error.message, error.details);
  if (error instanceof errors.ApplicationError) {
    const status = STRAPI_STATUSES.find(([errorClass]) => error instanceof errorClass)?.[1] ?? ERROR_CATALOGUE.VALIDATION.status;
    return envelope(status, error.name, error.message, error.details);
  }
  if (isZodError(error)) return toErrorResponse(issuesValidationError(error));
  return null;
};

/** Answers the request with the error's envelope; false (the response untouched) when it has none. */
export const sendErrorResponse = (ctx: { status: number; body: unknown }, error: unknown): boolean => {
  const response = toErrorResponse(error);
  if (!response) return false;
  ctx.status = response.status;
  ctx.body = response.body;
  return true;
};
