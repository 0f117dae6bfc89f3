import { z } from 'zod';

/** A Stripe price id, as configured or as a plugin registers it with a plan. */
export const priceId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{3,255}$/, 'must be a Stripe price id (price_…)')
  .refine((value) => !value.startsWith('prod_'), 'is a product id (prod_…): use the id of one of its prices (price_…)');

const intervalPrices = z.strictObject({ monthly: priceId.optional(), yearly: priceId.optional() });

/** Base URLs are origins only: the SDK always appends `/v1/...` itself. */
const apiBaseUrl = z
  .url({ protocol: /^https?$/ })
  .refine((value) => ['', '/'].includes(new URL(value).pathname) && !new URL(value).search, 'must be an origin such as http://127.0.0.1:12111 (no path)');

export const configSchema = z.strictObject({
  stripeSecretKey: z.string().regex(/^(sk|rk)_/, 'must be a Stripe secret key (sk_… or rk_…)').optional(),
  stripeWebhookSecret: z.string().regex(/^whsec_/, 'must be a Stripe webhook signing secret (whsec_…)').optional(),
  /** STRIPE_API_BASE_URL: a local fake Stripe in tests; never in production. */
  apiBaseUrl: apiBaseUrl.optional(),
  /** STRIPE_PRICE_<PLAN>_<INTERVAL>, by plan id. */
  prices: z.record(z.string().regex(/^[a-z][a-z0-9-]*$/), intervalPrices).default({}),
  /** Origins (besides PUBLIC_URL's) that checkout and portal may send the customer back to. */
  returnOrigins: z.array(z.string()).default([]),
  /** Where enterprise enquiries go (a mailto: or https: link); the answer says to contact sales either way. */
  salesContactUrl: z.string().regex(/^(https:\/\/|mailto:)/, 'must be an https: or mailto: link').optional(),
  /** Signed webhooks older than this are refused (Stripe's default tolerance). */
  webhookToleranceSeconds: z.number().int().positive().max(3600).default(300),
  /** How long a past-due community keeps its service before it is suspended. */
  gracePeriodDays: z.number().positive().default(7),
  /** How often past-due communities are checked against the grace period. */
  graceCheckIntervalMs: z.number().int().positive().default(60 * 60 * 1000),
  /** Stripe SDK request settings. */
  stripeTimeoutMs: z.number().int().positive().default(20_000),
  stripeMaxNetworkRetries: z.number().int().min(0).max(5).default(2),
  /** Invoices listed by GET /api/billing/subscription and the admin page. */
  invoiceHistoryLimit: z.number().int().min(1).max(100).default(12),
  events: z
    .strictObject({
      /** Tries right after the webhook is answered, before the event is left to the sweep. */
      inlineAttempts: z.number().int().min(1).max(10).default(3),
      retryBaseDelayMs: z.number().int().positive().default(1000),
      retryMaxDelayMs: z.number().int().positive().default(60 * 60 * 1000),
      /** How long one processor holds an event before another may take it over (a crashed process). */
      leaseMs: z.number().int().positive().default(5 * 60 * 1000),
      sweepIntervalMs: z.number().int().positive().default(60 * 1000),
      /** Processed events are kept this long (duplicate detection and audit), then pruned. */
      retentionDays: z.number().int().min(7).default(90),
    })
    .prefault({}),
});

export type BillingConfigInput = z.input<typeof configSchema>;
export type BillingConfig = z.output<typeof configSchema>;

export const defaultConfig: BillingConfigInput = {};

/** The validated configuration, with defaults. */
export const parseConfig = (raw: unknown): BillingConfig => configSchema.parse(raw ?? {});
