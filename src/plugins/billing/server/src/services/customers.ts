import type { Core } from '@strapi/strapi';

import { fromStripeError } from '../errors';
import { createSubscriptionsRepository } from '../repositories/subscriptions';
import { getService } from '../utils';
import type { BillingCommunity } from './communities';

/** Each community's one Stripe customer: created on its first checkout, stored, reused ever after. */
const customersService = ({ strapi }: { strapi: Core.Strapi }) => {
  const records = createSubscriptionsRepository(() => strapi.db.connection);

  return {
    async ensureCustomer(community: BillingCommunity): Promise<string> {
      const existing = await records.find(community.id);
      if (existing?.customerId) return existing.customerId;
      const stripe = getService('stripe-client').client();
      let customerId: string;
      try {
        // The idempotency key makes a retried or concurrent first checkout get the same customer
        // (documentId, not id: two deployments may share a Stripe account and both have a community 1).
        const customer = await stripe.customers.create(
          { name: community.name, metadata: { communityId: String(community.id), communitySlug: community.slug } },
          { idempotencyKey: `community-connect-customer-${community.documentId}` }
        );
        customerId = customer.id;
      } catch (error) {
        throw fromStripeError(error, 'create the billing account');
      }
      return records.attachCustomer(community.id, customerId);
    },

    customerOf: async (communityId: number): Promise<string | null> => (await records.find(communityId))?.customerId ?? null,
  };
};

export type CustomersService = ReturnType<typeof customersService>;

export default customersService;
