import type { Core } from '@strapi/strapi';

const COMMUNITY_UID = 'api::community.community';
export const COMMUNITY_ADMIN_ROLE_CODE = 'community-admin';

/** The admin users who manage each community (the community's `admins` relation). */
const communityAdminsService = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The Community Admin role's id, creating the role (without permissions) if bootstrap has not. */
  async findOrCreateRole(): Promise<number> {
    const existing = (await strapi.db.query('admin::role').findOne({ where: { code: COMMUNITY_ADMIN_ROLE_CODE } })) as { id: number } | null;
    if (existing) return existing.id;
    const role = (await strapi.service('admin::role').create({
      name: 'Community Admin',
      code: COMMUNITY_ADMIN_ROLE_CODE,
      description: 'Manages the members of their own communities.',
    })) as { id: number };
    return role.id;
  },

  async link(communityId: number, adminUserId: number): Promise<void> {
    await strapi.db.query(COMMUNITY_UID).update({ where: { id: communityId }, data: { admins: { connect: [adminUserId] } } });
  },

  async communitiesOf(adminUserId: number): Promise<number[]> {
    const rows = (await strapi.db.query(COMMUNITY_UID).findMany({
      select: ['id'],
      where: { admins: { id: adminUserId } },
    })) as Array<{ id: number }>;
    return rows.map((row) => row.id);
  },
});

export type CommunityAdminsService = ReturnType<typeof communityAdminsService>;

export default communityAdminsService;
