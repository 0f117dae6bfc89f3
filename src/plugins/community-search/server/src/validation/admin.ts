import { errors } from '@strapi/utils';
import { z } from 'zod';

import { runtimeSettingsSchema } from '../services/runtime-settings';
import { synonymsInputSchema } from '../services/synonyms';
import { MAX_QUERY_LENGTH } from './search-query';

/** A community id from a query string or body ("12" or 12). */
const communityId = z.coerce
  .number({ error: 'community must be a community id' })
  .int('community must be a community id')
  .positive('community must be a community id');

const localDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'is not a calendar date');

/** The admin's offset from UTC in minutes east (India: 330), so "today" and days are theirs. */
const tz = z.coerce.number().int().min(-720).max(840);

export const emptyQuerySchema = z.strictObject({});
export const communityQuerySchema = z.strictObject({ community: communityId.optional() });
export const requiredCommunityQuerySchema = z.strictObject({ community: communityId });
export const dashboardQuerySchema = z.strictObject({ tz: tz.optional() });
export const analyticsQuerySchema = z.strictObject({
  community: communityId.optional(),
  from: localDate.optional(),
  to: localDate.optional(),
  tz: tz.optional(),
});
export const testQueryBodySchema = z.strictObject({
  community: communityId,
  q: z.string().trim().min(1, 'is empty').max(MAX_QUERY_LENGTH, `is too long (at most ${MAX_QUERY_LENGTH} characters)`),
});
export const reindexBodySchema = z.strictObject({ community: communityId.optional() });
export const settingsBodySchema = runtimeSettingsSchema;
export { synonymsInputSchema };

/** The member import/export query: the community, then what the member routes themselves take. */
export const memberTransferQuerySchema = z.looseObject({ community: communityId });

const toFieldErrors = (error: z.ZodError) =>
  error.issues.map((issue) => ({ path: issue.path.map(String), message: issue.message, name: 'ValidationError' }));

/** Validates input with a strict schema: anything else is a 400 naming each offending field. */
export const parseInput = <TSchema extends z.ZodType>(input: unknown, schema: TSchema, subject: string): z.output<TSchema> => {
  const result = schema.safeParse(input ?? {});
  if (!result.success) {
    const fieldErrors = toFieldErrors(result.error);
    const summary = fieldErrors.map((fieldError) => (fieldError.path.length > 0 ? `${fieldError.path.join('.')}: ${fieldError.message}` : fieldError.message));
    throw new errors.ValidationError(`Invalid ${subject} (${summary.join('; ')})`, { errors: fieldErrors });
  }
  return result.data;
};
