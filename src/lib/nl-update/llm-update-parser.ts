import OpenAI from 'openai';
import { z } from 'zod';

import type { ParseOutcome, ProfileChange, ProfileField } from './rules-parser';

const FIELDS = [
  'name',
  'city',
  'state',
  'country',
  'organization',
  'designation',
  'industry',
  'skills',
  'email',
  'phone',
  'bio',
  'linkedinUrl',
  'degree',
  'branch',
  'graduationYear',
  'directoryVisible',
  'contactVisibility',
] as const satisfies readonly ProfileField[];

const answerSchema = z.union([
  z.strictObject({ unclear: z.literal(true), question: z.string().min(1).max(300) }),
  z.strictObject({
    action: z.enum(['add', 'remove']),
    field: z.literal('skills'),
    value: z.array(z.string().trim().min(1).max(100)).min(1).max(20),
  }),
  z.strictObject({
    action: z.literal('set'),
    field: z.enum(FIELDS),
    value: z.union([z.string().trim().min(1).max(5000), z.number(), z.boolean(), z.array(z.string().trim().min(1).max(100)).max(50)]),
  }),
]);

const SYSTEM_PROMPT = `You turn a community member's request to change their own directory profile into JSON.
Answer with one JSON object and nothing else, in one of these forms:
{"action":"set","field":F,"value":V}  F one of ${FIELDS.join(', ')}; V a string, a number (graduationYear, a four-digit year), a boolean (directoryVisible) or "members"/"admins" (contactVisibility), or a list of strings (skills)
{"action":"add"|"remove","field":"skills","value":["..."]}
{"unclear":true,"question":"..."}  when the request is not one clear change of one field.
Keep the member's own spelling of values. Never invent a value the member did not give.`;

export type UpdateParser = { name: 'rules' | 'llm'; parse(text: string): Promise<ParseOutcome & { parser: 'rules' | 'llm' }> };

/**
 * Reads profile-update requests with an OpenAI-compatible chat-completions endpoint, validating
 * the answer strictly; any timeout, HTTP error or invalid answer falls back to the rules parser,
 * and after three failures in a row the LLM is skipped for a minute instead of slowing every request.
 */
export const createLlmUpdateParser = ({
  baseUrl,
  apiKey,
  model,
  timeoutMs,
  fallback,
  onFallback,
}: {
  baseUrl: string;
  apiKey?: string;
  model: string;
  timeoutMs: number;
  fallback: (text: string) => ParseOutcome;
  onFallback?: (reason: string) => void;
}): UpdateParser => {
  const client = new OpenAI({ baseURL: baseUrl, apiKey: apiKey || 'no-key', timeout: timeoutMs, maxRetries: 0 });
  let failuresInARow = 0;
  let skipUntil = 0;

  const useRules = (text: string, reason: string) => {
    onFallback?.(reason);
    return { ...fallback(text), parser: 'rules' as const };
  };

  return {
    name: 'llm',
    async parse(text) {
      if (Date.now() < skipUntil) return useRules(text, 'llm skipped after repeated failures');
      try {
        const completion = await client.chat.completions.create({
          model,
          temperature: 0,
          response_format: { type: 'json_object' },
          messages: [
            { role: 'system', content: SYSTEM_PROMPT },
            { role: 'user', content: text },
          ],
        });
        const content = completion.choices[0]?.message?.content ?? '';
        const answer = answerSchema.parse(JSON.parse(content.replace(/^\s*```(?:json)?|```\s*$/g, '')));
        failuresInARow = 0;
        if ('unclear' in answer) return { ok: false, message: answer.question, parser: 'llm' };
        return { ok: true, change: answer as ProfileChange, parser: 'llm' };
      } catch (error) {
        failuresInARow += 1;
        if (failuresInARow >= 3) skipUntil = Date.now() + 60_000;
        return useRules(text, (error as Error).message);
      }
    },
  };
};
