import { AppError } from '@community-connect/kit';
import Stripe from 'stripe';

/**
 * Billing's answers Strapi's error classes cannot give (503, 502; conflicts are the kit's
 * `AppError('CONFLICT')`). Thrown by services and turned into Strapi's envelope by the
 * `http-errors` route middleware.
 */
export class BillingNotConfiguredError extends AppError {
  constructor(message = 'Billing is not configured on this server (STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET are not set)', details = {}) {
    super('BILLING_NOT_CONFIGURED', message, details);
  }
}

export class StripeUnavailableError extends AppError {
  constructor(action: string, requestId?: string) {
    super('STRIPE_UNAVAILABLE', `Stripe could not ${action} just now; please try again in a moment`, requestId ? { stripeRequestId: requestId } : {});
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
