import type { Core } from '@strapi/strapi';
import Stripe from 'stripe';

import { BillingNotConfiguredError } from '../errors';
import { getService } from '../utils';

/** Host, port and protocol for the SDK from STRIPE_API_BASE_URL (a local fake in tests). */
export const stripeHostOptions = (baseUrl: string | undefined) => {
  if (!baseUrl) return {};
  const url = new URL(baseUrl);
  const protocol = url.protocol === 'http:' ? ('http' as const) : ('https' as const);
  return { host: url.hostname, port: Number(url.port || (protocol === 'http' ? 80 : 443)), protocol };
};

/** The one Stripe SDK client, made when first needed; refuses clearly when billing is off. */
const stripeClientService = ({ strapi }: { strapi: Core.Strapi }) => {
  let client: Stripe | undefined;

  return {
    client(): Stripe {
      const settings = getService('settings');
      if (!settings.isConfigured()) throw new BillingNotConfiguredError();
      if (!client) {
        const config = settings.config();
        client = new Stripe(config.stripeSecretKey as string, {
          ...stripeHostOptions(config.apiBaseUrl),
          timeout: config.stripeTimeoutMs,
          maxNetworkRetries: config.stripeMaxNetworkRetries,
          telemetry: false,
          appInfo: { name: 'community-connect-billing' },
        });
        if (config.apiBaseUrl) strapi.log.warn(`billing: Stripe API calls go to ${new URL(config.apiBaseUrl).origin} (STRIPE_API_BASE_URL), not Stripe`);
      }
      return client;
    },

    /** Verifies a webhook's signature on the exact bytes received and returns the event (throws otherwise). */
    constructEvent(rawBody: string | Buffer, signature: string): Stripe.Event {
      const config = getService('settings').config();
      if (!config.stripeWebhookSecret) throw new BillingNotConfiguredError();
      return Stripe.webhooks.constructEvent(rawBody, signature, config.stripeWebhookSecret, config.webhookToleranceSeconds);
    },
  };
};

export type StripeClientService = ReturnType<typeof stripeClientService>;

export default stripeClientService;
