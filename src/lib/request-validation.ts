import { errors } from '@strapi/utils';
import type { z } from 'zod';

import { toFieldErrors } from './member-input';

const validationError = (subject: string, error: z.ZodError) => {
  const fieldErrors = toFieldErrors(error);
  const summary = fieldErrors
    .map((fieldError) => (fieldError.path.length > 0 ? `${fieldError.path.join('.')}: ${fieldError.message}` : fieldError.message))
    .join('; ');
  return new errors.ValidationError(`Invalid ${subject} (${summary})`, {
    errors: fieldErrors.map((fieldError) => ({ ...fieldError, name: 'ValidationError' })),
  });
};

/** Validates a plain JSON body with a strict schema; anything else is a 400 with one entry per offending field. */
export const parseRequestBody = <TSchema extends z.ZodType>(body: unknown, schema: TSchema, subject = 'request body'): z.output<TSchema> => {
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    throw new errors.ValidationError('The request body must be a JSON object');
  }
  const result = schema.safeParse(body);
  if (!result.success) throw validationError(subject, result.error);
  return result.data;
};

/** Validates a REST body of the form `{ data: {...} }` with a strict schema and returns the parsed data. */
export const parseRequestData = <TSchema extends z.ZodType>(body: unknown, schema: TSchema, subject = 'member data'): z.output<TSchema> => {
  const data = (body as { data?: unknown } | undefined)?.data;
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new errors.ValidationError('Missing "data" payload in the request body');
  }
  const result = schema.safeParse(data);
  if (!result.success) throw validationError(subject, result.error);
  return result.data;
};

/** Validates query-string parameters with a strict schema (unknown parameters are refused). */
export const parseRequestQuery = <TSchema extends z.ZodType>(query: unknown, schema: TSchema): z.output<TSchema> => {
  const result = schema.safeParse(query ?? {});
  if (!result.success) throw validationError('query parameters', result.error);
  return result.data;
};
