import type { Core } from '@strapi/strapi';

import { COMMUNITY_UID } from './constants';

/** Ids of the communities whose `admins` relation holds the admin user, smallest first. */
export const communitiesOfAdmin = async (strapi: Core.Strapi, adminUserId: number): Promise<number[]> => {
  const rows = (await strapi.db.query(COMMUNITY_UID).findMany({
    select: ['id'],
    where: { admins: { id: adminUserId } },
    orderBy: { id: 'asc' },
  })) as Array<{ id: number }>;
  return rows.map((row) => row.id);
};
