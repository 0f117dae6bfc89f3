#!/usr/bin/env node
// @ts-check
'use strict';

/**
 * Creates the Stripe products and prices for the plan catalogue (config/plans.ts) when they are
 * missing, and prints the STRIPE_PRICE_<PLAN>_<INTERVAL> lines to set:
 * `npm run billing:sync-prices [-- --dry-run]`.
 *
 * Uses STRIPE_SECRET_KEY (and STRIPE_API_BASE_URL when set) from the environment or .env. Safe to
 * run again: products have fixed ids and prices fixed lookup keys, so what exists is reused. A
 * price whose amount no longer matches the catalogue is replaced by a new one (Stripe prices are
 * immutable) that takes over the lookup key; existing subscriptions keep the old price.
 */
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

const root = path.resolve(__dirname, '..', '..');
const usage = 'usage: npm run billing:sync-prices [-- --dry-run]';
const INTERVALS = /** @type {const} */ ({ monthly: 'month', yearly: 'year' });
const CURRENCY = 'usd';

const parseArgs = (/** @type {string[]} */ argv) => {
  const args = { dryRun: false };
  for (const arg of argv) {
    if (arg === '--dry-run') args.dryRun = true;
    else if (arg === '--help' || arg === '-h') {
      console.log(usage);
      process.exit(0);
    } else {
      console.error(`Unknown argument: ${arg}\n${usage}`);
      process.exit(2);
    }
  }
  return args;
};

/** The plan catalogue: config/plans.ts compiled on the fly (development), else the built dist/config/plans.js. */
const loadCatalogue = () => {
  const source = path.join(root, 'config', 'plans.ts');
  let exported;
  try {
    const ts = require('typescript');
    const { outputText } = ts.transpileModule(fs.readFileSync(source, 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
    });
    const module = { exports: /** @type {any} */ ({}) };
    vm.runInThisContext(`(function (exports, module, require) {${outputText}\n})`, { filename: source })(module.exports, module, require);
    exported = module.exports;
  } catch (error) {
    const built = path.join(root, 'dist', 'config', 'plans.js');
    if (!fs.existsSync(built)) throw new Error(`Cannot read ${source} (${/** @type {Error} */ (error).message}) and ${built} does not exist: run \`npm run build\` first`);
    exported = require(built);
  }
  const factory = exported.default ?? exported;
  // Strapi calls config files with its env helper; so does this, with the same one.
  const config = typeof factory === 'function' ? factory({ env: require('@strapi/utils').env }) : factory;
  return /** @type {Record<string, { name: string; priceUsd: { monthly: number; yearly: number } | null }>} */ (config.catalogue);
};

const stripeClient = () => {
  const key = process.env.STRIPE_SECRET_KEY;
  if (!key || !/^(sk|rk)_/.test(key)) {
    throw new Error('STRIPE_SECRET_KEY is not set (or is not a secret key, sk_… / rk_…): set it in the environment or .env');
  }
  const Stripe = require('stripe');
  /** @type {Record<string, unknown>} */
  const options = { maxNetworkRetries: 2, telemetry: false, appInfo: { name: 'community-connect-billing-sync-prices' } };
  if (process.env.STRIPE_API_BASE_URL) {
    const url = new URL(process.env.STRIPE_API_BASE_URL);
    options.protocol = url.protocol === 'http:' ? 'http' : 'https';
    options.host = url.hostname;
    options.port = Number(url.port || (options.protocol === 'http' ? 80 : 443));
    console.log(`(Stripe API calls go to ${url.origin}: STRIPE_API_BASE_URL)`);
  }
  return new Stripe(key, options);
};

const envName = (/** @type {string} */ plan, /** @type {string} */ interval) =>
  `STRIPE_PRICE_${plan.toUpperCase().replace(/-/g, '_')}_${interval.toUpperCase()}`;

const isMissing = (/** @type {any} */ error) => error && error.code === 'resource_missing';

/** @param {import('stripe').Stripe} stripe */
const ensureProduct = async (stripe, /** @type {string} */ planId, /** @type {string} */ name, /** @type {boolean} */ dryRun) => {
  const id = `community_connect_${planId.replace(/-/g, '_')}`;
  try {
    await stripe.products.retrieve(id);
    return { id, created: false };
  } catch (error) {
    if (!isMissing(error)) throw error;
  }
  if (!dryRun) {
    await stripe.products.create({ id, name: `Community Connect ${name}`, metadata: { plan: planId } });
  }
  return { id, created: true };
};

/** @param {import('stripe').Stripe} stripe */
const ensurePrice = async (stripe, /** @type {{ productId: string; planId: string; planName: string; interval: 'monthly' | 'yearly'; amount: number; dryRun: boolean }} */ wanted) => {
  const lookupKey = `community_connect_${wanted.planId.replace(/-/g, '_')}_${wanted.interval}`;
  const recurringInterval = INTERVALS[wanted.interval];
  const { data } = await stripe.prices.list({ lookup_keys: [lookupKey], active: true, limit: 1 });
  const existing = data[0];
  if (
    existing &&
    existing.unit_amount === wanted.amount &&
    existing.currency === CURRENCY &&
    existing.recurring?.interval === recurringInterval &&
    (existing.recurring?.interval_count ?? 1) === 1
  ) {
    return { id: existing.id, action: 'exists' };
  }
  if (wanted.dryRun) return { id: existing?.id ?? '(to be created)', action: existing ? 'would replace' : 'would create' };
  const price = await stripe.prices.create({
    product: wanted.productId,
    currency: CURRENCY,
    unit_amount: wanted.amount,
    recurring: { interval: recurringInterval },
    lookup_key: lookupKey,
    // The catalogue's amount changed: the new price takes the key over (old subscriptions keep theirs).
    transfer_lookup_key: Boolean(existing),
    nickname: `${wanted.planName} (${wanted.interval})`,
    metadata: { plan: wanted.planId, interval: wanted.interval },
  });
  return { id: price.id, action: existing ? `replaced ${existing.id}` : 'created' };
};

const main = async () => {
  const args = parseArgs(process.argv.slice(2));
  require('dotenv').config({ path: path.join(root, '.env'), quiet: true });
  const catalogue = loadCatalogue();
  const stripe = stripeClient();

  /** @type {string[]} */
  const envLines = [];
  console.log(`Stripe products and prices for the plan catalogue (config/plans.ts)${args.dryRun ? ' — dry run, nothing is created' : ''}:`);
  for (const [planId, plan] of Object.entries(catalogue)) {
    if (!plan.priceUsd || planId === 'enterprise') {
      console.log(`  ${planId}: no price (${planId === 'free' ? 'free' : 'arranged with sales'})`);
      continue;
    }
    const product = await ensureProduct(stripe, planId, plan.name, args.dryRun);
    console.log(`  ${planId}: product ${product.id} (${product.created ? (args.dryRun ? 'would create' : 'created') : 'exists'})`);
    for (const interval of /** @type {const} */ (['monthly', 'yearly'])) {
      const amount = Math.round(plan.priceUsd[interval] * 100);
      const price = await ensurePrice(stripe, { productId: product.id, planId, planName: plan.name, interval, amount, dryRun: args.dryRun });
      console.log(`    ${interval}: ${price.id} (${price.action}, ${(amount / 100).toFixed(2)} ${CURRENCY.toUpperCase()}/${INTERVALS[interval]})`);
      envLines.push(`${envName(planId, interval)}=${price.id}`);
    }
  }
  console.log('\nSet these in .env (or your deployment environment):');
  for (const line of envLines) console.log(line);
};

main().catch((error) => {
  const stripeRequest = error && error.requestId ? ` (Stripe request ${error.requestId})` : '';
  console.error(`billing:sync-prices failed: ${error instanceof Error ? error.message : String(error)}${stripeRequest}`);
  process.exit(1);
});
