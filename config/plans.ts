/**
 * The plan catalogue (product roadmap). A community's `memberLimit` and `searchLimitPerMonth` are
 * set from its plan when it is created or changes plan; super admins may override them per
 * community. `null` means unlimited. Prices are informational here; Stripe price ids are the
 * billing plugin's (STRIPE_PRICE_<PLAN>_<INTERVAL>).
 */
import type { Core } from '@strapi/strapi';

const config = ({ env }: Core.Config.Shared.ConfigParams) => ({
  catalogue: {
    free: { name: 'Free', memberLimit: 50, searchLimitPerMonth: 500, priceUsd: null },
    basic: { name: 'Basic', memberLimit: 100, searchLimitPerMonth: 2000, priceUsd: { monthly: 10, yearly: 100 } },
    pro: { name: 'Pro', memberLimit: 500, searchLimitPerMonth: 10000, priceUsd: { monthly: 50, yearly: 500 } },
    enterprise: { name: 'Enterprise', memberLimit: null, searchLimitPerMonth: null, priceUsd: null },
  },
  /** Share of a limit at which admins are warned. */
  warningThreshold: 0.8,
  /**
   * One member may use this share of the community's monthly searches (API and WhatsApp together),
   * so a single heavy user cannot leave everyone else without: the larger of `percent` of the limit
   * (rounded up) and `minimum`, never more than the limit.
   */
  memberSearchShare: {
    percent: env.int('SEARCH_MEMBER_SHARE_PERCENT', 10),
    minimum: env.int('SEARCH_MEMBER_SHARE_MIN', 50),
  },
});

export default config;
