import { z } from 'zod';

/** A refresh token as issued: a compact JWT (a few hundred characters). */
const refreshToken = z
  .string({ error: 'must be the refresh token from verify-otp or refresh' })
  .min(1, 'is required: send the refresh token from verify-otp or refresh')
  .max(4096, 'refreshToken is too long to be a refresh token');

export const refreshBodySchema = z.strictObject({ refreshToken });

export const logoutBodySchema = z
  .strictObject({
    /** Ends the session this refresh token belongs to (else: the session of the access token). */
    refreshToken: refreshToken.optional(),
    /** Ends every session started with this deviceId. */
    deviceId: z.string().trim().min(1).max(128).optional(),
    /** Ends every session of the member, on every device. */
    everywhere: z.boolean().optional(),
  })
  .refine((body) => [body.refreshToken !== undefined, body.deviceId !== undefined, body.everywhere === true].filter(Boolean).length <= 1, {
    message: 'has more than one of refreshToken, deviceId and everywhere: true: give at most one',
  });
