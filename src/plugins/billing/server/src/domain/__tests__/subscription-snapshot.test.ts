import type Stripe from 'stripe';

import { createCatalogue } from '../catalogue';
import { snapshotOf } from '../subscription-snapshot';
import { refOfEvent } from '../event-refs';

const catalogue = createCatalogue(
  { catalogue: { free: { name: 'Free', memberLimit: 50, searchLimitPerMonth: 500, priceUsd: null }, pro: { name: 'Pro', memberLimit: 500, searchLimitPerMonth: 10000, priceUsd: { monthly: 50, yearly: 500 } } } },
  { pro: { monthly: 'price_pro_m', yearly: 'price_pro_y' } }
);

const subscription = (overrides: Record<string, unknown> = {}) =>
  ({
    id: 'sub_1',
    object: 'subscription',
    customer: 'cus_1',
    status: 'active',
    cancel_at_period_end: false,
    cancel_at: null,
    created: 1_700_000_000,
    metadata: { communityId: '42', plan: 'pro' },
    items: {
      data: [
        { id: 'si_addon', price: { id: 'price_addon', recurring: { interval: 'month', interval_count: 1 } }, current_period_start: 1, current_period_end: 2 },
        { id: 'si_1', price: { id: 'price_pro_y', recurring: { interval: 'year', interval_count: 1 } }, current_period_start: 1_700_000_000, current_period_end: 1_731_536_000 },
      ],
    },
    ...overrides,
  }) as unknown as Stripe.Subscription;

describe('snapshotOf', () => {
  it('reads plan and interval from our price (not an add-on), the period from its item, and the community from metadata', () => {
    expect(snapshotOf(subscription(), catalogue)).toEqual({
      id: 'sub_1',
      customerId: 'cus_1',
      status: 'active',
      plan: 'pro',
      interval: 'yearly',
      priceId: 'price_pro_y',
      currentPeriodStart: new Date(1_700_000_000_000),
      currentPeriodEnd: new Date(1_731_536_000_000),
      cancelAtPeriodEnd: false,
      cancelAt: null,
      createdAt: new Date(1_700_000_000_000),
      metadataCommunityId: 42,
    });
  });

  it('treats a scheduled cancellation (cancel_at) as cancelling at period end', () => {
    expect(snapshotOf(subscription({ cancel_at: 1_731_536_000 }), catalogue)).toMatchObject({ cancelAtPeriodEnd: true, cancelAt: new Date(1_731_536_000_000) });
  });

  it('falls back to the metadata plan for a price it does not know, and to nothing for a foreign subscription', () => {
    const foreign = subscription({
      metadata: {},
      items: { data: [{ id: 'si', price: { id: 'price_other', recurring: { interval: 'month', interval_count: 3 } }, current_period_start: 1, current_period_end: 2 }] },
    });
    expect(snapshotOf(foreign, catalogue)).toMatchObject({ plan: null, interval: null, priceId: 'price_other', metadataCommunityId: null });
    const metadataOnly = subscription({ items: { data: [{ id: 'si', price: { id: 'price_old' }, current_period_start: 1, current_period_end: 2 }] } });
    expect(snapshotOf(metadataOnly, catalogue)).toMatchObject({ plan: 'pro' });
  });
});

describe('refOfEvent', () => {
  const event = (type: string, object: unknown) => ({ id: 'evt_1', type, data: { object } }) as unknown as Stripe.Event;

  it('keeps only ids from a checkout session (no email, name or address)', () => {
    const ref = refOfEvent(
      event('checkout.session.completed', {
        mode: 'subscription',
        customer: 'cus_1',
        subscription: 'sub_1',
        client_reference_id: '42',
        customer_details: { email: 'payer@example.org', name: 'Payer', address: { line1: 'x' } },
      })
    );
    expect(ref).toEqual({ kind: 'checkout', mode: 'subscription', subscriptionId: 'sub_1', customerId: 'cus_1', communityId: 42 });
  });

  it("finds an invoice's subscription under parent (current API) and directly (older API)", () => {
    expect(refOfEvent(event('invoice.payment_failed', { customer: 'cus_1', parent: { subscription_details: { subscription: 'sub_1' } } }))).toEqual({
      kind: 'invoice',
      subscriptionId: 'sub_1',
      customerId: 'cus_1',
    });
    expect(refOfEvent(event('invoice.payment_succeeded', { customer: { id: 'cus_1' }, subscription: 'sub_2', parent: null }))).toMatchObject({ subscriptionId: 'sub_2', customerId: 'cus_1' });
  });

  it('ignores event types billing does not use', () => {
    expect(refOfEvent(event('charge.refunded', {}))).toEqual({ kind: 'ignored', reason: 'event type charge.refunded is not used by billing' });
  });
});
