import { errors } from '@strapi/utils';

/**
 * A 403 whose message reaches the client: Strapi replaces a plain ForbiddenError's message with
 * "Forbidden" and lets only PolicyErrors through, so this is a PolicyError named ForbiddenError.
 */
export class ForbiddenError<TDetails = unknown> extends errors.PolicyError<string, TDetails> {
  constructor(message: string, details?: TDetails) {
    super(message, details);
    (this as { name: string }).name = 'ForbiddenError';
  }
}
