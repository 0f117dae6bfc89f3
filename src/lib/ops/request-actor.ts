import type { Tenant } from '../../api/community/services/tenancy';
import type { RequestActor } from './request-context';

type RequestState = {
  auth?: { strategy?: { name?: string }; credentials?: { id?: number | string } | null };
  user?: { id?: number | string } | null;
  tenant?: Tenant;
};

const API_TOKEN_STRATEGIES = new Set(['api-token', 'content-api-token']);

/** Who acts (ids only, never names or contact details) and in which community, as far as resolved. */
export const describeActor = (state: RequestState): RequestActor => {
  const actor: RequestActor = {};
  const strategy = state.auth?.strategy?.name;
  const credentialsId = state.auth?.credentials?.id;
  if (strategy === 'users-permissions') actor.userId = state.user?.id ?? credentialsId ?? undefined;
  else if (strategy === 'admin') actor.adminId = state.user?.id ?? credentialsId ?? undefined;
  else if (strategy && API_TOKEN_STRATEGIES.has(strategy)) actor.apiTokenId = credentialsId ?? undefined;
  const tenant = state.tenant;
  if (tenant?.community) {
    actor.communityId = tenant.community.id;
    actor.community = tenant.community.slug;
    if (tenant.memberDocumentId) actor.memberId = tenant.memberDocumentId;
  }
  return actor;
};

/** The matched route's template (`/api/members/:id`), never the raw URL; requests answered before routing share one label. */
export const routeTemplate = (ctx: object): string => {
  // Set by @koa/router on the context; not in Koa's types.
  const matched = (ctx as { _matchedRoute?: unknown })._matchedRoute;
  return typeof matched === 'string' ? matched : '(unmatched)';
};
