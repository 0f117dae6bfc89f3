import type { Core } from '@strapi/strapi';
import { z } from 'zod';

const positiveInt = z.number().int().positive();

export const memberAuthConfigSchema = z.strictObject({
  sms: z.strictObject({
    provider: z.enum(['log', 'twilio']),
    twilio: z.strictObject({
      accountSid: z.string().min(1).optional(),
      authToken: z.string().min(1).optional(),
      from: z.string().min(1).optional(),
      verifyServiceSid: z.string().min(1).optional(),
      apiBaseUrl: z.url({ protocol: /^https?$/ }).optional(),
    }),
  }),
  otp: z.strictObject({
    ttlSeconds: positiveInt.max(3600),
    maxAttempts: positiveInt.max(20),
    lockoutBaseSeconds: positiveInt,
    lockoutMaxSeconds: positiveInt,
    lockoutMemorySeconds: positiveInt,
    phoneLockoutBaseSeconds: positiveInt,
    phoneLockoutMaxSeconds: positiveInt.max(3600),
  }),
});

export type MemberAuthConfig = z.infer<typeof memberAuthConfigSchema>;

export const rateLimitConfigSchema = z.strictObject({
  enabled: z.boolean(),
  globalPerHour: positiveInt,
  searchPerHour: positiveInt,
  otpPerPhonePerHour: positiveInt,
  otpPerIpPerHour: positiveInt,
  otpVerifyPerIpPerHour: positiveInt,
  exemptPaths: z.array(z.string().startsWith('/')),
});

export type RateLimitConfig = z.infer<typeof rateLimitConfigSchema>;

const describe = (error: z.ZodError) =>
  error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');

const parseOrThrow = <TSchema extends z.ZodType>(schema: TSchema, value: unknown, file: string): z.output<TSchema> => {
  const result = schema.safeParse(value);
  if (!result.success) throw new Error(`Invalid configuration in config/${file}: ${describe(result.error)}`);
  return result.data;
};

/** Reads and checks the member-login settings; a bad setting stops start-up with its name. */
export const readMemberAuthConfig = (strapi: Core.Strapi): MemberAuthConfig => {
  const config = parseOrThrow(memberAuthConfigSchema, strapi.config.get('member-auth'), 'member-auth.ts');
  const { provider, twilio } = config.sms;
  if (provider === 'log' && process.env.NODE_ENV === 'production') {
    throw new Error(
      'SMS_PROVIDER=log writes login codes to the server log and is refused in production: set SMS_PROVIDER=twilio.'
    );
  }
  if (provider === 'twilio') {
    const missing = [
      !twilio.accountSid && 'TWILIO_ACCOUNT_SID',
      !twilio.authToken && 'TWILIO_AUTH_TOKEN',
      !twilio.verifyServiceSid && !twilio.from && 'TWILIO_SMS_FROM (or TWILIO_VERIFY_SERVICE_SID)',
    ].filter(Boolean);
    if (missing.length > 0) throw new Error(`SMS_PROVIDER=twilio needs ${missing.join(', ')}`);
  }
  return config;
};

export const readRateLimitConfig = (strapi: Core.Strapi): RateLimitConfig =>
  parseOrThrow(rateLimitConfigSchema, strapi.config.get('rate-limits'), 'rate-limits.ts');
