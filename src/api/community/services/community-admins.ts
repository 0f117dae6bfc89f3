import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { communitiesOfAdmin } from '../../../lib/admin-rbac/communities-of';
import { COMMUNITY_UID } from '../../../lib/admin-rbac/constants';
import { findOrCreateCommunityAdminRole } from '../../../lib/admin-rbac/role';

/** A community by its numeric id or its documentId. */
export type CommunityKey = number | string;

/**
 * Who manages which community: the admin users in a community's `admins` relation see and edit
 * its members in the admin panel (with the Community Admin role). For onboarding and scripts;
 * a super admin can also pick a community's admins in the Content Manager.
 */
const communityAdminsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const findCommunityId = async (key: CommunityKey): Promise<number> => {
    const row = (await strapi.db.query(COMMUNITY_UID).findOne({
      select: ['id'],
      where: typeof key === 'number' ? { id: key } : { documentId: key },
    })) as { id: number } | null;
    if (!row) throw new errors.NotFoundError('Community not found');
    return row.id;
  };

  const assertAdminUser = async (adminUserId: number) => {
    if (!(await strapi.db.query('admin::user').findOne({ select: ['id'], where: { id: adminUserId } }))) {
      throw new errors.NotFoundError('Admin user not found');
    }
  };

  return {
    /**
     * Makes the admin user one of the community's admins (once; linking twice changes nothing).
     * Written with the query engine: this is a platform decision, not an edit by the request's
     * admin, so the admin write guard does not apply.
     */
    async link(community: CommunityKey, adminUserId: number): Promise<void> {
      const communityId = await findCommunityId(community);
      await assertAdminUser(adminUserId);
      if ((await communitiesOfAdmin(strapi, adminUserId)).includes(communityId)) return;
      await strapi.db.query(COMMUNITY_UID).update({ where: { id: communityId }, data: { admins: { connect: [adminUserId] } } });
    },

    /** Removes the admin user from the community's admins. */
    async unlink(community: CommunityKey, adminUserId: number): Promise<void> {
      const communityId = await findCommunityId(community);
      await strapi.db.query(COMMUNITY_UID).update({ where: { id: communityId }, data: { admins: { disconnect: [adminUserId] } } });
    },

    /** Ids of the communities the admin user manages. */
    communitiesOf(adminUserId: number): Promise<number[]> {
      return communitiesOfAdmin(strapi, adminUserId);
    },

    /** The Community Admin role's id (created with its permissions if it was deleted). */
    findOrCreateRole(): Promise<number> {
      return findOrCreateCommunityAdminRole(strapi);
    },
  };
};

export type CommunityAdminsService = ReturnType<typeof communityAdminsService>;

export default communityAdminsService;
