import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import Stripe from 'stripe';

/**
 * A local stand-in for Stripe's REST API, enough for the official SDK to talk to it over real
 * HTTP (point it here with STRIPE_API_BASE_URL): customers, Checkout Sessions, billing portal
 * sessions, subscriptions (read), invoices (list), products and prices. It checks the Bearer key,
 * reads the SDK's form-encoded bodies, honours Idempotency-Key, answers in Stripe's JSON shapes
 * and records every request. Tests set the subscriptions and invoices "Stripe" holds, and sign
 * webhook events with the SDK's own test-header helper.
 */

type Params = Record<string, unknown>;

export type RecordedRequest = { method: string; path: string; params: Params; idempotencyKey: string | null };

export type FakeSubscriptionInput = {
  id?: string;
  customer: string;
  status: string;
  price: string;
  interval?: 'month' | 'year';
  periodStart?: number;
  periodEnd?: number;
  cancelAtPeriodEnd?: boolean;
  created?: number;
  metadata?: Record<string, string>;
};

export type FakeInvoiceInput = {
  customer: string;
  subscription?: string;
  status?: 'draft' | 'open' | 'paid' | 'uncollectible' | 'void';
  amountDue?: number;
  amountPaid?: number;
  created?: number;
};

export type FakeStripe = {
  url: string;
  secretKey: string;
  webhookSecret: string;
  requests: RecordedRequest[];
  customers: Map<string, Params>;
  subscriptions: Map<string, Params>;
  products: Map<string, Params>;
  prices: Map<string, Params>;
  /** Creates or replaces a subscription as Stripe holds it; returns the object. */
  putSubscription(input: FakeSubscriptionInput): Stripe.Subscription;
  addInvoice(input: FakeInvoiceInput): Stripe.Invoice;
  /** Makes the next `count` API calls fail with this HTTP status (not retried by the SDK). */
  failNext(count: number, status?: number): void;
  /** Requests to a path (method and path, e.g. "POST /v1/checkout/sessions"). */
  requestsTo(route: string): RecordedRequest[];
  close(): Promise<void>;
};

const id = (prefix: string) => `${prefix}_${randomBytes(12).toString('hex')}`;
const now = () => Math.floor(Date.now() / 1000);

/** Parses Stripe's bracketed form encoding (`line_items[0][price]=…`) into nested values. */
export const parseStripeForm = (text: string): Params => {
  const root: Params = {};
  for (const [rawKey, value] of new URLSearchParams(text)) {
    const match = /^([^[]+)((?:\[[^\]]*\])*)$/.exec(rawKey);
    if (!match) continue;
    const path = [match[1], ...[...match[2].matchAll(/\[([^\]]*)\]/g)].map((segment) => segment[1])];
    let node: Params = root;
    path.forEach((segment, index) => {
      const key = segment === '' ? String(Object.keys(node).length) : segment;
      if (index === path.length - 1) node[key] = value;
      else node = (node[key] ??= {}) as Params;
    });
  }
  const arrays = (value: unknown): unknown => {
    if (!value || typeof value !== 'object') return value;
    const entries = Object.entries(value as Params).map(([key, inner]) => [key, arrays(inner)] as const);
    const numeric = entries.length > 0 && entries.every(([key]) => /^\d+$/.test(key));
    return numeric ? entries.sort(([a], [b]) => Number(a) - Number(b)).map(([, inner]) => inner) : Object.fromEntries(entries);
  };
  return arrays(root) as Params;
};

const readBody = async (request: IncomingMessage): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

const send = (response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  response.writeHead(status, { 'Content-Type': 'application/json', 'Request-Id': id('req'), ...headers });
  response.end(JSON.stringify(body));
};

const stripeError = (response: ServerResponse, status: number, message: string, code?: string) =>
  send(response, status, { error: { type: status === 401 ? 'invalid_request_error' : 'api_error', message, ...(code ? { code } : {}) } });

const list = (url: string, data: unknown[]) => ({ object: 'list', url, has_more: false, data });

export const startFakeStripe = async (): Promise<FakeStripe> => {
  const secretKey = `sk_test_${randomBytes(12).toString('hex')}`;
  const webhookSecret = `whsec_${randomBytes(16).toString('hex')}`;
  const requests: RecordedRequest[] = [];
  const customers = new Map<string, Params>();
  const sessions = new Map<string, Params>();
  const subscriptions = new Map<string, Params>();
  const invoices: Params[] = [];
  const products = new Map<string, Params>();
  const prices = new Map<string, Params>();
  const idempotent = new Map<string, { status: number; body: unknown }>();
  let failures = { count: 0, status: 500 };

  const handle = (method: string, path: string, params: Params): { status: number; body: unknown } => {
    const segments = path.split('/').filter(Boolean);
    // `/v1/<resource>/<id>` reads one object; every other path is a collection.
    const single = segments.length === 3 && ['customers', 'subscriptions', 'products'].includes(segments[1]);
    const route = `${method} /${single ? `${segments.slice(0, 2).join('/')}/:id` : segments.join('/')}`;
    const missing = (kind: string, key: string) => ({
      status: 404,
      body: { error: { type: 'invalid_request_error', code: 'resource_missing', message: `No such ${kind}: '${key}'`, param: 'id' } },
    });

    switch (route) {
      case 'POST /v1/customers': {
        const customer = { id: id('cus'), object: 'customer', created: now(), livemode: false, name: params.name ?? null, email: params.email ?? null, metadata: params.metadata ?? {} };
        customers.set(customer.id, customer);
        return { status: 200, body: customer };
      }
      case 'GET /v1/customers/:id': {
        const customer = customers.get(segments[2]);
        return customer ? { status: 200, body: customer } : missing('customer', segments[2]);
      }
      case 'POST /v1/checkout/sessions': {
        if (typeof params.customer === 'string' && !customers.has(params.customer)) return missing('customer', params.customer);
        const sessionId = id('cs_test');
        const session = {
          id: sessionId,
          object: 'checkout.session',
          mode: params.mode,
          status: 'open',
          customer: params.customer ?? null,
          client_reference_id: params.client_reference_id ?? null,
          line_items: params.line_items,
          metadata: params.metadata ?? {},
          subscription: null,
          success_url: params.success_url,
          cancel_url: params.cancel_url,
          url: `https://checkout.stripe.com/c/pay/${sessionId}`,
          created: now(),
          livemode: false,
        };
        sessions.set(sessionId, session);
        return { status: 200, body: session };
      }
      case 'POST /v1/billing_portal/sessions': {
        if (typeof params.customer !== 'string' || !customers.has(params.customer)) return missing('customer', String(params.customer));
        const sessionId = id('bps');
        return {
          status: 200,
          body: { id: sessionId, object: 'billing_portal.session', customer: params.customer, return_url: params.return_url ?? null, url: `https://billing.stripe.com/p/session/${sessionId}`, livemode: false, created: now() },
        };
      }
      case 'GET /v1/subscriptions/:id': {
        const subscription = subscriptions.get(segments[2]);
        return subscription ? { status: 200, body: subscription } : missing('subscription', segments[2]);
      }
      case 'GET /v1/invoices': {
        const limit = Number(params.limit ?? 10);
        const matching = invoices
          .filter((invoice) => !params.customer || invoice.customer === params.customer)
          .sort((a, b) => Number(b.created) - Number(a.created))
          .slice(0, limit);
        return { status: 200, body: list('/v1/invoices', matching) };
      }
      case 'POST /v1/products': {
        const productId = typeof params.id === 'string' ? params.id : id('prod');
        if (products.has(productId)) return { status: 400, body: { error: { type: 'invalid_request_error', code: 'resource_already_exists', message: 'Product already exists.' } } };
        const product = { id: productId, object: 'product', active: true, name: params.name, description: params.description ?? null, metadata: params.metadata ?? {}, created: now(), livemode: false };
        products.set(productId, product);
        return { status: 200, body: product };
      }
      case 'GET /v1/products/:id': {
        const product = products.get(segments[2]);
        return product ? { status: 200, body: product } : missing('product', segments[2]);
      }
      case 'GET /v1/prices': {
        const keys = Array.isArray(params.lookup_keys) ? (params.lookup_keys as string[]) : [];
        const matching = [...prices.values()].filter(
          (price) => (keys.length === 0 || keys.includes(String(price.lookup_key))) && (params.active === undefined || String(price.active) === params.active)
        );
        return { status: 200, body: list('/v1/prices', matching) };
      }
      case 'POST /v1/prices': {
        if (typeof params.product !== 'string' || !products.has(params.product)) return missing('product', String(params.product));
        const lookupKey = typeof params.lookup_key === 'string' ? params.lookup_key : null;
        if (lookupKey) {
          const holder = [...prices.values()].find((price) => price.lookup_key === lookupKey);
          if (holder && params.transfer_lookup_key !== 'true') {
            return { status: 400, body: { error: { type: 'invalid_request_error', message: `A price (\`${holder.id}\`) already uses that lookup key.` } } };
          }
          if (holder) holder.lookup_key = null;
        }
        const recurring = params.recurring as Params | undefined;
        const price = {
          id: id('price'),
          object: 'price',
          active: true,
          product: params.product,
          currency: params.currency,
          unit_amount: Number(params.unit_amount),
          lookup_key: lookupKey,
          nickname: params.nickname ?? null,
          metadata: params.metadata ?? {},
          recurring: recurring ? { interval: recurring.interval, interval_count: Number(recurring.interval_count ?? 1), usage_type: 'licensed' } : null,
          type: recurring ? 'recurring' : 'one_time',
          created: now(),
          livemode: false,
        };
        prices.set(price.id, price);
        return { status: 200, body: price };
      }
      default:
        return { status: 404, body: { error: { type: 'invalid_request_error', message: `Unrecognized request URL (${method}: ${path}).` } } };
    }
  };

  const server: Server = createServer(async (request, response) => {
    const method = request.method ?? 'GET';
    const [path, query = ''] = (request.url ?? '/').split('?');
    const body = await readBody(request);
    const params = method === 'GET' ? parseStripeForm(query) : parseStripeForm(body);
    const idempotencyKey = (request.headers['idempotency-key'] as string | undefined) ?? null;
    requests.push({ method, path, params, idempotencyKey });

    if (request.headers.authorization !== `Bearer ${secretKey}`) {
      return stripeError(response, 401, 'Invalid API Key provided');
    }
    if (failures.count > 0) {
      failures = { ...failures, count: failures.count - 1 };
      return send(response, failures.status, { error: { type: 'api_error', message: 'Something went wrong on our end (fake).' } }, { 'Stripe-Should-Retry': 'false' });
    }
    const cacheKey = idempotencyKey && method === 'POST' ? `${path} ${idempotencyKey}` : null;
    const cached = cacheKey ? idempotent.get(cacheKey) : undefined;
    const result = cached ?? handle(method, path, params);
    if (cacheKey && !cached) idempotent.set(cacheKey, result);
    return send(response, result.status, result.body, cached ? { 'Idempotent-Replayed': 'true' } : {});
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    secretKey,
    webhookSecret,
    requests,
    customers,
    subscriptions,
    products,
    prices,
    putSubscription(input) {
      const created = input.created ?? now();
      const periodStart = input.periodStart ?? now();
      const periodEnd = input.periodEnd ?? periodStart + (input.interval === 'year' ? 365 : 30) * 86400;
      const subscription = {
        id: input.id ?? id('sub'),
        object: 'subscription',
        customer: input.customer,
        status: input.status,
        cancel_at_period_end: input.cancelAtPeriodEnd ?? false,
        cancel_at: input.cancelAtPeriodEnd ? periodEnd : null,
        canceled_at: input.status === 'canceled' ? now() : null,
        ended_at: input.status === 'canceled' ? now() : null,
        created,
        start_date: created,
        currency: 'usd',
        livemode: false,
        metadata: input.metadata ?? {},
        latest_invoice: null,
        items: {
          object: 'list',
          has_more: false,
          url: '/v1/subscription_items',
          data: [
            {
              id: id('si'),
              object: 'subscription_item',
              quantity: 1,
              current_period_start: periodStart,
              current_period_end: periodEnd,
              price: { id: input.price, object: 'price', currency: 'usd', recurring: { interval: input.interval ?? 'month', interval_count: 1 } },
            },
          ],
        },
      };
      subscriptions.set(subscription.id, subscription);
      return subscription as unknown as Stripe.Subscription;
    },
    addInvoice(input) {
      const created = input.created ?? now();
      const invoiceId = id('in');
      const invoice = {
        id: invoiceId,
        object: 'invoice',
        customer: input.customer,
        number: `FAKE-${String(invoices.length + 1).padStart(4, '0')}`,
        status: input.status ?? 'paid',
        amount_due: input.amountDue ?? 1000,
        amount_paid: input.amountPaid ?? (input.status === 'open' ? 0 : (input.amountDue ?? 1000)),
        total: input.amountDue ?? 1000,
        currency: 'usd',
        created,
        period_start: created,
        period_end: created + 30 * 86400,
        hosted_invoice_url: `https://invoice.stripe.com/i/${invoiceId}`,
        invoice_pdf: `https://pay.stripe.com/invoice/${invoiceId}/pdf`,
        parent: input.subscription ? { type: 'subscription_details', subscription_details: { subscription: input.subscription, metadata: {} } } : null,
        livemode: false,
        // Personal data an invoice carries: the app must not pass it on.
        customer_email: 'payer@example.org',
        customer_address: { line1: '1 Test Street', city: 'Chennai' },
      };
      invoices.push(invoice);
      return invoice as unknown as Stripe.Invoice;
    },
    failNext(count, status = 500) {
      failures = { count, status };
    },
    requestsTo(route) {
      const [method, path] = route.split(' ');
      return requests.filter((request) => request.method === method && request.path === path);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};

/** A Stripe event around an object, as Stripe delivers it. */
export const stripeEvent = (type: string, object: unknown, overrides: { id?: string; created?: number } = {}) => ({
  id: overrides.id ?? id('evt'),
  object: 'event',
  api_version: Stripe.API_VERSION,
  created: overrides.created ?? now(),
  livemode: false,
  pending_webhooks: 1,
  request: { id: null, idempotency_key: null },
  type,
  data: { object },
});

/**
 * The body and Stripe-Signature header for an event, signed with the SDK's own test helper
 * (`timestamp` in seconds: an old one makes a stale delivery).
 */
export const signedDelivery = (event: unknown, secret: string, timestamp = now()) => {
  const payload = JSON.stringify(event, null, 2);
  const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp });
  return { payload, signature };
};

/** The price ids a test run configures (STRIPE_PRICE_<PLAN>_<INTERVAL>), unique per run. */
export const testPrices = () => {
  const suffix = randomBytes(4).toString('hex');
  return {
    basic: { monthly: `price_basic_monthly_${suffix}`, yearly: `price_basic_yearly_${suffix}` },
    pro: { monthly: `price_pro_monthly_${suffix}`, yearly: `price_pro_yearly_${suffix}` },
  };
};

export type TestPrices = ReturnType<typeof testPrices>;

/** Points the billing plugin at the fake (set before booting Strapi). */
export const useFakeStripeForBilling = (stripe: FakeStripe, prices: TestPrices) => {
  Object.assign(process.env, {
    STRIPE_SECRET_KEY: stripe.secretKey,
    STRIPE_WEBHOOK_SECRET: stripe.webhookSecret,
    STRIPE_API_BASE_URL: stripe.url,
    STRIPE_PRICE_BASIC_MONTHLY: prices.basic.monthly,
    STRIPE_PRICE_BASIC_YEARLY: prices.basic.yearly,
    STRIPE_PRICE_PRO_MONTHLY: prices.pro.monthly,
    STRIPE_PRICE_PRO_YEARLY: prices.pro.yearly,
  });
};

export const STRIPE_ENV_NAMES = [
  'STRIPE_SECRET_KEY',
  'STRIPE_WEBHOOK_SECRET',
  'STRIPE_API_BASE_URL',
  'STRIPE_PRICE_BASIC_MONTHLY',
  'STRIPE_PRICE_BASIC_YEARLY',
  'STRIPE_PRICE_PRO_MONTHLY',
  'STRIPE_PRICE_PRO_YEARLY',
];
