import { ForbiddenError } from '@community-connect/kit';
import type { Core } from '@strapi/strapi';

import { getService } from '../utils';
import type { BillingCommunity } from './communities';

/** Strapi's code for the role that sees every community. */
const SUPER_ADMIN_ROLE_CODE = 'strapi-super-admin';

export type AdminUser = { id: number; roles?: Array<{ code?: string }> };

type CommunityAdminsService = { communitiesOf(adminUserId: number): Promise<number[]> };

/**
 * Which communities an admin-panel user may bill: the ones whose `admins` relation holds them
 * (the app's community-admins service), or all for a super admin.
 */
const adminScopeService = ({ strapi }: { strapi: Core.Strapi }) => {
  const isSuperAdmin = async (user: AdminUser) => {
    let roles = user.roles;
    if (!Array.isArray(roles)) {
      const row = (await strapi.db.query('admin::user').findOne({ where: { id: user.id }, populate: ['roles'] })) as { roles?: Array<{ code?: string }> } | null;
      roles = row?.roles ?? [];
    }
    return roles.some((role) => role.code === SUPER_ADMIN_ROLE_CODE);
  };

  const managedIds = async (user: AdminUser): Promise<number[] | 'all'> => {
    if (await isSuperAdmin(user)) return 'all';
    return (strapi.service('api::community.community-admins') as unknown as CommunityAdminsService).communitiesOf(user.id);
  };

  return {
    /** Super admins run the platform: only they are told how it is wired (e.g. Stripe's settings). */
    isOperator: isSuperAdmin,

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
