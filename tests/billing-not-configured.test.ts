import { randomBytes } from 'node:crypto';

import type { Core } from '@strapi/strapi';

import { signedDelivery, STRIPE_ENV_NAMES, stripeEvent } from './fakes/stripe-server';
import { createApiToken, createCommunity } from './helpers/fixtures';
import { bootStrapi, http, stopStrapi } from './helpers/strapi';

/** Without STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET the app runs and billing says it is off. */
let strapi: Core.Strapi;
let token: string;

const NOT_CONFIGURED = {
  data: null,
  error: { status: 503, name: 'BillingNotConfigured', message: expect.stringMatching(/Billing is not configured.*STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET/), details: {} },
};

beforeAll(async () => {
  for (const name of STRIPE_ENV_NAMES) delete process.env[name];
  // Only half of the credentials: still not configured.
  process.env.STRIPE_SECRET_KEY = 'sk_test_only_the_key';
  strapi = await bootStrapi();
  token = await createApiToken(strapi);
});

afterAll(async () => {
  delete process.env.STRIPE_SECRET_KEY;
  await stopStrapi(strapi);
});

it('boots, and answers every billing route with a clear 503', async () => {
  const community = await createCommunity(strapi, { plan: 'free' });
  const asOperator = { Authorization: `Bearer ${token}`, 'X-Community': community.slug };

  expect((await http(strapi).post('/api/billing/checkout').set(asOperator).send({ plan: 'basic', interval: 'monthly' }).expect(503)).body).toEqual(NOT_CONFIGURED);
  expect((await http(strapi).post('/api/billing/portal').set(asOperator).send({}).expect(503)).body).toEqual(NOT_CONFIGURED);
  expect((await http(strapi).get('/api/billing/subscription').set(asOperator).expect(503)).body).toEqual(NOT_CONFIGURED);

  const event = stripeEvent('customer.subscription.created', { id: 'sub_x', object: 'subscription' });
  const { payload, signature } = signedDelivery(event, 'whsec_anything');
  const webhook = await http(strapi).post('/api/billing/webhook').set('Content-Type', 'application/json').set('Stripe-Signature', signature).send(payload).expect(503);
  expect(webhook.body).toEqual(NOT_CONFIGURED);
  expect(await strapi.db.connection('billing_events').where({ event_id: event.id }).first()).toBeUndefined();

  // The rest of the app works as usual.
  await http(strapi).get('/api/communities/current/usage').set(asOperator).expect(200);
  expect((await http(strapi).get('/api/billing/ping').expect(200)).body.data.features).toEqual({ stripeConfigured: false });
});

it('still checks who is asking first (members and strangers learn nothing)', async () => {
  const response = await http(strapi).post('/api/billing/checkout').send({ plan: 'basic' });
  expect([401, 403]).toContain(response.status);
});

it("tells the admin page billing is not configured, and still shows the community's plan and usage", async () => {
  const community = await createCommunity(strapi, { plan: 'basic' });
  const email = `billing-off-${randomBytes(4).toString('hex')}@example.org`;
  const superRole = (await strapi.service('admin::role').getSuperAdmin()) as { id: number };
  await strapi.service('admin::user').create({ email, password: 'Billing-Off-Passw0rd', firstname: 'Off', isActive: true, roles: [superRole.id] });
  const login = await http(strapi).post('/admin/login').send({ email, password: 'Billing-Off-Passw0rd' }).expect(200);
  const asAdmin = { Authorization: `Bearer ${login.body.data.token}` };

  const list = await http(strapi).get('/billing/communities').set(asAdmin).expect(200);
  expect(list.body.meta).toEqual({ configured: false, operator: true });
  const overview = await http(strapi).get(`/billing/communities/${community.documentId}`).set(asAdmin).expect(200);
  expect(overview.body).toMatchObject({
    data: { plan: 'basic', status: 'none', usage: { members: { used: 0, limit: 100 } }, invoices: [] },
    meta: { configured: false },
  });
  const refused = await http(strapi).post(`/billing/communities/${community.documentId}/checkout`).set(asAdmin).send({ plan: 'pro' }).expect(503);
  expect(refused.body).toEqual(NOT_CONFIGURED);
});
