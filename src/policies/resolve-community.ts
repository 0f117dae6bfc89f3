import type { Core } from '@strapi/strapi';

import type { RequestAuth } from '../api/community/services/tenancy';
import { getAppService } from '../lib/services';
import { getRoutedCommunitySlug, setTenant } from '../lib/tenant-context';

/**
 * Resolves the community a request acts in (see the tenancy service) and stores it on
 * `ctx.state.tenant`. Every route that touches community data runs behind this policy.
 */
type PolicyContextWithState = Core.PolicyContext & {
  state: Record<string, unknown> & { auth?: RequestAuth; session?: { id?: string } };
};

type ResolveCommunityConfig = { allowSuspended?: boolean };

const resolveCommunity = async (policyContext: PolicyContextWithState, config: ResolveCommunityConfig = {}) => {
  const tenant = await getAppService('api::community.tenancy').resolve({
    auth: policyContext.state.auth,
    communityHeader: policyContext.request.headers['x-community'],
    sessionId: policyContext.state.session?.id,
    routedSlug: getRoutedCommunitySlug(policyContext),
    allowSuspended: config.allowSuspended === true,
  });
  setTenant(policyContext, tenant);
  return true;
};

export default resolveCommunity;
