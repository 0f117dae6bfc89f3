import { z } from 'zod';

/** The OpenAPI 3.0 shapes these modules build: plain JSON, checked by tests/openapi.test.ts. */
export type Json = Record<string, unknown>;
export type PathItem = Record<string, unknown>;
export type Paths = Record<string, PathItem>;

export const schemaRef = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });
const responseRef = (name: string): Json => ({ $ref: `#/components/responses/${name}` });
export const parameterRef = (name: string): Json => ({ $ref: `#/components/parameters/${name}` });

/**
 * A request schema straight from the zod schema the controller validates with, so the documented
 * body cannot drift from the one enforced. `io: 'input'` describes what a client sends (before
 * trimming and normalising transforms).
 */
export const fromZod = (schema: z.ZodType): Json => {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, { target: 'openapi-3.0', io: 'input', unrepresentable: 'any' }) as Json;
  return json;
};

export const jsonContent = (schema: Json, example?: unknown): Json => ({
  'application/json': { schema, ...(example === undefined ? {} : { example }) },
});

export const jsonBody = (schema: Json, example?: unknown, description?: string): Json => ({
  required: true,
  ...(description ? { description } : {}),
  content: jsonContent(schema, example),
});

export const ok = (description: string, schema: Json, example?: unknown): Json => ({ description, content: jsonContent(schema, example) });

/** `{ data: <schema> }`, the shape most custom routes answer with. */
export const dataOf = (schema: Json, meta?: Json): Json => ({
  type: 'object',
  required: ['data'],
  // Strapi's transformResponse adds an (often empty) meta object to every single-record answer.
  properties: { data: schema, meta: meta ?? { type: 'object', additionalProperties: true } },
});

const ERROR_RESPONSES: Record<number, string> = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  409: 'Conflict',
  413: 'PayloadTooLarge',
  429: 'TooManyRequests',
  503: 'ServiceUnavailable',
};

/** The error answers a route can give, each in Strapi's envelope. */
export const errorResponses = (...statuses: number[]): Json =>
  Object.fromEntries(statuses.map((status) => [String(status), responseRef(ERROR_RESPONSES[status])]));

/** Who may call an operation; an empty list means no credentials (the route checks its own proof, if any). */
export const SECURITY = {
  none: [] as Json[],
  member: [{ memberJwt: [] }],
  token: [{ apiToken: [] }],
  memberOrToken: [{ memberJwt: [] }, { apiToken: [] }],
  platformToken: [{ apiToken: [] }],
  twilio: [{ twilioSignature: [] }],
  stripe: [{ stripeSignature: [] }],
  metrics: [{ metricsToken: [] }],
};

type OperationInput = {
  tags: string[];
  summary: string;
  description?: string;
  operationId: string;
  security: Json[];
  parameters?: Json[];
  requestBody?: Json;
  responses: Json;
};

export const operation = ({ security, ...rest }: OperationInput): Json => ({ ...rest, security });
