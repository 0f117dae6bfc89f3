import type { Core } from '@strapi/strapi';

import { parseConfig, type BillingConfig } from '../config/schema';
import { createCatalogue, type Catalogue, type PriceMap } from '../domain/catalogue';
import { getService } from '../utils';
import { PLUGIN_ID } from '../utils/plugin-id';

/**
 * The plugin's validated settings and the plan catalogue joined with its Stripe prices, read once.
 * Billing is "configured" only with both Stripe secrets: without the webhook secret nothing could
 * keep subscriptions in step, so selling them would be wrong.
 */
const settingsService = ({ strapi }: { strapi: Core.Strapi }) => {
  let config: BillingConfig | undefined;
  let catalogue: Catalogue | undefined;

  const read = () => (config ??= parseConfig(strapi.config.get(`plugin::${PLUGIN_ID}`)));

  return {
    config: read,

    catalogue(): Catalogue {
      return (catalogue ??= createCatalogue(strapi.config.get('plans'), this.prices()));
    },

    /** Stripe prices by plan: those plugins registered with their plans, overridden per interval by config (STRIPE_PRICE_…). */
    prices(): PriceMap {
      const merged: PriceMap = {};
      for (const [plan, intervals] of Object.entries(getService('extensions').registeredPrices())) merged[plan] = { ...intervals };
      for (const [plan, intervals] of Object.entries(read().prices)) {
        const set = Object.fromEntries(Object.entries(intervals).filter(([, price]) => Boolean(price)));
        if (Object.keys(set).length > 0 || !merged[plan]) merged[plan] = { ...merged[plan], ...set };
      }
      return merged;
    },

    isConfigured(): boolean {
      const { stripeSecretKey, stripeWebhookSecret } = read();
      return Boolean(stripeSecretKey && stripeWebhookSecret);
    },

    /** Origins checkout and the portal may return to: the app's own (PUBLIC_URL) and ALLOWED_ORIGINS. */
    returnOrigins(): string[] {
      const origins = new Set<string>();
      for (const candidate of [this.publicUrl(), ...read().returnOrigins]) {
        try {
          origins.add(new URL(candidate).origin);
        } catch {
          // Not a URL (e.g. "*"): no origin to allow.
        }
      }
      return [...origins];
    },

    publicUrl(): string {
      return String(strapi.config.get('server.url') || 'http://localhost:1337').replace(/\/+$/, '');
    },

    gracePeriodMs(): number {
      return read().gracePeriodDays * 24 * 60 * 60 * 1000;
    },
  };
};

export type SettingsService = ReturnType<typeof settingsService>;

export default settingsService;
