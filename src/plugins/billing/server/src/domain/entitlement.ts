import { FREE_PLAN } from './catalogue';
import { DELINQUENT_STATUSES, ENTITLED_STATUSES } from './subscription-snapshot';

export type BillingState = {
  status: string | null;
  plan: string | null;
  /** When billing first saw the subscription past due (the grace period runs from here). */
  pastDueSince: Date | null;
};

export type Entitlement = {
  /** The plan whose limits the community gets. */
  plan: string;
  /** Whether the community should be closed for non-payment. */
  suspended: boolean;
  /** When an unpaid community will be (or was) suspended. */
  graceEndsAt: Date | null;
};

/**
 * What a community is entitled to from its subscription alone, whatever order Stripe's events
 * came in: the paid plan while active, trialing or owing (for the grace period, then suspended),
 * the free plan once it ended or never started. `null` without a subscription: billing then
 * leaves the community as its admins set it.
 */
export const entitlementOf = (state: BillingState, now: Date, gracePeriodMs: number): Entitlement | null => {
  if (!state.status) return null;
  const entitled = ENTITLED_STATUSES.has(state.status) && state.plan !== null;
  const delinquent = DELINQUENT_STATUSES.has(state.status);
  const graceEndsAt = delinquent ? new Date((state.pastDueSince ?? now).getTime() + gracePeriodMs) : null;
  return {
    plan: entitled ? (state.plan as string) : FREE_PLAN,
    suspended: graceEndsAt !== null && now.getTime() >= graceEndsAt.getTime(),
    graceEndsAt,
  };
};

/** Keeps the first moment a subscription was seen owing, and forgets it once it is paid or ended. */
export const nextPastDueSince = (previous: Date | null, status: string, now: Date): Date | null =>
  DELINQUENT_STATUSES.has(status) ? (previous ?? now) : null;
