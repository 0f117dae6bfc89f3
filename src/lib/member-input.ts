import { z } from 'zod';

import { toE164 } from './phone';

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional();

export const phoneSchema = z
  .string()
  .trim()
  .min(1, 'phone is required')
  .max(32)
  .transform((value, ctx) => {
    const e164 = toE164(value);
    if (!e164) {
      ctx.addIssue({ code: 'custom', message: 'is not a valid phone number (use E.164, e.g. +919876543210)' });
      return z.NEVER;
    }
    return e164;
  });

export const skillsSchema = z
  .array(z.string().trim().min(1).max(100))
  .max(50)
  .transform((skills) => [...new Set(skills)]);

const yearSchema = z.number().int().min(1900).max(2100);
const turnoverSchema = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** The member fields a client may write; the community and login user are never taken from input. */
export const memberFieldsSchema = z.strictObject({
  name: z.string().trim().min(1, 'name is required').max(200),
  phone: phoneSchema,
  email: z
    .email()
    .max(254)
    .transform((value) => value.toLowerCase())
    .nullable()
    .optional(),
  city: optionalText(100),
  state: optionalText(100),
  country: optionalText(100),
  organization: optionalText(200),
  designation: optionalText(200),
  industry: optionalText(200),
  skills: skillsSchema.optional(),
  degree: optionalText(100),
  branch: optionalText(200),
  graduationYear: yearSchema.nullable().optional(),
  annualTurnoverInr: turnoverSchema.nullable().optional(),
  bio: optionalText(5000),
  linkedinUrl: z.url({ protocol: /^https?$/ }).max(300).nullable().optional(),
  isActive: z.boolean().optional(),
  directoryVisible: z.boolean().optional(),
  contactVisibility: z.enum(['members', 'admins']).optional(),
});

export const memberCreateSchema = memberFieldsSchema;
export const memberUpdateSchema = memberFieldsSchema.partial();

/**
 * What members may change on their own profile. The phone is their login identity (changing it
 * would need a new OTP proof), and membership state belongs to the community's admins.
 */
export const memberSelfUpdateSchema = memberFieldsSchema.omit({ phone: true, isActive: true }).partial();

export type MemberInput = z.output<typeof memberCreateSchema>;
export type MemberSelfPatch = z.output<typeof memberSelfUpdateSchema>;
export type MemberPatch = z.output<typeof memberUpdateSchema>;

export type FieldError = { path: string[]; message: string };

export const toFieldErrors = (error: z.ZodError): FieldError[] =>
  error.issues.map((issue) => ({
    path: issue.path.map(String),
    message: issue.message,
  }));
