import type { Core } from '@strapi/strapi';

const SUPER_ADMIN_ROLE_CODE = 'strapi-super-admin';

type AdminUser = { id: number; roles?: Array<{ code?: string }> };

/**
 * The communities an admin-panel user may see: all for super admins (null), otherwise those
 * that list the user among their admins.
 */
export const communitiesOfAdmin = async (strapi: Core.Strapi, user: AdminUser | undefined): Promise<number[] | null> => {
  if (!user) return [];
  if (user.roles?.some((role) => role.code === SUPER_ADMIN_ROLE_CODE)) return null;
  const rows = (await strapi.db.query('api::community.community').findMany({
    select: ['id'],
    where: { admins: { id: user.id } },
  })) as Array<{ id: number }>;
  return rows.map((row) => row.id);
};
