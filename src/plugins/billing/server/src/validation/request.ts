import { errors } from '@strapi/utils';
import { z } from 'zod';

import { INTERVALS } from '../domain/catalogue';

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
  const result = schema.safeParse(input);
  if (!result.success) {
    const fieldErrors = result.error.issues.map((issue) => ({ path: issue.path.map(String), message: issue.message, name: 'ValidationError' }));
    const summary = fieldErrors.map((entry) => (entry.path.length > 0 ? `${entry.path.join('.')}: ${entry.message}` : entry.message)).join('; ');
    throw new errors.ValidationError(`Invalid ${subject} (${summary})`, { errors: fieldErrors });
  }
  return result.data;
};
