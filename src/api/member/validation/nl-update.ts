import { z } from 'zod';

export const nlUpdateBodySchema = z.strictObject({
  text: z.string({ error: 'is required: say what to change, e.g. "Update my city to Chennai"' }).trim().min(1, 'is empty: say what to change, e.g. "Update my city to Chennai"').max(500),
  /** API tokens (community admins) may change another member of their community. */
  memberId: z.string().trim().min(1).max(64).optional(),
});

export const nlConfirmBodySchema = z.strictObject({
  token: z.string({ error: 'is required: send the token from the proposal' }).trim().min(10).max(100),
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'must be the 6-digit code sent to the new number')
    .optional(),
});

export const nlUndoBodySchema = z.strictObject({
  token: z.string({ error: 'is required: send the token from the proposal' }).trim().min(10).max(100),
});
