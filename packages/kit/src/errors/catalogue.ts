/**
 * Every error answer the app and the plugins give, by code: the HTTP status and the `error.name`
 * clients read in Strapi's envelope. Strapi's own classes keep their statuses (400, 401, 403, 404,
 * 413, 429, 501); the codes here name them too, so one list says what a client can meet.
 */
export const ERROR_CATALOGUE = {
  VALIDATION: { status: 400, name: 'ValidationError' },
  UNAUTHORIZED: { status: 401, name: 'UnauthorizedError' },
  FORBIDDEN: { status: 403, name: 'ForbiddenError' },
  NOT_FOUND: { status: 404, name: 'NotFoundError' },
  CONFLICT: { status: 409, name: 'ConflictError' },
  LENGTH_REQUIRED: { status: 411, name: 'LengthRequired' },
  PAYLOAD_TOO_LARGE: { status: 413, name: 'PayloadTooLargeError' },
  RATE_LIMITED: { status: 429, name: 'RateLimitError' },
  NOT_IMPLEMENTED: { status: 501, name: 'NotImplementedError' },
  /** Stripe did not answer or refused: the request names Stripe's request id for support. */
  STRIPE_UNAVAILABLE: { status: 502, name: 'StripeUnavailable' },
  /** The server has no Stripe keys. */
  BILLING_NOT_CONFIGURED: { status: 503, name: 'BillingNotConfigured' },
  /** PostgreSQL or Redis unreachable: retry in a few seconds. */
  SERVICE_UNAVAILABLE: { status: 503, name: 'ServiceUnavailableError' },
} as const satisfies Record<string, { status: number; name: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;
