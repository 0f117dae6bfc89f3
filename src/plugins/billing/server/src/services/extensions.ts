import type { Core } from '@strapi/strapi';
import { z } from 'zod';

import { priceId } from '../config/schema';
import { INTERVALS, type Interval } from '../domain/catalogue';
import { getService } from '../utils';
import type { SubscriptionChangedEvent } from '../utils/events';

/** A plan another plugin adds to the catalogue, with its limits and its Stripe prices. */
export type PlanRegistration = {
  /** Lower-case letters, digits and dashes: what a community's `plan` holds. */
  id: string;
  name: string;
  /** Active members allowed; null: unlimited. */
  memberLimit: number | null;
  /** Searches per calendar month; null: unlimited. */
  searchLimitPerMonth: number | null;
  /** The price shown on the billing page. A plan with one is sold through Checkout; without, it is free or arranged with sales. */
  priceUsd?: { monthly: number; yearly: number } | null;
  /** Stripe price ids (price_…) per interval; STRIPE_PRICE_<PLAN>_<INTERVAL> overrides them. */
  prices?: Partial<Record<Interval, string>>;
};

/** Its result is ignored (awaited when it is a promise). */
export type SubscriptionChangedListener = (event: SubscriptionChangedEvent) => unknown;

const limit = z.number().int().nonnegative().nullable();

const registrationSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, 'must be 1 to 40 lower-case letters, digits and dashes, starting with a letter'),
  name: z.string().trim().min(1).max(100),
  memberLimit: limit,
  searchLimitPerMonth: limit,
  priceUsd: z.strictObject({ monthly: z.number().positive(), yearly: z.number().positive() }).nullable().default(null),
  prices: z.strictObject({ monthly: priceId.optional(), yearly: priceId.optional() }).default({}),
});

type PlansConfig = { catalogue: Record<string, unknown> };

/**
 * What other plugins add to billing, from their own `register()`: plans (joined to the app's
 * catalogue, so communities on them get their limits, and to the Stripe price map, so Checkout
 * sells them and webhooks recognise their prices), and listeners of subscription changes.
 */
const extensionsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const registered = new Map<string, Partial<Record<Interval, string>>>();
  let closed = false;

  const refuse = (id: unknown, why: string): never => {
    throw new Error(`billing: cannot register plan "${String(id)}": ${why}`);
  };

  return {
    registerPlan(registration: PlanRegistration) {
      const id = (registration as { id?: unknown } | null)?.id;
      if (closed) refuse(id, "registration is closed: register plans in your plugin's register(), not bootstrap()");
      const parsed = registrationSchema.safeParse(registration);
      if (!parsed.success) {
        refuse(id, parsed.error.issues.map((issue) => `${issue.path.join('.') || 'plan'} ${issue.message}`).join('; '));
      }
      const plan = parsed.data as z.output<typeof registrationSchema>;
      const plans = strapi.config.get('plans') as PlansConfig | undefined;
      if (!plans || typeof plans.catalogue !== 'object' || plans.catalogue === null) {
        refuse(plan.id, 'the host app has no plan catalogue (config/plans.ts with `catalogue`)');
      }
      if (Object.prototype.hasOwnProperty.call(plans!.catalogue, plan.id)) refuse(plan.id, 'a plan with this id is already in the catalogue');
      const givenPrices = INTERVALS.flatMap((interval) => (plan.prices[interval] ? [plan.prices[interval] as string] : []));
      if (givenPrices.length > 0 && plan.priceUsd === null) refuse(plan.id, 'a plan sold through Stripe needs `priceUsd` (shown on the billing page)');
      const taken = [...Object.entries(getService('settings').config().prices), ...registered.entries()];
      for (const price of givenPrices) {
        const owner = taken.find(([, intervals]) => Object.values(intervals).includes(price));
        if (owner) refuse(plan.id, `price ${price} already stands for the "${owner[0]}" plan`);
      }
      if (new Set(givenPrices).size !== givenPrices.length) refuse(plan.id, 'monthly and yearly need different prices');

      // The app reads its catalogue (limits, validation, the community's plan field) from here.
      strapi.config.set('plans', {
        ...plans,
        catalogue: {
          ...plans!.catalogue,
          [plan.id]: { name: plan.name, memberLimit: plan.memberLimit, searchLimitPerMonth: plan.searchLimitPerMonth, priceUsd: plan.priceUsd },
        },
      });
      registered.set(plan.id, plan.prices);
    },

    /**
     * Calls `listener` after each saved change of a community's subscription (status, plan,
     * interval, cancellation, period). A listener that throws is logged; billing and the other
     * listeners go on. Returns the function that unsubscribes.
     */
    onSubscriptionChanged(listener: SubscriptionChangedListener): () => void {
      if (typeof listener !== 'function') throw new Error('billing: onSubscriptionChanged needs a function');
      const isolated = async (event: SubscriptionChangedEvent) => {
        try {
          await listener(event);
        } catch (error) {
          strapi.log.warn(`billing: a subscription.changed listener failed: ${(error as Error).message}`);
        }
      };
      strapi.eventHub.on('subscription.changed', isolated);
      return () => strapi.eventHub.off('subscription.changed', isolated);
    },

    /** Registered plans' Stripe prices, by plan id. */
    registeredPrices(): Record<string, Partial<Record<Interval, string>>> {
      return Object.fromEntries(registered);
    },

    registeredPlanIds: () => [...registered.keys()],

    /** The register phase is over: later plans would miss the app's catalogue checks. */
    close() {
      closed = true;
    },
  };
};

export type ExtensionsService = ReturnType<typeof extensionsService>;

export default extensionsService;
