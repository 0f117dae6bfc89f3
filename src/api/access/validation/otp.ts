import { z } from 'zod';

import { CANNOT_RECEIVE_CODES, toE164, toMobileE164 } from '../../../lib/phone';

const mobilePhone = z
  .string({ error: 'is required: enter your mobile number with the country code, e.g. +919876543210' })
  .trim()
  .min(1, 'is required: enter your mobile number with the country code, e.g. +919876543210')
  .max(32)
  .transform((value, ctx) => {
    const e164 = toMobileE164(value);
    if (!e164) {
      // A valid number that is not a mobile one (the rule imports warn with, src/lib/phone.ts) is
      // told why; anything else is not a phone number at all.
      const message = toE164(value)
        ? `${CANNOT_RECEIVE_CODES}; log in with a mobile number, or ask your community admin to update yours`
        : 'is not a mobile number: write it with the country code, e.g. +919876543210';
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    return e164;
  });

export const sendOtpBodySchema = z.strictObject({ phone: mobilePhone });

export const verifyOtpBodySchema = z.strictObject({
  phone: mobilePhone,
  code: z.string({ error: 'is required: enter the 6-digit code from the SMS' }).trim().regex(/^\d{6}$/, 'must be the 6-digit code from the SMS: enter its six digits'),
  /** Names the device's session, so logging out on one phone keeps the others signed in. */
  deviceId: z.string().trim().min(1).max(128).optional(),
});

/** An admin lifting a phone's login lockout (POST /community-access/lockouts/clear). */
export const clearLockoutBodySchema = z.strictObject({ phone: mobilePhone });
