import type Stripe from 'stripe';

import { idOf, parseCommunityId } from './subscription-snapshot';

/**
 * What billing keeps of a verified Stripe event until it is processed: the ids that lead to the
 * subscription, never the customer's name, email or address (Checkout Sessions carry them).
 */
export type EventRef =
  | { kind: 'subscription'; subscriptionId: string; customerId: string | null; subscription: Stripe.Subscription }
  | {
      kind: 'checkout';
      mode: string;
      subscriptionId: string | null;
      customerId: string | null;
      communityId: number | null;
    }
  | { kind: 'invoice'; subscriptionId: string | null; customerId: string | null }
  | { kind: 'ignored'; reason: string };

const SUBSCRIPTION_EVENTS = new Set([
  'customer.subscription.created',
  'customer.subscription.updated',
  'customer.subscription.deleted',
  'customer.subscription.paused',
  'customer.subscription.resumed',
]);
const INVOICE_EVENTS = new Set(['invoice.payment_succeeded', 'invoice.payment_failed', 'invoice.paid']);

/** Invoices name their subscription under `parent` since API 2025-03-31, directly before. */
const subscriptionOfInvoice = (invoice: Stripe.Invoice): string | null => {
  const fromParent = invoice.parent?.subscription_details?.subscription;
  const legacy = (invoice as unknown as { subscription?: string | { id: string } | null }).subscription;
  return idOf(fromParent ?? legacy ?? null);
};

export const refOfEvent = (event: Stripe.Event): EventRef => {
  if (SUBSCRIPTION_EVENTS.has(event.type)) {
    const subscription = event.data.object as Stripe.Subscription;
    return { kind: 'subscription', subscriptionId: subscription.id, customerId: idOf(subscription.customer), subscription };
  }
  if (event.type === 'checkout.session.completed') {
    const session = event.data.object as Stripe.Checkout.Session;
    return {
      kind: 'checkout',
      mode: session.mode,
      subscriptionId: idOf(session.subscription),
      customerId: idOf(session.customer),
      communityId: parseCommunityId(session.client_reference_id ?? session.metadata?.communityId),
    };
  }
  if (INVOICE_EVENTS.has(event.type)) {
    const invoice = event.data.object as Stripe.Invoice;
    return { kind: 'invoice', subscriptionId: subscriptionOfInvoice(invoice), customerId: idOf(invoice.customer) };
  }
  return { kind: 'ignored', reason: `event type ${event.type} is not used by billing` };
};
