/**
 * Community Connect's event catalogue: every event the app and its plugins put on Strapi's event
 * hub (`strapi.eventHub`), with its payload. Payloads carry ids, the community, outcomes and
 * counts only: never phone numbers, emails, names, message or query texts, keys or tokens, so a
 * listener can forward them anywhere (a CRM, a metrics pipeline) without leaking personal data.
 *
 * Every payload has `communityId` (null when no community is concerned) and `occurredAt` (ISO
 * 8601). Events are delivered after the write that caused them has committed, outside the request
 * (a listener never delays or fails it), in the order the hub runs its listeners.
 *
 * The catalogue lives in the kit so that the app and the plugins share one declaration of every
 * payload (the plugins re-export theirs: `@community-connect/community-search`, `…/whatsapp-bot`,
 * `…/billing`); docs/extending.md is the reference. Adding a field is a minor change; removing or
 * renaming one is a major one.
 */

export const EVENTS = {
  memberCreated: 'member.created',
  memberUpdated: 'member.updated',
  memberDeleted: 'member.deleted',
  searchPerformed: 'search.performed',
  whatsappMessageReceived: 'whatsapp.message.received',
  whatsappMessageSent: 'whatsapp.message.sent',
  subscriptionChanged: 'subscription.changed',
  quotaWarning: 'quota.warning',
  quotaExceeded: 'quota.exceeded',
} as const;

export type EventName = (typeof EVENTS)[keyof typeof EVENTS];

export const EVENT_NAMES: readonly EventName[] = Object.values(EVENTS);

export type EventBase = {
  /** The community concerned (its numeric id), or null. */
  communityId: number | null;
  /** When it happened, ISO 8601. */
  occurredAt: string;
};

/** How a member write reached the database. */
export type MemberWriteSource = 'document-service' | 'import';

export type MemberCreatedEvent = EventBase & { memberDocumentId: string; source: MemberWriteSource };
export type MemberUpdatedEvent = EventBase & {
  memberDocumentId: string;
  source: MemberWriteSource;
  /** Names of the fields the write set (never their values). */
  fields: string[];
};
export type MemberDeletedEvent = EventBase & { memberDocumentId: string; source: MemberWriteSource };

export type SearchPerformedEvent = EventBase & {
  communityId: number;
  channel: 'api' | 'whatsapp';
  /** The searching member, when a member searched (API tokens search as no one). */
  memberDocumentId: string | null;
  parser: string;
  /** Members matching in total, and on the page returned. */
  total: number;
  returned: number;
  page: number;
  noCloseMatch: boolean;
  followUp: boolean;
  /** Filter fields dropped because they left nobody. */
  relaxed: string[];
  tookMs: number;
};

export type WhatsappMessageReceivedEvent = EventBase & { communityId: number; media: boolean };
export type WhatsappMessageSentEvent = EventBase & {
  communityId: number;
  memberId: number | null;
  /** What the message was: `reply`, `introduction-request`, … */
  kind: string;
};

export type SubscriptionChangedEvent = EventBase & {
  communityId: number;
  /** Stripe subscription id (`sub_…`): an id, not a secret. */
  subscriptionId: string;
  status: string;
  previousStatus: string | null;
  /** The catalogue plan of the subscription's price (null: a price billing does not know). */
  plan: string | null;
  previousPlan: string | null;
  interval: 'monthly' | 'yearly' | null;
  cancelAtPeriodEnd: boolean;
  currentPeriodEnd: string | null;
};

export type QuotaName = 'members' | 'searches';

export type QuotaWarningEvent = EventBase & {
  communityId: number;
  quota: QuotaName;
  limit: number;
  used: number;
  /** The share of the limit that triggers the warning (0.8). */
  threshold: number;
  /** `YYYY-MM` for monthly quotas (searches), null for standing ones (members). */
  period: string | null;
};

export type QuotaExceededEvent = EventBase & {
  communityId: number;
  quota: QuotaName;
  limit: number;
  used: number;
  period: string | null;
};

export type EventPayloads = {
  'member.created': MemberCreatedEvent;
  'member.updated': MemberUpdatedEvent;
  'member.deleted': MemberDeletedEvent;
  'search.performed': SearchPerformedEvent;
  'whatsapp.message.received': WhatsappMessageReceivedEvent;
  'whatsapp.message.sent': WhatsappMessageSentEvent;
  'subscription.changed': SubscriptionChangedEvent;
  'quota.warning': QuotaWarningEvent;
  'quota.exceeded': QuotaExceededEvent;
};

/** Its result is ignored (awaited when it is a promise). */
export type EventListener<TName extends EventName> = (payload: EventPayloads[TName]) => unknown;
