import { z } from 'zod';

export const INTERVALS = ['monthly', 'yearly'] as const;
export type Interval = (typeof INTERVALS)[number];

/** The app's plan catalogue (config/plans.ts), read as far as billing needs it. */
const planSchema = z.looseObject({
  name: z.string(),
  memberLimit: z.number().nullable(),
  searchLimitPerMonth: z.number().nullable(),
  priceUsd: z.strictObject({ monthly: z.number(), yearly: z.number() }).nullable(),
});
const plansConfigSchema = z.looseObject({ catalogue: z.record(z.string(), planSchema) });

export type CataloguePlan = {
  id: string;
  name: string;
  memberLimit: number | null;
  searchLimitPerMonth: number | null;
  priceUsd: { monthly: number; yearly: number } | null;
  /** Bought through Stripe Checkout (has prices), as opposed to free or arranged with sales. */
  selfServe: boolean;
  /** Which intervals have a Stripe price configured. */
  intervals: Interval[];
};

export type PriceMap = Record<string, Partial<Record<Interval, string>>>;

/** The plan every community falls back to when it pays for nothing. */
export const FREE_PLAN = 'free';
/** Arranged with sales, never sold through Checkout. */
export const ENTERPRISE_PLAN = 'enterprise';

export const envNameOfPrice = (plan: string, interval: Interval) => `STRIPE_PRICE_${plan.toUpperCase().replace(/-/g, '_')}_${interval.toUpperCase()}`;

/**
 * Plans joined with their Stripe prices. A paid plan (one with a USD price in the catalogue) is
 * self-serve; a plan without a price is free or arranged with sales.
 */
export const createCatalogue = (plansConfig: unknown, prices: PriceMap) => {
  const parsed = plansConfigSchema.safeParse(plansConfig);
  if (!parsed.success) throw new Error(`billing: the plan catalogue (config/plans.ts) is not readable: ${parsed.error.message}`);

  const plans: CataloguePlan[] = Object.entries(parsed.data.catalogue).map(([id, plan]) => ({
    id,
    name: plan.name,
    memberLimit: plan.memberLimit,
    searchLimitPerMonth: plan.searchLimitPerMonth,
    priceUsd: plan.priceUsd,
    selfServe: plan.priceUsd !== null && id !== ENTERPRISE_PLAN,
    intervals: INTERVALS.filter((interval) => Boolean(prices[id]?.[interval])),
  }));
  const byId = new Map(plans.map((plan) => [plan.id, plan]));
  const byPrice = new Map<string, { plan: string; interval: Interval }>();
  for (const [plan, intervals] of Object.entries(prices)) {
    for (const interval of INTERVALS) {
      const price = intervals[interval];
      if (price) byPrice.set(price, { plan, interval });
    }
  }

  return {
    plans,
    plan: (id: string) => byId.get(id),
    priceOf: (plan: string, interval: Interval): string | undefined => prices[plan]?.[interval],
    /** The plan and interval a Stripe price stands for, if it is one of ours. */
    planOfPrice: (priceId: string) => byPrice.get(priceId),
    /** Configuration mistakes worth a warning at start-up (billing still runs for what is set). */
    problems(): string[] {
      const problems: string[] = [];
      for (const plan of Object.keys(prices)) {
        if (!byId.has(plan)) problems.push(`prices are configured for "${plan}", which is not a plan in config/plans.ts`);
      }
      for (const plan of plans.filter((candidate) => candidate.selfServe)) {
        for (const interval of INTERVALS) {
          if (!prices[plan.id]?.[interval]) problems.push(`${envNameOfPrice(plan.id, interval)} is not set: the ${plan.name} plan cannot be bought ${interval}`);
        }
      }
      return problems;
    },
  };
};

export type Catalogue = ReturnType<typeof createCatalogue>;
