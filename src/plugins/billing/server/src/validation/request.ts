import { parseForPeople } from '@community-connect/kit';
import { errors } from '@strapi/utils';
import { z } from 'zod';

import { INTERVALS } from '../domain/catalogue';

/** How the billing page names what it sends. */
const LABELS = { plan: 'Plan', interval: 'Billing interval', successUrl: 'Return address after payment', cancelUrl: 'Return address after cancelling', returnUrl: 'Return address' };

const returnUrl = z.url({ protocol: /^https?$/ }).max(2048);

export const checkoutBodySchema = z.strictObject({
  plan: z.string().min(1).max(64),
  interval: z.enum(INTERVALS).default('monthly'),
  successUrl: returnUrl.optional(),
  cancelUrl: returnUrl.optional(),
});
export type CheckoutBody = z.output<typeof checkoutBodySchema>;

export const portalBodySchema = z.strictObject({ returnUrl: returnUrl.optional() });
export type PortalBody = z.output<typeof portalBodySchema>;

export const emptyBodySchema = z.strictObject({});

/**
 * Validates a JSON body with a strict schema; anything else is a 400 in Strapi's envelope with one
 * entry per offending field (the app's format). An absent body is an empty object.
 */
export const parseBody = <TSchema extends z.ZodType>(body: unknown, schema: TSchema, subject: string): z.output<TSchema> => {
  const input = body === undefined || body === null ? {} : body;
  if (typeof input !== 'object' || Array.isArray(input)) {
    throw new errors.ValidationError('The request body must be a JSON object');
  }
  return parseForPeople(schema, input, { labels: LABELS, subject: `the ${subject}` });
};
