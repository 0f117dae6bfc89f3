import { humanFieldErrors, humanMessage, type HumanFieldError } from '@community-connect/kit';
import { z } from 'zod';

import { MEMBER_FIELD_LABELS } from './member-fields';
import { toE164 } from './phone';

/** The API's and the admin panel's message for a phone that is not a number (src/lib/member-rules.ts). */
export const PHONE_INVALID = 'is not a valid phone number: write it with the country code, e.g. +919876543210';

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
  .min(1, 'is required: enter a mobile number with the country code, e.g. +919876543210')
  .max(32, PHONE_INVALID)
  .transform((value, ctx) => {
    const e164 = toE164(value);
    if (!e164) {
      ctx.addIssue({ code: 'custom', message: PHONE_INVALID });
      return z.NEVER;
    }
    return e164;
  });

export const skillsSchema = z
  .array(z.string().trim().min(1).max(100))
  .max(50)
  .transform((skills) => [...new Set(skills)]);

const YEAR_RANGE = 'must be a year from 1900 to 2100, e.g. 2020';
const yearSchema = z
  .number({ error: (issue) => (issue.input === undefined ? undefined : 'must be a year: enter digits only, e.g. 2020') })
  .int(YEAR_RANGE)
  .min(1900, YEAR_RANGE)
  .max(2100, YEAR_RANGE);
const TURNOVER = 'must be an amount in rupees: enter digits only, e.g. 25000000';
const turnoverSchema = z
  .number({ error: (issue) => (issue.input === undefined ? undefined : TURNOVER) })
  .int(TURNOVER)
  .min(0, TURNOVER)
  .max(Number.MAX_SAFE_INTEGER, 'is too large: enter a smaller amount');

/** The member fields a client may write; the community and login user are never taken from input. */
export const memberFieldsSchema = z.strictObject({
  name: z.string().trim().min(1, 'is required: enter the member’s name').max(200),
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

/** One field's problem: `path` and `code` for programs, `message` for people. */
export type FieldError = HumanFieldError;

/**
 * A failed member parse as messages that name the field as people know it, quote the value
 * (phone and email masked) and say what to do. Parse with `safeParseForPeople` so zod's own
 * checks get the same wording.
 */
export const toFieldErrors = (error: z.ZodError, input: unknown, subject?: string): FieldError[] =>
  humanFieldErrors(error, input, { labels: MEMBER_FIELD_LABELS, subject });

/** One member field's problem for people: `Graduation year "20x0" must be a year: …` (phone and email masked). */
export const memberFieldMessage = (path: ReadonlyArray<PropertyKey>, value: unknown, problem: string): string =>
  humanMessage(path, value, problem, { labels: MEMBER_FIELD_LABELS });
