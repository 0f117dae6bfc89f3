import type { Core } from '@strapi/strapi';
import type Stripe from 'stripe';

import type { ClockService } from '../src/plugins/billing/server/src/services/clock';
import type { EventsService } from '../src/plugins/billing/server/src/services/events';
import type { SubscriptionSyncService } from '../src/plugins/billing/server/src/services/subscription-sync';
import {
  signedDelivery,
  startFakeStripe,
  STRIPE_ENV_NAMES,
  stripeEvent,
  testPrices,
  useFakeStripeForBilling,
  type FakeStripe,
  type TestPrices,
} from './fakes/stripe-server';
import { createCommunity, randomMobile, type CommunityFixture } from './helpers/fixtures';
import { bootStrapi, http, stopStrapi } from './helpers/strapi';

/**
 * Stripe webhooks through the real SDK: signature checks on the raw body, each event type moving
 * the subscription and the community's plan and limits, duplicates, out-of-order delivery, the
 * past-due grace period and suspension, retries and the sweep.
 */
let strapi: Core.Strapi;
let stripe: FakeStripe;
let prices: TestPrices;

const DAY_MS = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  stripe = await startFakeStripe();
  prices = testPrices();
  useFakeStripeForBilling(stripe, prices);
  strapi = await bootStrapi();
});

afterAll(async () => {
  clock()?.useClock(() => new Date());
  await stopStrapi(strapi);
  await stripe?.close();
  for (const name of STRIPE_ENV_NAMES) delete process.env[name];
});

const service = <T>(name: string) => strapi?.plugin('billing').service(name) as unknown as T;
const events = () => service<EventsService>('events');
const clock = () => service<ClockService>('clock');
const sync = () => service<SubscriptionSyncService>('subscription-sync');

type Onboarded = { community: CommunityFixture; token: string; customer: string };

/** A community with its own API token, which has opened a checkout (so Stripe knows its customer). */
const onboard = async (plan = 'free'): Promise<Onboarded> => {
  const community = await createCommunity(strapi, { plan });
  const issued = (await strapi.service('api::community.api-tokens').issue(community, 'full-access')) as { accessKey: string };
  await http(strapi).post('/api/billing/checkout').set('Authorization', `Bearer ${issued.accessKey}`).send({ plan: 'basic', interval: 'monthly' }).expect(200);
  const customer = [...stripe.customers.values()].find((candidate) => (candidate.metadata as Record<string, string>).communityId === String(community.id));
  if (!customer) throw new Error('the checkout created no customer');
  return { community, token: issued.accessKey, customer: customer.id as string };
};

const deliver = (event: unknown, { timestamp, secret }: { timestamp?: number; secret?: string } = {}) => {
  const { payload, signature } = signedDelivery(event, secret ?? stripe.webhookSecret, timestamp);
  return http(strapi).post('/api/billing/webhook').set('Content-Type', 'application/json').set('Stripe-Signature', signature).send(payload);
};

/** Delivers the event and waits for its processing (which runs after the answer). */
const deliverAndSettle = async (event: unknown) => {
  const response = await deliver(event).expect(200);
  await events().drain();
  return response;
};

type CommunityRow = { plan: string; accountStatus: string; memberLimit: number | null; searchLimitPerMonth: number | null };
const communityRow = async (community: CommunityFixture) =>
  (await strapi.db.query('api::community.community').findOne({
    select: ['plan', 'accountStatus', 'memberLimit', 'searchLimitPerMonth'],
    where: { id: community.id },
  })) as CommunityRow;

const subscriptionOf = async ({ token }: Onboarded) =>
  (await http(strapi).get('/api/billing/subscription').set('Authorization', `Bearer ${token}`).expect(200)).body;

const subscriptionEvent = (type: string, subscription: Stripe.Subscription) => stripeEvent(type, subscription);

const retrievesOf = (subscriptionId: string) => stripe.requestsTo(`GET /v1/subscriptions/${subscriptionId}`).length;

const storedEvent = async (eventId: string) =>
  (await strapi.db.connection('billing_events').where({ event_id: eventId }).first()) as
    | { status: string; attempts: number; ref: unknown; last_error: string | null; community_id: number | null }
    | undefined;

describe('signature', () => {
  it('refuses a wrong secret, a changed body, a stale timestamp and a missing header with 400, storing and changing nothing', async () => {
    const paying = await onboard();
    const subscription = stripe.putSubscription({ customer: paying.customer, status: 'active', price: prices.pro.monthly });
    const event = subscriptionEvent('customer.subscription.created', subscription);

    const wrongSecret = await deliver(event, { secret: 'whsec_not_the_one' }).expect(400);
    expect(wrongSecret.body).toEqual({
      data: null,
      error: { status: 400, name: 'ValidationError', message: expect.stringMatching(/does not match/), details: {} },
    });

    const { signature } = signedDelivery(event, stripe.webhookSecret);
    const tampered = JSON.stringify({ ...event, type: 'customer.subscription.deleted' }, null, 2);
    await http(strapi).post('/api/billing/webhook').set('Content-Type', 'application/json').set('Stripe-Signature', signature).send(tampered).expect(400);

    // Even re-serialising the same event (other whitespace) breaks the signature: the raw body is what is checked.
    const reformatted = JSON.stringify(event);
    await http(strapi).post('/api/billing/webhook').set('Content-Type', 'application/json').set('Stripe-Signature', signature).send(reformatted).expect(400);

    const stale = await deliver(event, { timestamp: Math.floor(Date.now() / 1000) - 301 }).expect(400);
    expect(stale.body.error.message).toMatch(/more than 300 seconds/);

    const unsigned = await http(strapi).post('/api/billing/webhook').set('Content-Type', 'application/json').send(JSON.stringify(event)).expect(400);
    expect(unsigned.body.error.message).toMatch(/Stripe-Signature/);

    await events().drain();
    expect(await storedEvent(event.id)).toBeUndefined();
    expect(retrievesOf(subscription.id)).toBe(0);
    expect(await communityRow(paying.community)).toMatchObject({ plan: 'free', memberLimit: 50 });

    // The same event, properly signed, is taken: the refusals were about the signatures.
    await deliverAndSettle(event);
    expect(await communityRow(paying.community)).toMatchObject({ plan: 'pro', memberLimit: 500 });
  });
});

describe('events', () => {
  it('checkout.session.completed applies the subscription: plan, limits, period and invoices, without personal data', async () => {
    const paying = await onboard();
    const subscription = stripe.putSubscription({ customer: paying.customer, status: 'active', price: prices.basic.monthly });
    const session = {
      id: 'cs_test_completed',
      object: 'checkout.session',
      mode: 'subscription',
      status: 'complete',
      customer: paying.customer,
      subscription: subscription.id,
      client_reference_id: String(paying.community.id),
      customer_details: { email: 'payer@example.org', name: 'Payer Person', address: { line1: '1 Test Street' } },
    };
    const event = stripeEvent('checkout.session.completed', session);

    const response = await deliverAndSettle(event);
    expect(response.body).toEqual({ received: true, duplicate: false });

    expect(await communityRow(paying.community)).toEqual({ plan: 'basic', accountStatus: 'active', memberLimit: 100, searchLimitPerMonth: 2000 });
    const paid = stripe.addInvoice({ customer: paying.customer, subscription: subscription.id, status: 'paid', amountDue: 1000 });
    const body = await subscriptionOf(paying);
    const item = subscription.items.data[0];
    expect(body.data).toMatchObject({
      plan: 'basic',
      status: 'active',
      subscribedPlan: 'basic',
      interval: 'monthly',
      cancelAtPeriodEnd: false,
      pastDue: null,
      currentPeriod: {
        start: new Date(item.current_period_start * 1000).toISOString(),
        end: new Date(item.current_period_end * 1000).toISOString(),
      },
      invoices: [
        {
          id: paid.id,
          number: paid.number,
          status: 'paid',
          amountDue: 1000,
          amountPaid: 1000,
          currency: 'usd',
          hostedInvoiceUrl: paid.hosted_invoice_url,
          invoicePdf: paid.invoice_pdf,
        },
      ],
    });
    // Neither the answer nor the stored event carries the payer's email, name or address.
    const stored = JSON.stringify(await storedEvent(event.id));
    for (const text of [JSON.stringify(body), stored]) {
      expect(text).not.toMatch(/payer@example\.org|Payer Person|1 Test Street/);
    }
    expect(await storedEvent(event.id)).toMatchObject({ status: 'processed', attempts: 1, community_id: paying.community.id });
  });

  it('customer.subscription.created and .updated move the plan and its limits up and down; a cancellation at period end is shown', async () => {
    const paying = await onboard();
    const id = 'sub_moves_' + paying.community.id;
    let subscription = stripe.putSubscription({ id, customer: paying.customer, status: 'active', price: prices.basic.monthly });
    await deliverAndSettle(subscriptionEvent('customer.subscription.created', subscription));
    expect(await communityRow(paying.community)).toMatchObject({ plan: 'basic', memberLimit: 100, searchLimitPerMonth: 2000 });

    subscription = stripe.putSubscription({ id, customer: paying.customer, status: 'active', price: prices.pro.yearly, interval: 'year' });
    await deliverAndSettle(subscriptionEvent('customer.subscription.updated', subscription));
    expect(await communityRow(paying.community)).toMatchObject({ plan: 'pro', memberLimit: 500, searchLimitPerMonth: 10000 });
    expect((await subscriptionOf(paying)).data).toMatchObject({ plan: 'pro', interval: 'yearly', status: 'active' });

    subscription = stripe.putSubscription({ id, customer: paying.customer, status: 'active', price: prices.basic.monthly, cancelAtPeriodEnd: true });
    await deliverAndSettle(subscriptionEvent('customer.subscription.updated', subscription));
    // Paid until the period ends: the plan stays, the answer says it will not renew.
    expect(await communityRow(paying.community)).toMatchObject({ plan: 'basic', memberLimit: 100 });
    const body = await subscriptionOf(paying);
    expect(body.data).toMatchObject({ plan: 'basic', status: 'active', cancelAtPeriodEnd: true, cancelAt: expect.any(String) });
  });

  it('customer.subscription.deleted drops to the free limits: members over the limit stay, new ones are refused', async () => {
    const paying = await onboard();
    const id = 'sub_deleted_' + paying.community.id;
    stripe.putSubscription({ id, customer: paying.customer, status: 'active', price: prices.basic.monthly });
    await deliverAndSettle(subscriptionEvent('customer.subscription.created', stripe.subscriptions.get(id) as unknown as Stripe.Subscription));
    const rows = Array.from({ length: 51 }, (_, index) => ({ name: `Billing Member ${index}`, phone: randomMobile(), city: 'Chennai' }));
    const imported = await http(strapi).post('/api/members/import').set('Authorization', `Bearer ${paying.token}`).send(rows).expect(200);
    expect(imported.body).toMatchObject({ created: 51 });

    const canceled = stripe.putSubscription({ id, customer: paying.customer, status: 'canceled', price: prices.basic.monthly });
    await deliverAndSettle(subscriptionEvent('customer.subscription.deleted', canceled));

    expect(await communityRow(paying.community)).toEqual({ plan: 'free', accountStatus: 'active', memberLimit: 50, searchLimitPerMonth: 500 });
    expect(await strapi.db.query('api::member.member').count({ where: { community: { id: paying.community.id }, isActive: true } })).toBe(51);
    const refused = await http(strapi)
      .post('/api/members')
      .set('Authorization', `Bearer ${paying.token}`)
      .send({ data: { name: 'One Too Many', phone: randomMobile(), city: 'Chennai' } })
      .expect(403);
    expect(refused.body.error).toMatchObject({ name: 'QuotaExceeded', details: { quota: 'members', limit: 50, used: 51, upgrade: true } });
    expect((await subscriptionOf(paying)).data).toMatchObject({ plan: 'free', status: 'canceled', subscribedPlan: 'basic' });
  });

  it('invoice.payment_failed keeps the service for the 7-day grace period, then suspends until invoice.payment_succeeded', async () => {
    const paying = await onboard();
    const id = 'sub_past_due_' + paying.community.id;
    const asToken = { Authorization: `Bearer ${paying.token}` };
    stripe.putSubscription({ id, customer: paying.customer, status: 'active', price: prices.pro.monthly });
    await deliverAndSettle(subscriptionEvent('customer.subscription.created', stripe.subscriptions.get(id) as unknown as Stripe.Subscription));

    const failedAt = new Date();
    clock().useClock(() => failedAt);
    try {
      stripe.putSubscription({ id, customer: paying.customer, status: 'past_due', price: prices.pro.monthly });
      const unpaid = stripe.addInvoice({ customer: paying.customer, subscription: id, status: 'open', amountDue: 5000 });
      await deliverAndSettle(stripeEvent('invoice.payment_failed', unpaid));

      expect(await communityRow(paying.community)).toMatchObject({ plan: 'pro', accountStatus: 'active', memberLimit: 500 });
      const owing = await subscriptionOf(paying);
      expect(owing.data).toMatchObject({
        status: 'past_due',
        pastDue: { since: failedAt.toISOString(), graceEndsAt: new Date(failedAt.getTime() + 7 * DAY_MS).toISOString(), suspended: false },
      });
      await http(strapi).get('/api/members').set(asToken).expect(200);

      clock().useClock(() => new Date(failedAt.getTime() + 6 * DAY_MS));
      await sync().enforceGracePeriods();
      expect(await communityRow(paying.community)).toMatchObject({ accountStatus: 'active' });

      clock().useClock(() => new Date(failedAt.getTime() + 7 * DAY_MS + 60_000));
      await sync().enforceGracePeriods();
      expect(await communityRow(paying.community)).toMatchObject({ accountStatus: 'suspended', plan: 'pro' });
      const closed = await http(strapi).get('/api/members').set(asToken).expect(403);
      expect(closed.body.error.message).toMatch(/suspended/);
      // A suspended community can still see what it owes and pay it.
      expect((await subscriptionOf(paying)).data.pastDue).toMatchObject({ suspended: true });
      await http(strapi).post('/api/billing/portal').set(asToken).send({}).expect(200);

      stripe.putSubscription({ id, customer: paying.customer, status: 'active', price: prices.pro.monthly });
      const paid = stripe.addInvoice({ customer: paying.customer, subscription: id, status: 'paid', amountDue: 5000 });
      await deliverAndSettle(stripeEvent('invoice.payment_succeeded', paid));

      expect(await communityRow(paying.community)).toMatchObject({ accountStatus: 'active', plan: 'pro' });
      expect((await subscriptionOf(paying)).data).toMatchObject({ status: 'active', pastDue: null });
      await http(strapi).get('/api/members').set(asToken).expect(200);
    } finally {
      clock().useClock(() => new Date());
    }
  });

  it('suspends on an event too once the grace period is over, and never lifts a suspension a super admin made', async () => {
    const paying = await onboard();
    const id = 'sub_admin_suspended_' + paying.community.id;
    const since = new Date();
    clock().useClock(() => since);
    try {
      stripe.putSubscription({ id, customer: paying.customer, status: 'past_due', price: prices.basic.monthly });
      await deliverAndSettle(subscriptionEvent('customer.subscription.updated', stripe.subscriptions.get(id) as unknown as Stripe.Subscription));
      expect(await communityRow(paying.community)).toMatchObject({ plan: 'basic', accountStatus: 'active' });

      clock().useClock(() => new Date(since.getTime() + 8 * DAY_MS));
      await deliverAndSettle(subscriptionEvent('customer.subscription.updated', stripe.subscriptions.get(id) as unknown as Stripe.Subscription));
      expect(await communityRow(paying.community)).toMatchObject({ accountStatus: 'suspended' });
    } finally {
      clock().useClock(() => new Date());
    }

    const other = await onboard();
    await strapi.documents('api::community.community').update({ documentId: other.community.documentId, data: { accountStatus: 'suspended' } } as never);
    const active = stripe.putSubscription({ customer: other.customer, status: 'active', price: prices.basic.monthly });
    await deliverAndSettle(subscriptionEvent('customer.subscription.created', active));
    expect(await communityRow(other.community)).toMatchObject({ plan: 'basic', accountStatus: 'suspended' });
  });

  it('processes a duplicate delivery once, also when both copies arrive together', async () => {
    const paying = await onboard();
    const subscription = stripe.putSubscription({ customer: paying.customer, status: 'active', price: prices.basic.monthly });
    const event = subscriptionEvent('customer.subscription.created', subscription);

    const [first, second] = await Promise.all([deliver(event).expect(200), deliver(event).expect(200)]);
    expect([first.body.duplicate, second.body.duplicate].sort()).toEqual([false, true]);
    await events().drain();
    const third = await deliverAndSettle(event);
    expect(third.body).toEqual({ received: true, duplicate: true });

    expect(retrievesOf(subscription.id)).toBe(1);
    expect(await storedEvent(event.id)).toMatchObject({ status: 'processed', attempts: 1 });
    const [{ count }] = (await strapi.db.connection('billing_events').where({ event_id: event.id }).count('* as count')) as Array<{ count: string | number }>;
    expect(Number(count)).toBe(1);
  });

  it('ends in the subscription\'s current state when .updated arrives before .created, and ignores a late event about an older subscription', async () => {
    const paying = await onboard();
    const id = 'sub_out_of_order_' + paying.community.id;
    // What the events carried when they were sent: created (incomplete, basic), then updated (active, pro).
    const created = stripe.putSubscription({ id, customer: paying.customer, status: 'incomplete', price: prices.basic.monthly });
    const createdEvent = subscriptionEvent('customer.subscription.created', created);
    const updated = stripe.putSubscription({ id, customer: paying.customer, status: 'active', price: prices.pro.monthly });
    const updatedEvent = subscriptionEvent('customer.subscription.updated', updated);

    await deliverAndSettle(updatedEvent);
    await deliverAndSettle(createdEvent);

    expect(await communityRow(paying.community)).toMatchObject({ plan: 'pro', accountStatus: 'active', memberLimit: 500 });
    expect((await subscriptionOf(paying)).data).toMatchObject({ plan: 'pro', status: 'active' });

    const older = stripe.putSubscription({
      customer: paying.customer,
      status: 'canceled',
      price: prices.basic.monthly,
      created: Math.floor(Date.now() / 1000) - 90 * 86400,
    });
    await deliverAndSettle(subscriptionEvent('customer.subscription.deleted', older));
    expect(await communityRow(paying.community)).toMatchObject({ plan: 'pro', memberLimit: 500 });
  });

  it('acknowledges event types it does not use, and changes nothing', async () => {
    const paying = await onboard();
    const event = stripeEvent('payment_intent.succeeded', { id: 'pi_123', object: 'payment_intent', customer: paying.customer, receipt_email: 'payer@example.org' });
    const response = await deliverAndSettle(event);
    expect(response.body).toEqual({ received: true, duplicate: false });
    const stored = await storedEvent(event.id);
    expect(stored).toMatchObject({ status: 'ignored' });
    expect(JSON.stringify(stored)).not.toContain('payer@example.org');
    expect(await communityRow(paying.community)).toMatchObject({ plan: 'free' });
  });

  it('answers at once while Stripe is failing, retries right away, then leaves the event to the sweep: nothing is lost', async () => {
    const paying = await onboard();
    const id = 'sub_retry_' + paying.community.id;
    stripe.putSubscription({ id, customer: paying.customer, status: 'active', price: prices.basic.monthly });
    const created = subscriptionEvent('customer.subscription.created', stripe.subscriptions.get(id) as unknown as Stripe.Subscription);

    stripe.failNext(1);
    await deliverAndSettle(created);
    expect(await storedEvent(created.id)).toMatchObject({ status: 'processed', attempts: 2 });
    expect(await communityRow(paying.community)).toMatchObject({ plan: 'basic' });

    stripe.putSubscription({ id, customer: paying.customer, status: 'active', price: prices.pro.monthly });
    const updated = subscriptionEvent('customer.subscription.updated', stripe.subscriptions.get(id) as unknown as Stripe.Subscription);
    stripe.failNext(100);
    try {
      await deliverAndSettle(updated);
      expect(await storedEvent(updated.id)).toMatchObject({ status: 'failed', attempts: 3, last_error: expect.any(String) });
      expect(await communityRow(paying.community)).toMatchObject({ plan: 'basic' });
    } finally {
      stripe.failNext(0);
    }

    // Later (the retry is due), the periodic sweep takes it.
    await strapi.db.connection('billing_events').where({ event_id: updated.id }).update({ next_attempt_at: new Date(Date.now() - 1000) });
    await events().sweep();
    expect(await storedEvent(updated.id)).toMatchObject({ status: 'processed', attempts: 4 });
    expect(await communityRow(paying.community)).toMatchObject({ plan: 'pro', memberLimit: 500 });

    // An event a dead process was holding is taken over once its lease has run out.
    stripe.putSubscription({ id, customer: paying.customer, status: 'active', price: prices.basic.yearly, interval: 'year' });
    const abandoned = subscriptionEvent('customer.subscription.updated', stripe.subscriptions.get(id) as unknown as Stripe.Subscription);
    await strapi.db.connection('billing_events').insert({
      event_id: abandoned.id,
      type: abandoned.type,
      ref: JSON.stringify({ kind: 'subscription', subscriptionId: id, customerId: paying.customer, subscription: abandoned.data.object }),
      status: 'processing',
      attempts: 1,
      locked_until: new Date(Date.now() - 1000),
    });
    await events().sweep();
    expect(await storedEvent(abandoned.id)).toMatchObject({ status: 'processed', attempts: 2 });
    expect(await communityRow(paying.community)).toMatchObject({ plan: 'basic', memberLimit: 100 });
  });
});
