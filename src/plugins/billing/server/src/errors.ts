import { errors } from '@strapi/utils';
import Stripe from 'stripe';

/**
 * Billing answers Strapi's error classes cannot give (503, 502, 409). Thrown by services and
 * turned into Strapi's envelope by the `http-errors` route middleware.
 */
export class BillingHttpError<TDetails extends Record<string, unknown> = Record<string, unknown>> extends Error {
  constructor(
    readonly status: number,
    name: string,
    message: string,
    readonly details: TDetails = {} as TDetails
  ) {
    super(message);
    this.name = name;
  }
}

export class BillingNotConfiguredError extends BillingHttpError {
  constructor(message = 'Billing is not configured on this server (STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET are not set)', details = {}) {
    super(503, 'BillingNotConfigured', message, details);
  }
}

export class StripeUnavailableError extends BillingHttpError {
  constructor(action: string, requestId?: string) {
    super(502, 'StripeUnavailable', `Stripe could not ${action} just now; please try again in a moment`, requestId ? { stripeRequestId: requestId } : {});
  }
}

export class ConflictError extends BillingHttpError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(409, 'ConflictError', message, details);
  }
}

/**
 * A 403 whose message reaches the client: Strapi's route pipeline replaces a plain
 * ForbiddenError's message with "Forbidden" and lets only PolicyErrors through.
 */
export class ForbiddenError extends errors.PolicyError {
  constructor(message: string, details?: Record<string, unknown>) {
    super(message, details);
    (this as { name: string }).name = 'ForbiddenError';
  }
}

/** Stripe's own errors, turned into a 502 that names the request (for support) but no internals. */
export const fromStripeError = (error: unknown, action: string): Error => {
  if (error instanceof Stripe.errors.StripeError) {
    // Operators need Stripe's reason; it names ids, not people.
    strapi.log.warn(`billing: Stripe could not ${action}: ${error.type} ${error.code ?? ''} ${error.message} (request ${error.requestId ?? 'unknown'})`);
    return new StripeUnavailableError(action, error.requestId);
  }
  return error instanceof Error ? error : new Error(String(error));
};
