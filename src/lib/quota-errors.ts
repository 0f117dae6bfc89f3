import { ForbiddenError } from '@community-connect/kit';
import { errors } from '@strapi/utils';

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

export type MemberShareDetails = {
  quota: 'memberSearches';
  /** The member's share of the community's monthly searches, and what they used of it. */
  limit: number;
  used: number;
  /** The day (UTC) the share renews: the first of next month. */
  renewsOn: string;
  /** A higher plan lifts the community's limit, and with it the share. */
  upgrade: true;
};

/** One member's fair share of the month's searches used up: 429 with `name: "QuotaExceeded"`. */
export class MemberSearchShareExceededError extends errors.RateLimitError<string, MemberShareDetails> {
  constructor(details: Omit<MemberShareDetails, 'quota' | 'upgrade'>) {
    super(memberShareMessage(details), { quota: 'memberSearches', ...details, upgrade: true });
    (this as { name: string }).name = 'QuotaExceeded';
    recordQuotaRejection('member_searches');
  }
}

/** The words members read, over the API and in the WhatsApp bot alike. */
export const memberShareMessage = ({ limit, used, renewsOn }: { limit: number; used: number; renewsOn: string }) =>
  `You have used your share of this community's searches this month (${used} of ${limit}); it renews on ${renewsOn}`;
