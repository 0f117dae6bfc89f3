import { z } from 'zod';

export const configSchema = z.strictObject({
  stripeSecretKey: z.string().regex(/^(sk|rk)_/, 'must be a Stripe secret key (sk_… or rk_…)').optional(),
  stripeWebhookSecret: z.string().regex(/^whsec_/, 'must be a Stripe webhook signing secret (whsec_…)').optional(),
});

export type BillingConfig = z.infer<typeof configSchema>;

export const defaultConfig: BillingConfig = {};
