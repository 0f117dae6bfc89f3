import { ForbiddenError, type HostAdminUser } from '@community-connect/kit';
import type { Core } from '@strapi/strapi';

import { getService } from '../utils';
import { hostOf } from '../utils/host';
import type { BillingCommunity } from './communities';

export type AdminUser = HostAdminUser;

/**
 * Which communities an admin-panel user may bill: the ones they manage, as the app decides it
 * (all for a super admin).
 */
const adminScopeService = ({ strapi }: { strapi: Core.Strapi }) => {
  const adminScope = (user: AdminUser) => hostOf(strapi).tenancy.adminScope(user);

  const managedIds = async (user: AdminUser): Promise<number[] | 'all'> => (await adminScope(user)).communityIds ?? 'all';

  return {
    /** Super admins run the platform: only they are told how it is wired (e.g. Stripe's settings). */
    async isOperator(user: AdminUser): Promise<boolean> {
      return (await adminScope(user)).isSuperAdmin;
    },

    async communities(user: AdminUser): Promise<BillingCommunity[]> {
      const ids = await managedIds(user);
      if (ids !== 'all' && ids.length === 0) return [];
      return getService('communities').findMany(ids === 'all' ? { isActive: true } : { id: { $in: ids }, isActive: true });
    },

    /** The community if the admin manages it; the same refusal whether it exists or not. */
    async community(user: AdminUser, documentId: string): Promise<BillingCommunity> {
      const community = await getService('communities').findByDocumentId(documentId);
      const ids = await managedIds(user);
      if (!community || !community.isActive || (ids !== 'all' && !ids.includes(community.id))) {
        throw new ForbiddenError('You do not manage this community');
      }
      return community;
    },
  };
};

export type AdminScopeService = ReturnType<typeof adminScopeService>;

export default adminScopeService;
