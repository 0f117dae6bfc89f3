import { hostPortOf, type HostTenant as PortTenant, type SearchAnswer, type SearchHit } from '@community-connect/kit';
import type { Core } from '@strapi/strapi';

export type { AppliedChange, HostStore, ProposalView } from '@community-connect/kit';

/**
 * What the bot uses from the host app and the community-search plugin. The app is reached only
 * through its host port (`@community-connect/kit`), so the bot shares the app's rules rather than
 * copying them: the same tenancy and contact visibility, the same search (and its log and
 * follow-up sessions), the same monthly quota and per-member limit as the API, the same
 * natural-language update flow and the same OTP codes.
 */
export type HostTenant = PortTenant & { access: 'member'; memberDocumentId: string };

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

const hostService = ({ strapi }: { strapi: Core.Strapi }) => {
  const port = () => hostPortOf(strapi);
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
    tenancy: () => port().tenancy,
    tables: () => port().tables(),
    quotas: () => port().quotas,
    rateLimits: () => port().rateLimits,
    otp: () => port().otp,
    nlUpdate: () => port().nlUpdate,
    store: () => port().store(),
  };
};

export type HostService = ReturnType<typeof hostService>;

export default hostService;
