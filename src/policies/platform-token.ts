import { ForbiddenError } from '@community-connect/kit';
import type { Core } from '@strapi/strapi';

import type { RequestAuth } from '../api/community/services/tenancy';
import { getAppService } from '../lib/services';

type PolicyContextWithAuth = Core.PolicyContext & { state: { auth?: RequestAuth } };

const API_TOKEN_STRATEGIES = new Set(['content-api-token', 'api-token']);

/**
 * Routes across communities (onboarding, the community list, the audit log over REST) are for
 * platform operators: API tokens not confined to one community.
 */
const platformToken = async (policyContext: PolicyContextWithAuth) => {
  const { auth } = policyContext.state;
  const tokenId = auth?.credentials?.id;
  if (!auth?.strategy?.name || !API_TOKEN_STRATEGIES.has(auth.strategy.name) || tokenId === undefined) {
    throw new ForbiddenError('Only a platform API token may use this route');
  }
  if ((await getAppService('api::community.api-tokens').communityOf(tokenId)) !== null) {
    throw new ForbiddenError("This API token belongs to one community; this route needs a platform operator's token");
  }
  return true;
};

export default platformToken;
