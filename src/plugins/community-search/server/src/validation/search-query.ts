import { issuesValidationError } from '@community-connect/kit';
import { z } from 'zod';

export const MAX_QUERY_LENGTH = 500;

/**
 * How deep anyone may page: page × pageSize at most this many results. Each deeper page ranks
 * deeper (cost grows with the offset), and nobody reads past the first thousand matches of a
 * directory search: they refine it instead.
 */
export const MAX_RESULT_DEPTH = 1000;

export const resultDepthMessage = (pageSize: number) =>
  `page × pageSize must be at most ${MAX_RESULT_DEPTH} (with pageSize ${pageSize}, page at most ${Math.max(1, Math.floor(MAX_RESULT_DEPTH / Math.max(1, pageSize)))}): refine the search to see other results`;

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
  }).superRefine((query, ctx) => {
    if (query.page * query.pageSize > MAX_RESULT_DEPTH) {
      ctx.addIssue({ code: 'custom', path: ['page'], message: resultDepthMessage(query.pageSize) });
    }
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
  if (!result.success) throw issuesValidationError(result.error);
  return result.data;
};
