import type { SearchAnswer, SearchHit } from '@community-connect/kit';
import type { Core } from '@strapi/strapi';

/**
 * What the bot uses from the host app and the community-search plugin, typed by the shapes it
 * relies on. The bot shares the app's rules rather than copying them: the same search (and its
 * log and follow-up sessions), the same monthly quota and per-member limit as the API, the same
 * natural-language update flow and the same OTP codes.
 */
export type HostStore = {
  get(key: string): Promise<string | null>;
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
  claim(key: string, ttlSeconds: number): Promise<boolean>;
  take(key: string): Promise<boolean>;
};

export type HostTenant = {
  community: { id: number; documentId: string; slug: string; name: string; plan: string; accountStatus: string };
  access: 'member';
  memberDocumentId: string;
};

/** community-search's answer, as declared in @community-connect/kit. */
export type { SearchAnswer, SearchHit };

export type SearchQuestion = {
  communityId: number;
  text: string;
  page: number;
  pageSize: number;
  memberDocumentId: string;
  sessionId: string;
  /** Pages on through the session's last search instead of asking a new question. */
  continueLast?: boolean;
};

export type ProposalView = { token: string; summary: string; requiresCode: boolean; field: string };
export type AppliedChange = { field: string; after: unknown; undoToken: string; undoExpiresInSeconds: number };

type SearchService = {
  search(request: {
    communityId: number;
    text: string;
    page: number;
    pageSize: number;
    channel: 'whatsapp';
    viewer: { access: 'member'; memberDocumentId: string };
    callerId: string;
    sessionId: string;
    continueLast?: boolean;
  }): Promise<SearchAnswer>;
};
type SearchRequester = { memberDocumentId: string };
type QuotasService = {
  consumeSearch(ref: { id: number }, requester?: SearchRequester): Promise<void>;
  refundSearch(ref: { id: number }, requester?: SearchRequester): Promise<void>;
};
type RateLimitsService = { enforce(name: 'search', key: string): Promise<void> };
type OtpService = { requestCode(phone: string, clientKey: string): Promise<unknown>; verifyCode(phone: string, code: string): Promise<void> };
type NlUpdateService = {
  propose(input: { tenant: HostTenant; requester: { key: string }; memberDocumentId: string; text: string }): Promise<ProposalView>;
  confirm(input: { tenant: HostTenant; requester: { key: string }; token: string; code?: string }): Promise<AppliedChange>;
  undo(input: { tenant: HostTenant; requester: { key: string }; token: string }): Promise<{ field: string; value: unknown }>;
};
type SecurityStoreService = { store(): HostStore };

const hostService = ({ strapi }: { strapi: Core.Strapi }) => {
  const app = <T>(uid: string) => strapi.service(uid as never) as unknown as T;
  return {
    search: (question: SearchQuestion) =>
      (strapi.plugin('community-search').service('search') as unknown as SearchService).search({
        communityId: question.communityId,
        text: question.text,
        page: question.page,
        pageSize: question.pageSize,
        channel: 'whatsapp',
        viewer: { access: 'member', memberDocumentId: question.memberDocumentId },
        // The same caller id as the member's API searches: one conversation memory per member.
        callerId: `member:${question.memberDocumentId}`,
        sessionId: question.sessionId,
        continueLast: question.continueLast,
      }),
    quotas: () => app<QuotasService>('api::community.quotas'),
    rateLimits: () => app<RateLimitsService>('api::access.rate-limits'),
    otp: () => app<OtpService>('api::access.otp'),
    nlUpdate: () => app<NlUpdateService>('api::member.nl-update'),
    store: () => app<SecurityStoreService>('api::access.security-store').store(),
  };
};

export type HostService = ReturnType<typeof hostService>;

export default hostService;
