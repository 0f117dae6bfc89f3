import { z } from 'zod';

const contentSid = z.string().regex(/^HX[0-9a-fA-F]{32}$/);

/**
 * The bot's per-community settings, kept in the community's `settings` JSON (editable by its
 * admins). Each field is read on its own so one bad edit falls back to its default instead of
 * breaking the bot.
 */
const fields = {
  whatsappRequireOtp: z.boolean(),
  whatsappGreeting: z.string().trim().min(1).max(1500),
  whatsappTemplates: z.strictObject({
    /** Asks a member, outside the 24-hour window, whether they agree to an introduction. */
    introductionRequest: contentSid.optional(),
    /** Tells a member, outside the window, that an introduction was accepted. */
    introductionAccepted: contentSid.optional(),
  }),
};

export type WhatsappSettings = {
  requireOtp: boolean;
  greeting: string | null;
  templates: { introductionRequest?: string; introductionAccepted?: string };
};

export const readWhatsappSettings = (settings: unknown): WhatsappSettings => {
  const source = (settings && typeof settings === 'object' ? settings : {}) as Record<string, unknown>;
  const requireOtp = fields.whatsappRequireOtp.safeParse(source.whatsappRequireOtp);
  const greeting = fields.whatsappGreeting.safeParse(source.whatsappGreeting);
  const templates = fields.whatsappTemplates.safeParse(source.whatsappTemplates);
  return {
    requireOtp: requireOtp.success ? requireOtp.data : false,
    greeting: greeting.success ? greeting.data : null,
    templates: templates.success ? templates.data : {},
  };
};
