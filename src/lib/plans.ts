import type { Core } from '@strapi/strapi';
import { z } from 'zod';

const limit = z.number().int().nonnegative().nullable();

const planSchema = z.strictObject({
  name: z.string().min(1),
  memberLimit: limit,
  searchLimitPerMonth: limit,
  priceUsd: z.strictObject({ monthly: z.number().positive(), yearly: z.number().positive() }).nullable(),
});

/** The plans config/plans.ts always defines; plugins may add more (the billing plugin's `registerPlan`). */
export const PLAN_IDS = ['free', 'basic', 'pro', 'enterprise'] as const;
export type PlanId = (typeof PLAN_IDS)[number];

/** A plan id as stored in a community's `plan`: lower-case letters, digits and dashes. */
export const PLAN_ID_PATTERN = /^[a-z][a-z0-9-]{0,39}$/;

const plansConfigSchema = z.strictObject({
  catalogue: z
    .record(z.string().regex(PLAN_ID_PATTERN, 'plan ids are lower-case letters, digits and dashes'), planSchema)
    .superRefine((catalogue, ctx) => {
      for (const id of PLAN_IDS) {
        if (!catalogue[id]) ctx.addIssue({ code: 'custom', path: [id], message: 'is required' });
      }
    }),
  warningThreshold: z.number().gt(0).lt(1),
  memberSearchShare: z
    .strictObject({
      percent: z.number().int().min(1).max(100),
      minimum: z.number().int().nonnegative(),
    })
    .default({ percent: 10, minimum: 50 }),
});

/**
 * One member's share of a monthly search limit: the larger of `percent` of it (rounded up) and
 * `minimum`, never more than the limit itself.
 */
export const memberSearchShareOf = (limit: number, share: PlansConfig['memberSearchShare']): number =>
  Math.min(limit, Math.max(Math.ceil((limit * share.percent) / 100), share.minimum));

export type Plan = z.infer<typeof planSchema>;
export type PlansConfig = z.infer<typeof plansConfigSchema>;

/** The validated catalogue (config/plans.ts and plugins' plans); a malformed plan stops start-up with its name. */
export const readPlans = (strapi: Core.Strapi): PlansConfig => {
  const result = plansConfigSchema.safeParse(strapi.config.get('plans'));
  if (!result.success) {
    const detail = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`Invalid plan catalogue (config/plans.ts and plans registered by plugins): ${detail}`);
  }
  return result.data;
};

/** Every plan id of the catalogue, the built-in ones first. */
export const planIdsOf = (strapi: Core.Strapi): string[] => Object.keys(readPlans(strapi).catalogue);

/**
 * A community's `plan` is an enumeration (the admin panel's drop-down, and Strapi's validation of
 * every write); plans registered by plugins join it here, in the register phase, before the
 * content types are synced. Stored values are strings, so no column changes.
 */
export const alignPlanField = (strapi: Core.Strapi) => {
  const ids = planIdsOf(strapi);
  strapi.get('content-types').extend('api::community.community', (contentType: { attributes: Record<string, { enum?: string[] }> }) => {
    const field = contentType.attributes.plan;
    field.enum = [...new Set([...(field.enum ?? []), ...ids])];
  });
};
