'use strict';

const { registerPlan, syncSubscriptionsToCrm } = require('./billing');
const { registerSearchExtensions } = require('./search');
const { registerBotExtensions } = require('./whatsapp');

const list = (value) => (value ? String(value).split(',').map((item) => item.trim()).filter(Boolean) : []);

/**
 * Example plugin using every Community Connect extension point. Everything is registered in
 * register(): the plugins check registrations and config at boot and refuse later ones.
 */
module.exports = {
  config: {
    // An example reads its settings from the environment; a real plugin would take them from config/plugins.
    default: () => ({
      crmWebhookUrl: process.env.MENTORS_CRM_WEBHOOK_URL || undefined,
      prices: {
        monthly: process.env.MENTOR_CIRCLE_PRICE_MONTHLY || undefined,
        yearly: process.env.MENTOR_CIRCLE_PRICE_YEARLY || undefined,
      },
      compactResultsFor: list(process.env.MENTORS_COMPACT_RESULTS_FOR),
      introductionTemplateSid: process.env.MENTORS_INTRODUCTION_TEMPLATE_SID || undefined,
    }),
    validator(config) {
      if (config.crmWebhookUrl && !/^https?:\/\//.test(config.crmWebhookUrl)) throw new Error('mentors: crmWebhookUrl must be an http(s) URL');
    },
  },

  register({ strapi }) {
    const config = strapi.config.get('plugin::mentors');
    registerSearchExtensions(strapi.plugin('community-search').service('extensions'));
    registerBotExtensions(strapi.plugin('whatsapp-bot').service('extensions'), config);
    registerPlan(strapi.plugin('billing').service('extensions'), config);
  },

  bootstrap({ strapi }) {
    const config = strapi.config.get('plugin::mentors');
    // Listeners may subscribe at any time; the event hub delivers after the change is saved.
    syncSubscriptionsToCrm(strapi, strapi.plugin('billing').service('extensions'), config);
  },
};
