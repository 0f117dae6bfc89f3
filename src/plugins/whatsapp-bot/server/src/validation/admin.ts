import { parseForPeople } from '@community-connect/kit';
import { z } from 'zod';

/** How the WhatsApp pages name what they send. */
const LABELS = {
  page: 'Page',
  pageSize: 'Rows per page',
  status: 'Status',
  communityId: 'Community',
  requireOtp: 'Require a login code',
  greeting: 'Greeting',
  introductionRequest: 'Introduction request template',
  introductionAccepted: 'Introduction accepted template',
};

const page = {
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
};

const listQuerySchema = z.strictObject({
  status: z.enum(['dead', 'sent', 'delivered', 'read', 'failed', 'queued']).optional(),
  ...page,
});

const pageQuerySchema = z.strictObject(page);

const communityQuerySchema = z.strictObject({ communityId: z.coerce.number().int('must be a community id').positive('must be a community id') });

const contentSid = z.string().regex(/^HX[0-9a-fA-F]{32}$/, 'must be a Twilio Content SID (HX followed by 32 hex digits)');

const settingsBodySchema = z
  .strictObject({
    requireOtp: z.boolean().optional(),
    greeting: z.string().max(1500).nullable().optional(),
    templates: z
      .strictObject({ introductionRequest: contentSid.nullable().optional(), introductionAccepted: contentSid.nullable().optional() })
      .optional(),
  })
  .refine((body) => Object.keys(body).length > 0, 'has no setting to change: send at least one');

/** The admin API has always listed the offending fields without a `name` on each entry. */
const parse = <T>(schema: z.ZodType<T>, input: unknown): T =>
  parseForPeople(schema, input ?? {}, { labels: LABELS, subject: 'the request', nameEachEntry: false });

export const parseMessageListQuery = (query: unknown) => parse(listQuerySchema, query);
export const parsePageQuery = (query: unknown) => parse(pageQuerySchema, query);
export const parseCommunityQuery = (query: unknown) => parse(communityQuerySchema, query);
export const parseSettingsBody = (body: unknown) => parse(settingsBodySchema, body);
export const parseMessageId = (raw: unknown) => parse(z.coerce.number().int().positive(), raw);
