import type { Core } from '@strapi/strapi';
import { z } from 'zod';

const limit = z.number().int().nonnegative().nullable();

const planSchema = z.strictObject({
  name: z.string().min(1),
  memberLimit: limit,
  searchLimitPerMonth: limit,
  priceUsd: z.strictObject({ monthly: z.number().positive(), yearly: z.number().positive() }).nullable(),
});

export const PLAN_IDS = ['free', 'basic', 'pro', 'enterprise'] as const;
export type PlanId = (typeof PLAN_IDS)[number];

const plansConfigSchema = z.strictObject({
  catalogue: z.strictObject({ free: planSchema, basic: planSchema, pro: planSchema, enterprise: planSchema }),
  warningThreshold: z.number().gt(0).lt(1),
});

export type Plan = z.infer<typeof planSchema>;
export type PlansConfig = z.infer<typeof plansConfigSchema>;

/** The validated catalogue (config/plans.ts); a malformed plan stops start-up with its name. */
export const readPlans = (strapi: Core.Strapi): PlansConfig => {
  const result = plansConfigSchema.safeParse(strapi.config.get('plans'));
  if (!result.success) {
    const detail = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`Invalid configuration in config/plans.ts: ${detail}`);
  }
  return result.data;
};

export const isPlanId = (value: unknown): value is PlanId => typeof value === 'string' && (PLAN_IDS as readonly string[]).includes(value);
