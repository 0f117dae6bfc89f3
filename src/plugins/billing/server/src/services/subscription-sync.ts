import type { Core } from '@strapi/strapi';
import Stripe from 'stripe';

import { entitlementOf, nextPastDueSince } from '../domain/entitlement';
import { ENTITLED_STATUSES, snapshotOf, type SubscriptionSnapshot } from '../domain/subscription-snapshot';
import { supersedes } from '../domain/supersedes';
import { createSubscriptionsRepository, type BillingRecord } from '../repositories/subscriptions';
import { getService } from '../utils';
import { emitEvent } from '../utils/events';

export type SyncOutcome = { status: 'processed' | 'ignored'; outcome: string; communityId: number | null };

/**
 * Whether a saved read differs from what was known in a way listeners care about: a second event
 * about an unchanged subscription (Stripe sends several per change) is no change.
 */
const changedFrom = (record: BillingRecord | null, snapshot: SubscriptionSnapshot) =>
  !record ||
  record.subscriptionId !== snapshot.id ||
  record.status !== snapshot.status ||
  record.plan !== snapshot.plan ||
  record.interval !== snapshot.interval ||
  record.cancelAtPeriodEnd !== snapshot.cancelAtPeriodEnd ||
  (record.currentPeriodEnd?.getTime() ?? null) !== (snapshot.currentPeriodEnd?.getTime() ?? null);

const isMissing = (error: unknown) => error instanceof Stripe.errors.StripeError && error.code === 'resource_missing';

/**
 * Keeps each community's subscription record and its plan and account status in step with
 * Stripe. State always comes from the subscription as Stripe holds it now (read again from the
 * API), never from the order events arrived in.
 */
const subscriptionSyncService = ({ strapi }: { strapi: Core.Strapi }) => {
  const records = createSubscriptionsRepository(() => strapi.db.connection);

  /** The community a subscription belongs to: by its stored customer, else by our checkout's metadata. */
  const communityOf = async (snapshot: SubscriptionSnapshot, hint: number | null): Promise<number | null> => {
    if (snapshot.customerId) {
      const byCustomer = await records.findByCustomer(snapshot.customerId);
      if (byCustomer) return byCustomer.communityId;
    }
    const candidate = hint ?? snapshot.metadataCommunityId;
    if (candidate === null || !(await getService('communities').findById(candidate))) return null;
    const record = await records.find(candidate);
    // A community that already pays through another customer is not taken over by metadata.
    if (record?.customerId && record.customerId !== snapshot.customerId) return null;
    if (snapshot.customerId) await records.attachCustomer(candidate, snapshot.customerId);
    return candidate;
  };

  const log = (message: string) => strapi.log.info(`billing: ${message}`);

  return {
    /** Links the customer of a completed checkout to its community (the first time only). */
    async linkCustomer(communityId: number, customerId: string): Promise<void> {
      if (!(await getService('communities').findById(communityId))) return;
      const record = await records.find(communityId);
      if (!record?.customerId) await records.attachCustomer(communityId, customerId);
    },

    /**
     * Reads the subscription from Stripe and applies it. `fallback` (the event's own copy) is used
     * only when Stripe no longer has the subscription at all.
     */
    async syncSubscription(subscriptionId: string, { fallback, communityHint = null }: { fallback?: Stripe.Subscription; communityHint?: number | null } = {}): Promise<SyncOutcome> {
      const syncedAt = new Date();
      let subscription: Stripe.Subscription;
      try {
        subscription = await getService('stripe-client').client().subscriptions.retrieve(subscriptionId);
      } catch (error) {
        if (!(isMissing(error) && fallback)) throw error;
        subscription = fallback;
      }
      const settings = getService('settings');
      const snapshot = snapshotOf(subscription, settings.catalogue());
      const communityId = await communityOf(snapshot, communityHint);
      if (communityId === null) {
        return { status: 'ignored', outcome: `subscription ${snapshot.id} belongs to no community billing knows`, communityId: null };
      }
      if (ENTITLED_STATUSES.has(snapshot.status) && snapshot.plan === null) {
        // Applying it would give the wrong limits: fail, so the event is retried once prices are configured.
        throw new Error(
          `subscription ${snapshot.id} uses price ${snapshot.priceId ?? '(none)'}, which no STRIPE_PRICE_<PLAN>_<INTERVAL> setting names`
        );
      }
      const record = await records.find(communityId);
      if (!supersedes(record, snapshot)) {
        return { status: 'ignored', outcome: `subscription ${snapshot.id} is older than the community's current one`, communityId };
      }
      const pastDueSince = nextPastDueSince(record?.pastDueSince ?? null, snapshot.status, getService('clock').now());
      const saved = await records.saveSnapshot(communityId, snapshot, pastDueSince, syncedAt);
      await this.applyEntitlement(communityId);
      if (saved && changedFrom(record, snapshot)) {
        emitEvent(strapi, 'subscription.changed', {
          communityId,
          subscriptionId: snapshot.id,
          status: snapshot.status,
          previousStatus: record?.subscriptionId === snapshot.id ? record.status : null,
          plan: snapshot.plan,
          previousPlan: record?.plan ?? null,
          interval: snapshot.interval,
          cancelAtPeriodEnd: snapshot.cancelAtPeriodEnd,
          currentPeriodEnd: snapshot.currentPeriodEnd?.toISOString() ?? null,
        });
      }
      return {
        status: 'processed',
        outcome: saved ? `subscription ${snapshot.id} is ${snapshot.status} (${snapshot.plan ?? 'no plan'})` : `a fresher read of subscription ${snapshot.id} was already saved`,
        communityId,
      };
    },

    /**
     * Gives the community what its subscription entitles it to: the plan's limits, and suspension
     * once an unpaid bill outlasts the grace period. Billing lifts only suspensions it made
     * itself; one a super admin made for another reason stays.
     */
    async applyEntitlement(communityId: number): Promise<void> {
      const communities = getService('communities');
      const [record, community] = await Promise.all([records.find(communityId), communities.findById(communityId)]);
      if (!record || !community) return;
      const now = getService('clock').now();
      const entitlement = entitlementOf(record, now, getService('settings').gracePeriodMs());
      if (!entitlement) return;

      const data: { plan?: string; accountStatus?: 'active' | 'suspended' } = {};
      if (community.plan !== entitlement.plan) data.plan = entitlement.plan;

      if (entitlement.suspended && community.accountStatus !== 'suspended') {
        // Marked first: if the update below fails, the next check still knows to suspend (and later to lift).
        await records.setSuspendedByBilling(communityId, now);
        data.accountStatus = 'suspended';
        await communities.update(community, data);
        log(`community "${community.slug}" suspended: its bill has been unpaid since ${record.pastDueSince?.toISOString()}`);
        return;
      }
      if (!entitlement.suspended && record.suspendedByBillingAt) {
        if (community.accountStatus === 'suspended') data.accountStatus = 'active';
        await communities.update(community, data);
        // Cleared after the update: if that fails, the next check still lifts the suspension.
        await records.setSuspendedByBilling(communityId, null);
        if (data.accountStatus) log(`community "${community.slug}" reactivated: its subscription is ${record.status}`);
        return;
      }
      await communities.update(community, data);
      if (data.plan) log(`community "${community.slug}" moved to the ${data.plan} plan (subscription ${record.status})`);
    },

    /**
     * The periodic check: suspends communities whose grace period has run out and lifts billing's
     * suspensions that are no longer owed. One community's failure does not stop the others.
     */
    async enforceGracePeriods(): Promise<{ checked: number; failed: number }> {
      const candidates = await records.delinquentOrSuspended();
      let failed = 0;
      for (const record of candidates) {
        try {
          await this.applyEntitlement(record.communityId);
        } catch (error) {
          failed += 1;
          strapi.log.error(`billing: grace check failed for community ${record.communityId}: ${(error as Error).message}`);
        }
      }
      return { checked: candidates.length, failed };
    },
  };
};

export type SubscriptionSyncService = ReturnType<typeof subscriptionSyncService>;

export default subscriptionSyncService;
