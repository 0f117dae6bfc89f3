import { parseForPeople } from '@community-connect/kit';
import { errors } from '@strapi/utils';
import type { z } from 'zod';

import { MEMBER_FIELD_LABELS } from './member-fields';

/**
 * Each parser answers bad input with a 400 whose message people can act on (each field by its
 * label, with the value and what to do) and whose `details.errors` keep `path` and `code` for programs.
 */
const forPeople = (subject: string) => ({ labels: MEMBER_FIELD_LABELS, subject });

/** Validates a plain JSON body with a strict schema; anything else is a 400 with one entry per offending field. */
export const parseRequestBody = <TSchema extends z.ZodType>(body: unknown, schema: TSchema, subject = 'request body'): z.output<TSchema> => {
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    throw new errors.ValidationError('The request body must be a JSON object');
  }
  return parseForPeople(schema, body, forPeople(subject));
};

/** Validates a REST body of the form `{ data: {...} }` with a strict schema and returns the parsed data. */
export const parseRequestData = <TSchema extends z.ZodType>(body: unknown, schema: TSchema, subject = 'member data'): z.output<TSchema> => {
  const data = (body as { data?: unknown } | undefined)?.data;
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new errors.ValidationError('Missing "data" payload in the request body');
  }
  return parseForPeople(schema, data, forPeople(subject));
};

/** Validates query-string parameters with a strict schema (unknown parameters are refused). */
export const parseRequestQuery = <TSchema extends z.ZodType>(query: unknown, schema: TSchema): z.output<TSchema> =>
  parseForPeople(schema, query ?? {}, forPeople('query'));
