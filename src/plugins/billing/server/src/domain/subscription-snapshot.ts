import type Stripe from 'stripe';

import type { Catalogue, Interval } from './catalogue';

/** What billing keeps of a Stripe subscription: no personal data, only the commercial state. */
export type SubscriptionSnapshot = {
  id: string;
  customerId: string;
  status: string;
  /** The catalogue plan of its price, when the price is one of ours. */
  plan: string | null;
  interval: Interval | null;
  priceId: string | null;
  currentPeriodStart: Date | null;
  currentPeriodEnd: Date | null;
  /** Ends at the close of the period (or at `cancelAt`) instead of renewing. */
  cancelAtPeriodEnd: boolean;
  cancelAt: Date | null;
  createdAt: Date;
  /** The community our Checkout Session named in the subscription's metadata. */
  metadataCommunityId: number | null;
};

/** Statuses in which the community has (or keeps, during the grace period) its paid plan. */
export const ENTITLED_STATUSES = new Set(['active', 'trialing', 'past_due', 'unpaid']);
/** Statuses in which the community owes money. */
export const DELINQUENT_STATUSES = new Set(['past_due', 'unpaid']);
/** Statuses a subscription never leaves. */
export const TERMINAL_STATUSES = new Set(['canceled', 'incomplete_expired']);

const idOf = (value: string | { id: string } | null | undefined): string | null =>
  value == null ? null : typeof value === 'string' ? value : value.id;

const fromUnix = (seconds: number | null | undefined): Date | null =>
  typeof seconds === 'number' && Number.isFinite(seconds) ? new Date(seconds * 1000) : null;

const intervalOfRecurring = (recurring: { interval?: string; interval_count?: number } | null | undefined): Interval | null => {
  if (recurring?.interval === 'month' && (recurring.interval_count ?? 1) === 1) return 'monthly';
  if (recurring?.interval === 'year' && (recurring.interval_count ?? 1) === 1) return 'yearly';
  return null;
};

const parseCommunityId = (value: unknown): number | null => {
  const id = typeof value === 'string' ? Number(value) : NaN;
  return Number.isSafeInteger(id) && id > 0 ? id : null;
};

/** Older API versions kept the period on the subscription; current ones keep it on each item. */
type LegacyPeriod = { current_period_start?: number; current_period_end?: number };

export const snapshotOf = (subscription: Stripe.Subscription, catalogue: Catalogue): SubscriptionSnapshot => {
  const items = subscription.items?.data ?? [];
  // The item whose price is in our catalogue decides the plan (add-ons, if any, do not).
  const ours = items.find((item) => catalogue.planOfPrice(item.price?.id ?? '')) ?? items[0];
  const priceId = ours?.price?.id ?? null;
  const known = priceId ? catalogue.planOfPrice(priceId) : undefined;
  const metadataPlan = subscription.metadata?.plan;
  const legacy = subscription as unknown as LegacyPeriod;

  return {
    id: subscription.id,
    customerId: idOf(subscription.customer) ?? '',
    status: subscription.status,
    plan: known?.plan ?? (metadataPlan && catalogue.plan(metadataPlan) ? metadataPlan : null),
    interval: known?.interval ?? intervalOfRecurring(ours?.price?.recurring),
    priceId,
    currentPeriodStart: fromUnix(ours?.current_period_start ?? legacy.current_period_start),
    currentPeriodEnd: fromUnix(ours?.current_period_end ?? legacy.current_period_end),
    // Recent API versions schedule a portal cancellation with `cancel_at` rather than the flag.
    cancelAtPeriodEnd: subscription.cancel_at_period_end === true || typeof subscription.cancel_at === 'number',
    cancelAt: fromUnix(subscription.cancel_at),
    createdAt: fromUnix(subscription.created) ?? new Date(0),
    metadataCommunityId: parseCommunityId(subscription.metadata?.communityId),
  };
};

export { idOf, parseCommunityId };
