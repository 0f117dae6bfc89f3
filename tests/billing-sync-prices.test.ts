import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

import Stripe from 'stripe';

import { startFakeStripe, type FakeStripe } from './fakes/stripe-server';

/** `npm run billing:sync-prices` against the fake Stripe, through the real SDK. */
const run = promisify(execFile);
const root = path.resolve(__dirname, '..');

let stripe: FakeStripe;

beforeEach(async () => {
  stripe = await startFakeStripe();
});

afterEach(async () => {
  await stripe.close();
});

const syncPrices = async (args: string[] = [], env: Record<string, string> = {}) => {
  const { stdout } = await run('npm', ['run', '--silent', 'billing:sync-prices', '--', ...args], {
    cwd: root,
    env: { ...process.env, STRIPE_SECRET_KEY: stripe.secretKey, STRIPE_API_BASE_URL: stripe.url, ...env },
  });
  const lines = Object.fromEntries([...stdout.matchAll(/^(STRIPE_PRICE_[A-Z_]+)=(\S+)$/gm)].map((match) => [match[1], match[2]]));
  return { stdout, lines };
};

const PRICE_NAMES = ['STRIPE_PRICE_BASIC_MONTHLY', 'STRIPE_PRICE_BASIC_YEARLY', 'STRIPE_PRICE_PRO_MONTHLY', 'STRIPE_PRICE_PRO_YEARLY'];

it('creates a product per paid plan and a monthly and yearly price each, and prints the env lines to set', async () => {
  const { stdout, lines } = await syncPrices();

  expect(Object.keys(lines).sort()).toEqual([...PRICE_NAMES].sort());
  expect([...stripe.products.keys()].sort()).toEqual(['community_connect_basic', 'community_connect_pro']);
  const prices = [...stripe.prices.values()];
  expect(prices).toHaveLength(4);
  // Amounts and intervals from config/plans.ts (basic 10/100, pro 50/500 USD).
  const basicMonthly = stripe.prices.get(lines.STRIPE_PRICE_BASIC_MONTHLY);
  expect(basicMonthly).toMatchObject({ product: 'community_connect_basic', currency: 'usd', unit_amount: 1000, recurring: { interval: 'month' }, lookup_key: 'community_connect_basic_monthly' });
  expect(stripe.prices.get(lines.STRIPE_PRICE_PRO_YEARLY)).toMatchObject({ product: 'community_connect_pro', unit_amount: 50000, recurring: { interval: 'year' } });
  expect(stdout).toMatch(/free: no price/);
  expect(stdout).toMatch(/enterprise: no price \(arranged with sales\)/);
  // The fake checks the key: every call was authenticated.
  expect(stripe.requests.length).toBeGreaterThan(0);
});

it('reuses what exists when run again', async () => {
  const first = await syncPrices();
  const created = stripe.requests.filter((request) => request.method === 'POST').length;
  const second = await syncPrices();

  expect(second.lines).toEqual(first.lines);
  expect(stripe.requests.filter((request) => request.method === 'POST')).toHaveLength(created);
  expect(second.stdout).toMatch(/monthly: price_\w+ \(exists/);
});

it('replaces a price whose amount no longer matches the catalogue, moving its lookup key', async () => {
  const sdk = new Stripe(stripe.secretKey, { host: '127.0.0.1', port: Number(new URL(stripe.url).port), protocol: 'http' });
  await sdk.products.create({ id: 'community_connect_basic', name: 'Community Connect Basic' });
  const outdated = await sdk.prices.create({
    product: 'community_connect_basic',
    currency: 'usd',
    unit_amount: 900,
    recurring: { interval: 'month' },
    lookup_key: 'community_connect_basic_monthly',
  });

  const { lines, stdout } = await syncPrices();

  expect(lines.STRIPE_PRICE_BASIC_MONTHLY).not.toBe(outdated.id);
  expect(stripe.prices.get(lines.STRIPE_PRICE_BASIC_MONTHLY)).toMatchObject({ unit_amount: 1000, lookup_key: 'community_connect_basic_monthly' });
  expect(stripe.prices.get(outdated.id)?.lookup_key).toBeNull();
  expect(stdout).toContain(`replaced ${outdated.id}`);
});

it('creates nothing on a dry run', async () => {
  const { stdout } = await syncPrices(['--dry-run']);
  expect(stdout).toMatch(/dry run/);
  expect(stripe.requests.filter((request) => request.method === 'POST')).toHaveLength(0);
  expect(stripe.products.size).toBe(0);
});

it('refuses to run without a secret key, and reports Stripe refusing the key', async () => {
  await expect(syncPrices([], { STRIPE_SECRET_KEY: '' })).rejects.toMatchObject({ stderr: expect.stringMatching(/STRIPE_SECRET_KEY is not set/) });
  await expect(syncPrices([], { STRIPE_SECRET_KEY: 'sk_test_wrong' })).rejects.toMatchObject({
    stderr: expect.stringMatching(/billing:sync-prices failed: Invalid API Key provided/),
  });
});
