import { errors } from '@strapi/utils';
import type { z } from 'zod';

import { humanFieldErrors, joinMessages, safeParseForPeople, type HumanFieldError, type HumanMessageOptions } from '../messages/human-messages';

export type ValidationMessageOptions = HumanMessageOptions & {
  /**
   * Whether each entry of `details.errors` carries `name: "ValidationError"` (as Strapi's own
   * validation errors do). The WhatsApp admin API has always sent the entries without it.
   */
  nameEachEntry?: boolean;
};

type NamedFieldError = HumanFieldError & { name?: 'ValidationError' };

/**
 * A 400 whose message people can act on (each field by its label, with the value and what to do)
 * and whose `details.errors` keep `path` and `code` for programs. Parse with `safeParseForPeople`
 * so zod's own wording is replaced.
 */
export const humanValidationError = (error: z.ZodError, input: unknown, options: ValidationMessageOptions = {}) => {
  const { nameEachEntry = true, ...messageOptions } = options;
  const fieldErrors = humanFieldErrors(error, input, messageOptions);
  const entries: NamedFieldError[] = nameEachEntry ? fieldErrors.map((fieldError) => ({ ...fieldError, name: 'ValidationError' })) : fieldErrors;
  return new errors.ValidationError(joinMessages(fieldErrors), { errors: entries });
};

/** `input` checked against a strict schema; anything else throws {@link humanValidationError}'s 400. */
export const parseForPeople = <TSchema extends z.ZodType>(schema: TSchema, input: unknown, options: ValidationMessageOptions = {}): z.output<TSchema> => {
  const result = safeParseForPeople(schema, input);
  if (!result.success) throw humanValidationError(result.error, input, options);
  return result.data;
};

/**
 * A 400 with zod's own messages, for input that machines send (Twilio's webhooks, the search query
 * string): `details.errors` lists each issue's path and message; `message` defaults to them joined.
 */
export const issuesValidationError = (error: Pick<z.ZodError, 'issues'>, message?: string) => {
  const entries = error.issues.map((issue) => ({ path: issue.path.map(String), message: issue.message }));
  return new errors.ValidationError(message ?? entries.map((entry) => entry.message).join('; '), { errors: entries });
};
