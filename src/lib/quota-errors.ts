import { errors } from '@strapi/utils';

import { ForbiddenError } from './forbidden';
import { recordQuotaRejection } from './ops/metrics';

export type QuotaDetails = {
  quota: 'members' | 'searches';
  limit: number;
  used: number;
  /** A higher plan would lift the limit. */
  upgrade: true;
};

/** Adding members beyond the plan: 403 with `name: "QuotaExceeded"` in Strapi's envelope. */
export class MemberQuotaExceededError extends ForbiddenError<QuotaDetails> {
  constructor(message: string, details: QuotaDetails) {
    super(message, details);
    (this as { name: string }).name = 'QuotaExceeded';
    recordQuotaRejection(details.quota);
  }
}

/** Searching beyond the month's allowance: 429 with `name: "QuotaExceeded"`. */
export class SearchQuotaExceededError extends errors.RateLimitError<string, QuotaDetails> {
  constructor(message: string, details: QuotaDetails) {
    super(message, details);
    // Strapi's envelope reports `error.name`; the class keeps the 429 status.
    (this as { name: string }).name = 'QuotaExceeded';
    recordQuotaRejection(details.quota);
  }
}
