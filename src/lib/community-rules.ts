import type { Core } from '@strapi/strapi';

import { getAppService } from './services';

const COMMUNITY_UID = 'api::community.community';

type CommunityWrite = { plan?: unknown; memberLimit?: unknown; searchLimitPerMonth?: unknown };

/**
 * A community's limits follow its plan: set from the plan when the community is created or
 * changes plan, unless the write sets them itself (a super admin's override).
 */
export const registerCommunityRules = (strapi: Core.Strapi) => {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== COMMUNITY_UID || (context.action !== 'create' && context.action !== 'update')) {
      return next();
    }
    const data = ((context.params as { data?: CommunityWrite }).data ?? {}) as CommunityWrite;
    const planChanges = context.action === 'create' || data.plan !== undefined;
    if (planChanges) {
      const limits = getAppService('api::community.quotas').planLimits(typeof data.plan === 'string' ? data.plan : 'free');
      if (data.memberLimit === undefined) data.memberLimit = limits.memberLimit;
      if (data.searchLimitPerMonth === undefined) data.searchLimitPerMonth = limits.searchLimitPerMonth;
    }
    return next();
  });
};
