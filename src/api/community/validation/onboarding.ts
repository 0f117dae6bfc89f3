import { z } from 'zod';

import { planIdsOf } from '../../../lib/plans';
import { phoneSchema } from '../../../lib/member-input';

export const onboardingSchema = z.strictObject({
  name: z.string().trim().min(2).max(120),
  slug: z
    .string()
    .trim()
    .min(2)
    .max(63)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single hyphens, e.g. iitm-alumni'),
  // The catalogue includes plans registered by plugins, so it is read when a request is validated.
  plan: z
    .string()
    .superRefine((plan, ctx) => {
      const plans = planIdsOf(strapi);
      if (!plans.includes(plan)) ctx.addIssue({ code: 'custom', message: `must be one of ${plans.join(', ')}` });
    })
    .default('free'),
  description: z.string().trim().max(2000).optional(),
  whatsappNumber: phoneSchema.optional(),
  admin: z.strictObject({
    name: z.string().trim().min(1).max(200),
    email: z
      .email()
      .max(254)
      .transform((value) => value.toLowerCase()),
    phone: phoneSchema.optional(),
  }),
});

export type OnboardingInput = z.output<typeof onboardingSchema>;
