import { errors } from '@strapi/utils';
import type { z } from 'zod';

import { toFieldErrors } from './member-input';

/**
 * Validates a REST body of the form `{ data: {...} }` with a strict schema and returns the parsed
 * data; anything else is a 400 with one entry per offending field.
 */
export const parseRequestData = <TSchema extends z.ZodType>(body: unknown, schema: TSchema): z.output<TSchema> => {
  const data = (body as { data?: unknown } | undefined)?.data;
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new errors.ValidationError('Missing "data" payload in the request body');
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    const fieldErrors = toFieldErrors(result.error);
    const summary = fieldErrors
      .map((error) => (error.path.length > 0 ? `${error.path.join('.')}: ${error.message}` : error.message))
      .join('; ');
    throw new errors.ValidationError(`Invalid member data (${summary})`, {
      errors: fieldErrors.map((error) => ({ ...error, name: 'ValidationError' })),
    });
  }
  return result.data;
};
