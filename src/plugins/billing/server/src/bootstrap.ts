import type { Core } from '@strapi/strapi';

import { ensureBillingSchema } from './repositories/schema';
import { getService } from './utils';

/**
 * Creates the billing tables (the app grants its Community Admins the billing page). With Stripe
 * configured, also starts event processing: what an earlier process left pending or failed is
 * picked up now, then periodically, along with the past-due grace check. Without Stripe the app
 * runs as usual and billing answers that it is not configured.
 */
const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  await ensureBillingSchema(strapi.db.connection);

  const settings = getService('settings');
  for (const problem of settings.catalogue().problems()) strapi.log.warn(`billing: ${problem}`);
  if (!settings.isConfigured()) {
    strapi.log.info('billing: not configured (STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET): billing routes answer 503');
    return;
  }
  if (settings.config().apiBaseUrl && process.env.NODE_ENV === 'production') {
    strapi.log.warn('billing: STRIPE_API_BASE_URL is set in production: Stripe calls do not go to Stripe');
  }
  getService('events').start();
};

export default bootstrap;
