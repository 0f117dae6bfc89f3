import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { getAppService } from './services';
import { readRelationWrite } from './tenancy/relation-payload';

const COMMUNITY_UID = 'api::community.community';

type CommunityWrite = { plan?: unknown; memberLimit?: unknown; searchLimitPerMonth?: unknown; members?: unknown };

/**
 * A community's limits follow its plan: set from the plan when the community is created or
 * changes plan, unless the write sets them itself (a super admin's override). Its members are
 * changed only from the member side, where the member rules hold.
 */
export const registerCommunityRules = (strapi: Core.Strapi) => {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== COMMUNITY_UID || (context.action !== 'create' && context.action !== 'update')) {
      return next();
    }
    const data = ((context.params as { data?: CommunityWrite }).data ?? {}) as CommunityWrite;
    // Moving members through the community side would skip the member rules (one community, phone
    // unique in it, the member limit of the community they land in): members move on their own record.
    if (readRelationWrite('members', data.members).kind !== 'unchanged') {
      throw new errors.ValidationError("members are added to or moved between communities on the member's own record", {
        errors: [{ path: ['members'], message: "change the member's community instead", name: 'ValidationError' }],
      });
    }
    delete data.members;
    const planChanges = context.action === 'create' || data.plan !== undefined;
    if (planChanges) {
      const limits = getAppService('api::community.quotas').planLimits(typeof data.plan === 'string' ? data.plan : 'free');
      if (data.memberLimit === undefined) data.memberLimit = limits.memberLimit;
      if (data.searchLimitPerMonth === undefined) data.searchLimitPerMonth = limits.searchLimitPerMonth;
    }
    return next();
  });
};
