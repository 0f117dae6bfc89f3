'use strict';

/**
 * The Mentor Circle plan: between Basic and Pro, sold through Stripe Checkout with the prices the
 * plugin is configured with (STRIPE_PRICE_MENTOR_CIRCLE_MONTHLY|YEARLY override them).
 * @param {import('@community-connect/billing').BillingExtensions} billing
 * @param {{ prices: { monthly?: string; yearly?: string } }} config
 */
const registerPlan = (billing, config) => {
  billing.registerPlan({
    id: 'mentor-circle',
    name: 'Mentor Circle',
    memberLimit: 250,
    searchLimitPerMonth: 5000,
    priceUsd: { monthly: 25, yearly: 250 },
    prices: config.prices,
  });
};

/**
 * A CRM sync: every subscription change is posted to the CRM's webhook. The event holds ids,
 * plans and states only, so nothing personal leaves. A failure throws: billing logs it and goes on.
 * @param {import('@strapi/strapi').Core.Strapi} strapi
 * @param {import('@community-connect/billing').BillingExtensions} billing
 * @param {{ crmWebhookUrl?: string }} config
 */
const syncSubscriptionsToCrm = (strapi, billing, config) => {
  if (!config.crmWebhookUrl) return () => undefined;
  return billing.onSubscriptionChanged(async (event) => {
    const response = await fetch(config.crmWebhookUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ type: 'subscription.changed', data: event }),
      signal: AbortSignal.timeout(5000),
    });
    if (!response.ok) throw new Error(`the CRM answered ${response.status}`);
    strapi.log.info(`mentors: subscription of community ${event.communityId} sent to the CRM (${event.status}, ${event.plan})`);
  });
};

module.exports = { registerPlan, syncSubscriptionsToCrm };
