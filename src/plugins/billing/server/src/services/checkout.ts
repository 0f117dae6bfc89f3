import { AppError } from '@community-connect/kit';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { envNameOfPrice, FREE_PLAN } from '../domain/catalogue';
import { BillingNotConfiguredError, fromStripeError } from '../errors';
import { createSubscriptionsRepository } from '../repositories/subscriptions';
import { getService } from '../utils';
import type { CheckoutBody, PortalBody } from '../validation/request';
import type { BillingCommunity } from './communities';

/** A subscription in these states is still the community's: a second one would bill twice. */
const CURRENT_STATUSES = new Set(['active', 'trialing', 'past_due', 'unpaid', 'paused']);

export type CheckoutAnswer =
  | { url: string; sessionId: string }
  | { url: null; contactSales: true; message: string; contactUrl: string | null };

/** Checkout for a first subscription, the customer portal for everything after it. */
const checkoutService = ({ strapi }: { strapi: Core.Strapi }) => {
  const records = createSubscriptionsRepository(() => strapi.db.connection);

  /** The admin billing page, where a customer comes back to by default. */
  const billingPage = (community: BillingCommunity, extra: Record<string, string> = {}) => {
    const query = new URLSearchParams({ community: community.documentId, ...extra });
    return `${getService('settings').publicUrl()}/admin/plugins/billing?${query.toString()}`;
  };

  /** Stripe sends the customer back only to our own origins, never to one a caller made up. */
  const allowedReturn = (url: string | undefined, field: string): string | undefined => {
    if (url === undefined) return undefined;
    const origins = getService('settings').returnOrigins();
    if (!origins.includes(new URL(url).origin)) {
      throw new errors.ValidationError(`${field} must be on one of this app's origins (${origins.join(', ')})`, {
        errors: [{ path: [field], message: `origin must be one of ${origins.join(', ')}`, name: 'ValidationError' }],
      });
    }
    return url;
  };

  return {
    async checkout(community: BillingCommunity, input: CheckoutBody): Promise<CheckoutAnswer> {
      const settings = getService('settings');
      if (!settings.isConfigured()) throw new BillingNotConfiguredError();
      const catalogue = settings.catalogue();
      const plan = catalogue.plan(input.plan);
      if (!plan) {
        const plans = catalogue.plans.map((candidate) => candidate.id);
        throw new errors.ValidationError(`Unknown plan "${input.plan}": choose one of ${plans.join(', ')}`, {
          errors: [{ path: ['plan'], message: `must be one of ${plans.join(', ')}`, name: 'ValidationError' }],
        });
      }
      if (plan.id === FREE_PLAN) {
        throw new errors.ValidationError('The free plan needs no checkout: to leave a paid plan, cancel it in the billing portal (POST /api/billing/portal)');
      }
      if (!plan.selfServe) {
        const contactUrl = settings.config().salesContactUrl ?? null;
        return {
          url: null,
          contactSales: true,
          message: `The ${plan.name} plan is arranged with our sales team${contactUrl ? `: ${contactUrl}` : ''}; contact them and they will set it up for "${community.slug}"`,
          contactUrl,
        };
      }
      const price = catalogue.priceOf(plan.id, input.interval);
      if (!price) {
        throw new BillingNotConfiguredError(`The ${plan.name} plan cannot be bought ${input.interval} yet: ${envNameOfPrice(plan.id, input.interval)} is not set`, {
          plan: plan.id,
          interval: input.interval,
        });
      }
      const successUrl = allowedReturn(input.successUrl, 'successUrl') ?? billingPage(community, { checkout: 'success' });
      const cancelUrl = allowedReturn(input.cancelUrl, 'cancelUrl') ?? billingPage(community, { checkout: 'cancelled' });

      const record = await records.find(community.id);
      if (record?.status && CURRENT_STATUSES.has(record.status)) {
        throw new AppError(
          'CONFLICT',
          `"${community.slug}" already has a ${record.plan ?? 'paid'} subscription (${record.status}): change or cancel it in the billing portal (POST /api/billing/portal)`,
          { plan: record.plan, status: record.status }
        );
      }

      const customer = await getService('customers').ensureCustomer(community);
      const metadata = { communityId: String(community.id), communitySlug: community.slug, plan: plan.id, interval: input.interval };
      try {
        const session = await getService('stripe-client')
          .client()
          .checkout.sessions.create({
            mode: 'subscription',
            customer,
            client_reference_id: String(community.id),
            line_items: [{ price, quantity: 1 }],
            success_url: successUrl,
            cancel_url: cancelUrl,
            metadata,
            // Lets webhooks find the community even before the customer id is known to them.
            subscription_data: { metadata },
          });
        if (!session.url) throw new Error('Stripe returned a checkout session without a URL');
        return { url: session.url, sessionId: session.id };
      } catch (error) {
        throw fromStripeError(error, 'start the checkout');
      }
    },

    async portal(community: BillingCommunity, input: PortalBody): Promise<{ url: string }> {
      if (!getService('settings').isConfigured()) throw new BillingNotConfiguredError();
      const returnUrl = allowedReturn(input.returnUrl, 'returnUrl') ?? billingPage(community);
      const customer = (await records.find(community.id))?.customerId;
      if (!customer) {
        throw new errors.ApplicationError(`"${community.slug}" has no billing account yet: choose a plan first (POST /api/billing/checkout)`);
      }
      try {
        const session = await getService('stripe-client').client().billingPortal.sessions.create({ customer, return_url: returnUrl });
        return { url: session.url };
      } catch (error) {
        throw fromStripeError(error, 'open the billing portal');
      }
    },
  };
};

export type CheckoutService = ReturnType<typeof checkoutService>;

export default checkoutService;
