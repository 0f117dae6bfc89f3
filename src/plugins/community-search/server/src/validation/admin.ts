import { parseForPeople } from '@community-connect/kit';
import { z } from 'zod';

import { runtimeSettingsSchema } from '../services/runtime-settings';
import { synonymsInputSchema } from '../services/synonyms';
import { MAX_QUERY_LENGTH } from './search-query';

/** A community id from a query string or body ("12" or 12). */
const NOT_A_COMMUNITY = 'must be a community id: choose one of the communities you manage';
const communityId = z.coerce.number({ error: NOT_A_COMMUNITY }).int(NOT_A_COMMUNITY).positive(NOT_A_COMMUNITY);

const localDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'is not a date: write it as YYYY-MM-DD, e.g. 2024-05-31')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'is not a day of the calendar: check the month and day');

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
  q: z.string().trim().min(1, 'is empty: type what you are looking for').max(MAX_QUERY_LENGTH, `is too long: use at most ${MAX_QUERY_LENGTH} characters`),
});
export const reindexBodySchema = z.strictObject({ community: communityId.optional() });
export const settingsBodySchema = runtimeSettingsSchema;
export { synonymsInputSchema };

/** The member import/export query: the community, then what the member routes themselves take. */
export const memberTransferQuerySchema = z.looseObject({ community: communityId });

/** How the search pages name what they send (fields without one read from their name). */
const LABELS = {
  community: 'Community',
  q: 'Search text',
  from: 'From date',
  to: 'To date',
  tz: 'Time zone offset',
  terms: 'Synonyms',
};

/**
 * Validates input with a strict schema: anything else is a 400 naming each offending field as the
 * page shows it, with the value and what to do (`path` and `code` stay for programs).
 */
export const parseInput = <TSchema extends z.ZodType>(input: unknown, schema: TSchema, subject: string): z.output<TSchema> =>
  parseForPeople(schema, input ?? {}, { labels: LABELS, subject: `the ${subject}` });
