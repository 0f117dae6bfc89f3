import { errors } from '@strapi/utils';
import { z } from 'zod';

export const MAX_QUERY_LENGTH = 500;

const positiveInt = (name: string) =>
  z
    .string()
    .regex(/^\d+$/, `${name} must be a whole number`)
    .transform(Number)
    .pipe(z.number().int().min(1, `${name} must be at least 1`));

export const searchQuerySchema = (maxPageSize: number, defaultPageSize: number) =>
  z.strictObject({
    q: z
      .string({ error: 'q (what you are looking for) is required' })
      .trim()
      .min(1, 'q (what you are looking for) is empty')
      .max(MAX_QUERY_LENGTH, `q is too long (at most ${MAX_QUERY_LENGTH} characters)`),
    page: positiveInt('page').default(1),
    pageSize: positiveInt('pageSize')
      .pipe(z.number().max(maxPageSize, `pageSize must be at most ${maxPageSize}`))
      .default(defaultPageSize),
    sessionId: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,64}$/, 'sessionId must be 1-64 letters, digits, "-" or "_"')
      .optional(),
  });

export type SearchQuery = z.output<ReturnType<typeof searchQuerySchema>>;

/** Building a zod schema costs more than using it (~0.4 ms a request when built per request). */
const schemas = new Map<string, ReturnType<typeof searchQuerySchema>>();
const schemaFor = (maxPageSize: number, defaultPageSize: number) => {
  const key = `${maxPageSize}:${defaultPageSize}`;
  let schema = schemas.get(key);
  if (!schema) {
    schema = searchQuerySchema(maxPageSize, defaultPageSize);
    schemas.set(key, schema);
  }
  return schema;
};

/** Parses the search query string; anything else (unknown or repeated parameters) is a 400. */
export const parseSearchQuery = (query: unknown, maxPageSize: number, defaultPageSize: number): SearchQuery => {
  const result = schemaFor(maxPageSize, defaultPageSize).safeParse(query ?? {});
  if (!result.success) {
    const details = result.error.issues.map((issue) => ({ path: issue.path.map(String), message: issue.message }));
    throw new errors.ValidationError(details.map((detail) => detail.message).join('; '), { errors: details });
  }
  return result.data;
};
