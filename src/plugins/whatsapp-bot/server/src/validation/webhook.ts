import { issuesValidationError } from '@community-connect/kit';
import { z } from 'zod';

/**
 * The fields of Twilio's form posts the bot reads. Twilio adds more over time (and per channel),
 * so unknown fields are kept for the signature but ignored here.
 */
const inboundSchema = z.object({
  MessageSid: z.string().regex(/^(SM|MM)[0-9a-fA-F]{32}$/, 'must be a Twilio message SID'),
  AccountSid: z.string().min(1),
  From: z.string().min(1).max(64),
  To: z.string().min(1).max(64),
  Body: z.string().max(10_000).optional(),
  NumMedia: z.coerce.number().int().min(0).max(100).default(0),
  ProfileName: z.string().max(200).optional(),
  WaId: z.string().max(32).optional(),
});

export type TwilioInbound = z.infer<typeof inboundSchema>;

const statusSchema = z.object({
  MessageSid: z.string().min(1).max(64),
  MessageStatus: z.string().min(1).max(32),
  ErrorCode: z.string().max(16).optional(),
});

export type TwilioStatus = z.infer<typeof statusSchema>;

const parse = <T>(schema: z.ZodType<T>, body: unknown): T => {
  const result = schema.safeParse(body ?? {});
  if (!result.success) throw issuesValidationError(result.error, 'Invalid Twilio request');
  return result.data;
};

export const parseInbound = (body: unknown) => parse(inboundSchema, body);
export const parseStatus = (body: unknown) => parse(statusSchema, body);

/** Twilio signs the form as posted: every field must be a plain string. */
export const formParams = (body: unknown): Record<string, string> => {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return {};
  return Object.fromEntries(Object.entries(body as Record<string, unknown>).filter(([, value]) => typeof value === 'string')) as Record<
    string,
    string
  >;
};
