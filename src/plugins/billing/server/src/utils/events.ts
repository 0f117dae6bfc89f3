import { createEventBus, type EventPayloads, type SubscriptionChangedEvent } from '@community-connect/kit';

export type { SubscriptionChangedEvent };

/** The events billing emits; payloads as declared in the app's catalogue (@community-connect/kit). */
export type BillingEvents = Pick<EventPayloads, 'subscription.changed'>;

export const { emit: emitEvent } = createEventBus<BillingEvents>('billing');
