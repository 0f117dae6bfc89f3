import { errors } from '@strapi/utils';

import { ERROR_CATALOGUE, type ErrorCode } from './catalogue';

export type ErrorDetails = Record<string, unknown>;

/**
 * An answer Strapi's error classes cannot give (409, 411, 502, 503): status and name come from the
 * code's catalogue entry. Strapi's error middleware does not know it (it would answer 500), so
 * whoever throws one answers it with `sendErrorResponse` (a route middleware, or the controller).
 */
export class AppError<TDetails extends ErrorDetails = ErrorDetails> extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: TDetails = {} as TDetails
  ) {
    super(message);
    this.status = ERROR_CATALOGUE[code].status;
    this.name = ERROR_CATALOGUE[code].name;
  }
}

/**
 * A 403 whose message reaches the client. Strapi's route pipeline replaces a plain ForbiddenError's
 * message with "Forbidden" and lets only PolicyErrors through, so this is a PolicyError that still
 * calls itself ForbiddenError in the envelope.
 */
export class ForbiddenError<TDetails = unknown> extends errors.PolicyError<string, TDetails> {
  constructor(message: string, details?: TDetails) {
    super(message, details);
    (this as { name: string }).name = ERROR_CATALOGUE.FORBIDDEN.name;
  }
}
