import { AsyncLocalStorage } from 'node:async_hooks';

import type { Core } from '@strapi/strapi';

/**
 * `subscription.changed`, following the app's event conventions (docs/extending.md): ids, plans
 * and states only (no customer details, no amounts, no Stripe keys), `communityId` and
 * `occurredAt` on every payload, delivered after the change has been saved, outside the request.
 */
export type SubscriptionChangedEvent = {
  communityId: number;
  occurredAt: string;
  /** Stripe subscription id (`sub_…`): an id, not a secret. */
  subscriptionId: string;
  status: string;
  previousStatus: string | null;
  /** The catalogue plan of the subscription's price (null: a price billing does not know). */
  plan: string | null;
  previousPlan: string | null;
  interval: 'monthly' | 'yearly' | null;
  cancelAtPeriodEnd: boolean;
  currentPeriodEnd: string | null;
};

export type BillingEvents = { 'subscription.changed': SubscriptionChangedEvent };

const outsideRequests = AsyncLocalStorage.snapshot();

/** Emits without ever failing the caller: a listener that throws is logged and ignored. */
export const emitEvent = <TName extends keyof BillingEvents>(strapi: Core.Strapi, name: TName, input: Omit<BillingEvents[TName], 'occurredAt'>) => {
  const warn = (error: unknown) => strapi.log.warn(`billing: a listener of ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
  try {
    const payload = Object.freeze({ ...input, occurredAt: new Date().toISOString() });
    const deliver = () =>
      setImmediate(() =>
        outsideRequests(() => {
          Promise.resolve()
            .then(() => strapi.eventHub.emit(name, payload))
            .catch(warn);
        })
      );
    // Inside a transaction, nothing is announced until it commits.
    if (strapi.db?.inTransaction()) strapi.db.transaction(({ onCommit }) => void onCommit(deliver)).catch(warn);
    else deliver();
  } catch (error) {
    warn(error);
  }
};
