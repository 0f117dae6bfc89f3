import { randomBytes } from 'node:crypto';

import type { Core } from '@strapi/strapi';

import type { EventsService } from '../src/plugins/billing/server/src/services/events';
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
import { createApiToken, createCommunity, createMember, loginAsMember, type CommunityFixture } from './helpers/fixtures';
import { bootStrapi, http, stopStrapi } from './helpers/strapi';

/**
 * Checkout, the customer portal and the subscription answer over the content API (community and
 * platform tokens), who may use them, and the admin panel's billing routes.
 */
let strapi: Core.Strapi;
let stripe: FakeStripe;
let prices: TestPrices;
let platformToken: string;

const PUBLIC_URL = 'http://localhost:1337';
const PASSWORD = 'Billing-Test-Passw0rd';

beforeAll(async () => {
  stripe = await startFakeStripe();
  prices = testPrices();
  useFakeStripeForBilling(stripe, prices);
  strapi = await bootStrapi();
  platformToken = await createApiToken(strapi);
});

afterAll(async () => {
  await stopStrapi(strapi);
  await stripe?.close();
  for (const name of STRIPE_ENV_NAMES) delete process.env[name];
});

const issueToken = async (community: CommunityFixture, type: 'full-access' | 'read-only' = 'full-access') =>
  ((await strapi.service('api::community.api-tokens').issue(community, type)) as { accessKey: string }).accessKey;

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const checkout = (headers: Record<string, string>, body: unknown) => http(strapi).post('/api/billing/checkout').set(headers).send(body as object);
const portal = (headers: Record<string, string>, body: unknown = {}) => http(strapi).post('/api/billing/portal').set(headers).send(body as object);

const customersOf = (community: CommunityFixture) =>
  stripe.requestsTo('POST /v1/customers').filter((request) => (request.params.metadata as Record<string, string>)?.communityId === String(community.id));
const sessionsFor = (customer: string) => stripe.requestsTo('POST /v1/checkout/sessions').filter((request) => request.params.customer === customer);
const storedCustomer = async (community: CommunityFixture) =>
  ((await strapi.db.connection('billing_subscriptions').where({ community_id: community.id }).first()) as { stripe_customer_id: string } | undefined)
    ?.stripe_customer_id;

/** Makes Stripe report an active subscription for the community (a signed webhook, as in production). */
const subscribe = async (community: CommunityFixture, price: string) => {
  const customer = await storedCustomer(community);
  if (!customer) throw new Error('no customer yet');
  const subscription = stripe.putSubscription({ customer, status: 'active', price });
  const { payload, signature } = signedDelivery(stripeEvent('customer.subscription.created', subscription), stripe.webhookSecret);
  await http(strapi).post('/api/billing/webhook').set('Content-Type', 'application/json').set('Stripe-Signature', signature).send(payload).expect(200);
  await (strapi.plugin('billing').service('events') as unknown as EventsService).drain();
  return subscription;
};

describe('POST /api/billing/checkout', () => {
  it("opens a subscription-mode Checkout Session for the community's customer, created once and stored", async () => {
    const community = await createCommunity(strapi, { plan: 'free' });
    const token = await issueToken(community);

    const first = await checkout(bearer(token), { plan: 'basic', interval: 'monthly' }).expect(200);
    expect(first.body).toEqual({ url: expect.stringMatching(/^https:\/\/checkout\.stripe\.com\/c\/pay\/cs_test_/), sessionId: expect.stringMatching(/^cs_test_/) });

    const [customerRequest] = customersOf(community);
    expect(customersOf(community)).toHaveLength(1);
    expect(customerRequest.idempotencyKey).toBe(`community-connect-customer-${community.documentId}`);
    const customer = await storedCustomer(community);
    expect(customer).toMatch(/^cus_/);

    const [session] = sessionsFor(customer as string);
    expect(session.params).toMatchObject({
      mode: 'subscription',
      customer,
      client_reference_id: String(community.id),
      line_items: [{ price: prices.basic.monthly, quantity: '1' }],
      success_url: `${PUBLIC_URL}/admin/plugins/billing?community=${community.documentId}&checkout=success`,
      cancel_url: `${PUBLIC_URL}/admin/plugins/billing?community=${community.documentId}&checkout=cancelled`,
      subscription_data: { metadata: { communityId: String(community.id), plan: 'basic', interval: 'monthly' } },
    });

    // A second checkout (another plan) reuses the stored customer.
    await checkout(bearer(token), { plan: 'pro', interval: 'yearly' }).expect(200);
    expect(customersOf(community)).toHaveLength(1);
    expect(sessionsFor(customer as string).map((request) => (request.params.line_items as Array<{ price: string }>)[0].price)).toEqual([
      prices.basic.monthly,
      prices.pro.yearly,
    ]);
  });

  it('works for a platform token naming the community, and takes return URLs only on our own origin', async () => {
    const community = await createCommunity(strapi, { plan: 'free' });
    const asPlatform = { ...bearer(platformToken), 'X-Community': community.slug };

    await checkout(bearer(platformToken), { plan: 'basic' }).expect(400);
    const response = await checkout(asPlatform, { plan: 'basic', successUrl: `${PUBLIC_URL}/welcome?session={CHECKOUT_SESSION_ID}` }).expect(200);
    expect(response.body.url).toMatch(/^https:\/\/checkout\.stripe\.com\//);
    const [session] = sessionsFor((await storedCustomer(community)) as string);
    // interval defaults to monthly
    expect(session.params).toMatchObject({ line_items: [{ price: prices.basic.monthly }], success_url: `${PUBLIC_URL}/welcome?session={CHECKOUT_SESSION_ID}` });

    const foreign = await checkout(asPlatform, { plan: 'basic', cancelUrl: 'https://evil.example/phish' }).expect(400);
    expect(foreign.body.error).toMatchObject({ name: 'ValidationError', message: expect.stringMatching(/cancelUrl must be on one of this app's origins/) });
  });

  it('answers enterprise with contact-sales, and refuses free, unknown plans, intervals and fields with 400', async () => {
    const community = await createCommunity(strapi, { plan: 'free' });
    const token = await issueToken(community);
    const before = stripe.requests.length;

    const enterprise = await checkout(bearer(token), { plan: 'enterprise', interval: 'yearly' }).expect(200);
    expect(enterprise.body).toEqual({ url: null, contactSales: true, message: expect.stringMatching(/sales team/), contactUrl: null });

    const free = await checkout(bearer(token), { plan: 'free' }).expect(400);
    expect(free.body.error.message).toMatch(/free plan needs no checkout/);
    const unknown = await checkout(bearer(token), { plan: 'platinum' }).expect(400);
    expect(unknown.body.error).toMatchObject({ message: expect.stringMatching(/Unknown plan "platinum"/), details: { errors: [{ path: ['plan'] }] } });
    const interval = await checkout(bearer(token), { plan: 'basic', interval: 'weekly' }).expect(400);
    expect(interval.body.error.details.errors[0].path).toEqual(['interval']);
    const extra = await checkout(bearer(token), { plan: 'basic', coupon: 'FREE' }).expect(400);
    expect(extra.body.error.message).toMatch(/coupon/);
    await checkout(bearer(token), []).expect(400);

    expect(stripe.requests.length).toBe(before);
  });

  it('refuses a second subscription while one is running (409), and lets a suspended community pay', async () => {
    const community = await createCommunity(strapi, { plan: 'free' });
    const token = await issueToken(community);
    await checkout(bearer(token), { plan: 'basic' }).expect(200);
    await subscribe(community, prices.basic.monthly);

    const conflict = await checkout(bearer(token), { plan: 'pro' }).expect(409);
    expect(conflict.body).toEqual({
      data: null,
      error: { status: 409, name: 'ConflictError', message: expect.stringMatching(/already has a basic subscription \(active\).*billing portal/), details: { plan: 'basic', status: 'active' } },
    });

    const suspended = await createCommunity(strapi, { plan: 'free', accountStatus: 'suspended' });
    await checkout(bearer(await issueToken(suspended)), { plan: 'basic' }).expect(200);
  });

  it('answers 502 without internals when Stripe fails', async () => {
    const community = await createCommunity(strapi, { plan: 'free' });
    stripe.failNext(1);
    const response = await checkout(bearer(await issueToken(community)), { plan: 'basic' }).expect(502);
    expect(response.body).toEqual({
      data: null,
      error: { status: 502, name: 'StripeUnavailable', message: expect.stringMatching(/Stripe could not create the billing account/), details: { stripeRequestId: expect.stringMatching(/^req_/) } },
    });
    expect(await storedCustomer(community)).toBeUndefined();
  });
});

describe('POST /api/billing/portal and GET /api/billing/subscription', () => {
  it('opens the portal for the stored customer, returning to the billing page', async () => {
    const community = await createCommunity(strapi, { plan: 'free' });
    const token = await issueToken(community);

    const none = await portal(bearer(token)).expect(400);
    expect(none.body.error.message).toMatch(/no billing account yet/);

    await checkout(bearer(token), { plan: 'basic' }).expect(200);
    const response = await portal(bearer(token)).expect(200);
    expect(response.body).toEqual({ url: expect.stringMatching(/^https:\/\/billing\.stripe\.com\/p\/session\//) });
    const request = stripe.requestsTo('POST /v1/billing_portal/sessions').at(-1);
    expect(request?.params).toEqual({ customer: await storedCustomer(community), return_url: `${PUBLIC_URL}/admin/plugins/billing?community=${community.documentId}` });

    await portal(bearer(token), { returnUrl: 'https://evil.example/' }).expect(400);
  });

  it('reports a community that never subscribed', async () => {
    const community = await createCommunity(strapi, { plan: 'free' });
    const response = await http(strapi).get('/api/billing/subscription').set(bearer(await issueToken(community, 'read-only'))).expect(200);
    expect(response.body).toEqual({
      data: {
        community: { documentId: community.documentId, slug: community.slug, name: community.name, accountStatus: 'active' },
        plan: 'free',
        status: 'none',
        subscribedPlan: null,
        interval: null,
        currentPeriod: null,
        cancelAtPeriodEnd: false,
        cancelAt: null,
        pastDue: null,
        invoices: [],
      },
      meta: {},
    });
  });
});

describe('who may bill a community', () => {
  it('refuses members (403) on every billing route', async () => {
    const community = await createCommunity(strapi, { plan: 'free' });
    const member = await createMember(strapi, community);
    const { jwt } = await loginAsMember(strapi, member);
    const before = stripe.requests.length;

    await checkout(bearer(jwt), { plan: 'basic' }).expect(403);
    await portal(bearer(jwt)).expect(403);
    await http(strapi).get('/api/billing/subscription').set(bearer(jwt)).expect(403);
    expect(stripe.requests.length).toBe(before);

    // Even if an admin grants the Member role a billing action, billing itself refuses members.
    const memberRole = (await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'member' } })) as { id: number };
    const granted = (await strapi.db.query('plugin::users-permissions.permission').create({
      data: { action: 'plugin::billing.billing.checkout', role: memberRole.id },
    })) as { id: number };
    try {
      const refused = await checkout(bearer(jwt), { plan: 'basic' }).expect(403);
      expect(refused.body.error.message).toBe("Billing is managed by the community's admins, not its members");
    } finally {
      await strapi.db.query('plugin::users-permissions.permission').delete({ where: { id: granted.id } });
    }
    expect(stripe.requests.length).toBe(before);
  });

  it("refuses another community's token for checkout, portal and subscription, and a read-only token for checkout", async () => {
    const target = await createCommunity(strapi, { plan: 'free' });
    const targetToken = await issueToken(target);
    await checkout(bearer(targetToken), { plan: 'basic' }).expect(200);
    const other = await createCommunity(strapi, { plan: 'free' });
    const otherToken = await issueToken(other);
    const sessionsBefore = stripe.requestsTo('POST /v1/checkout/sessions').length;
    const portalsBefore = stripe.requestsTo('POST /v1/billing_portal/sessions').length;

    const asOther = { ...bearer(otherToken), 'X-Community': target.slug };
    const refused = await checkout(asOther, { plan: 'basic' }).expect(403);
    expect(refused.body.error.message).toMatch(/belongs to another community/);
    await portal(asOther).expect(403);
    await http(strapi).get('/api/billing/subscription').set(asOther).expect(403);
    expect(stripe.requestsTo('POST /v1/checkout/sessions')).toHaveLength(sessionsBefore);
    expect(stripe.requestsTo('POST /v1/billing_portal/sessions')).toHaveLength(portalsBefore);
    expect(customersOf(other)).toHaveLength(0);

    const readOnly = await issueToken(target, 'read-only');
    await http(strapi).get('/api/billing/subscription').set(bearer(readOnly)).expect(200);
    await checkout(bearer(readOnly), { plan: 'basic' }).expect(403);
    await portal(bearer(readOnly)).expect(403);

    const anonymous = await http(strapi).post('/api/billing/checkout').send({ plan: 'basic' });
    expect([401, 403]).toContain(anonymous.status);
  });
});

describe('admin panel billing routes', () => {
  let managed: CommunityFixture;
  let unmanaged: CommunityFixture;
  let communityAdmin: string;
  let superAdmin: string;
  let noBillingAdmin: string;

  const login = async (email: string) => (await http(strapi).post('/admin/login').send({ email, password: PASSWORD }).expect(200)).body.data.token as string;
  const createAdmin = async (roles: number[]) => {
    const email = `billing-${randomBytes(4).toString('hex')}@example.org`;
    const user = (await strapi.service('admin::user').create({ email, password: PASSWORD, firstname: 'Billing', isActive: true, roles })) as { id: number };
    return { id: user.id, token: await login(email) };
  };
  const asAdmin = (token: string) => bearer(token);

  beforeAll(async () => {
    managed = await createCommunity(strapi, { plan: 'free' });
    unmanaged = await createCommunity(strapi, { plan: 'free' });
    const admins = strapi.service('api::community.community-admins') as unknown as {
      findOrCreateRole(): Promise<number>;
      link(community: string, adminUserId: number): Promise<void>;
    };
    const roleId = await admins.findOrCreateRole();
    const linked = await createAdmin([roleId]);
    await admins.link(managed.documentId, linked.id);
    communityAdmin = linked.token;
    const superRole = (await strapi.service('admin::role').getSuperAdmin()) as { id: number };
    superAdmin = (await createAdmin([superRole.id])).token;
    const bare = (await strapi.service('admin::role').create({ name: `No billing ${randomBytes(3).toString('hex')}`, description: 'test' })) as { id: number };
    noBillingAdmin = (await createAdmin([bare.id])).token;
  });

  it('gives the Community Admin role the billing permissions', async () => {
    const role = (await strapi.db.query('admin::role').findOne({ where: { code: 'community-admin' } })) as { id: number };
    const permissions = (await strapi.db.query('admin::permission').findMany({ where: { role: { id: role.id }, action: { $startsWith: 'plugin::billing.' } } })) as Array<{ action: string }>;
    expect(permissions.map((permission) => permission.action).sort()).toEqual(['plugin::billing.manage', 'plugin::billing.read']);
  });

  it("lists and shows only the admin's communities, with usage, plans and the subscription", async () => {
    const list = await http(strapi).get('/billing/communities').set(asAdmin(communityAdmin)).expect(200);
    expect(list.body).toEqual({
      data: [{ documentId: managed.documentId, name: managed.name, slug: managed.slug, plan: 'free', accountStatus: 'active' }],
      meta: { configured: true, operator: false },
    });

    const overview = await http(strapi).get(`/billing/communities/${managed.documentId}`).set(asAdmin(communityAdmin)).expect(200);
    expect(overview.body.meta).toEqual({ configured: true });
    expect(overview.body.data).toMatchObject({
      plan: 'free',
      status: 'none',
      usage: { plan: 'free', members: { used: 0, limit: 50 }, searches: { used: 0, limit: 500 } },
      plans: expect.arrayContaining([
        expect.objectContaining({ id: 'basic', selfServe: true, intervals: ['monthly', 'yearly'], priceUsd: { monthly: 10, yearly: 100 } }),
        expect.objectContaining({ id: 'enterprise', selfServe: false }),
      ]),
    });

    const refused = await http(strapi).get(`/billing/communities/${unmanaged.documentId}`).set(asAdmin(communityAdmin)).expect(403);
    expect(refused.body.error.message).toBe('You do not manage this community');
    await http(strapi).get('/billing/communities/not-a-community').set(asAdmin(communityAdmin)).expect(403);

    const all = await http(strapi).get('/billing/communities').set(asAdmin(superAdmin)).expect(200);
    expect(all.body.data.map((community: { documentId: string }) => community.documentId)).toEqual(expect.arrayContaining([managed.documentId, unmanaged.documentId]));
  });

  it('opens checkout and the portal for a managed community only', async () => {
    const opened = await http(strapi).post(`/billing/communities/${managed.documentId}/checkout`).set(asAdmin(communityAdmin)).send({ plan: 'pro', interval: 'yearly' }).expect(200);
    expect(opened.body.url).toMatch(/^https:\/\/checkout\.stripe\.com\//);
    const portalOpened = await http(strapi).post(`/billing/communities/${managed.documentId}/portal`).set(asAdmin(communityAdmin)).send({}).expect(200);
    expect(portalOpened.body.url).toMatch(/^https:\/\/billing\.stripe\.com\//);
    // The page always comes back to itself: a browser cannot choose where Stripe sends the admin.
    await http(strapi)
      .post(`/billing/communities/${managed.documentId}/checkout`)
      .set(asAdmin(communityAdmin))
      .send({ plan: 'pro', successUrl: 'https://evil.example/' })
      .expect(400);

    const before = customersOf(unmanaged).length;
    await http(strapi).post(`/billing/communities/${unmanaged.documentId}/checkout`).set(asAdmin(communityAdmin)).send({ plan: 'pro' }).expect(403);
    await http(strapi).post(`/billing/communities/${unmanaged.documentId}/portal`).set(asAdmin(communityAdmin)).send({}).expect(403);
    expect(customersOf(unmanaged)).toHaveLength(before);
  });

  it('refuses admins without the billing permissions, and anyone not logged in', async () => {
    await http(strapi).get('/billing/communities').set(asAdmin(noBillingAdmin)).expect(403);
    await http(strapi).post(`/billing/communities/${managed.documentId}/checkout`).set(asAdmin(noBillingAdmin)).send({ plan: 'pro' }).expect(403);
    await http(strapi).get('/billing/communities').expect(401);
  });
});
