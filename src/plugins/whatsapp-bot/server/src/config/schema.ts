import { z } from 'zod';

export const configSchema = z.strictObject({
  // Twilio signs the exact public URL it called, so it must be the externally visible origin.
  publicUrl: z.url({ protocol: /^https?$/ }),
  twilioAccountSid: z.string().regex(/^AC[0-9a-fA-F]{32}$/, 'must look like AC followed by 32 hex digits').optional(),
  twilioAuthToken: z.string().min(1).optional(),
});

export type WhatsappBotConfig = z.infer<typeof configSchema>;

export const defaultConfig: WhatsappBotConfig = {
  publicUrl: 'http://localhost:1337',
};
