import type { Core } from '@strapi/strapi';

import { getAppService } from '../../../lib/services';

const COMMUNITY_UID = 'api::community.community';

/** What the request path needs of a community: who it is, whether it may be used, and its limits. */
export type CommunityRow = {
  id: number;
  documentId: string;
  slug: string;
  name: string;
  plan: string;
  isActive: boolean;
  accountStatus: string;
  memberLimit: number | null;
  searchLimitPerMonth: number | null;
};

const FIELDS: Array<keyof CommunityRow> = ['id', 'documentId', 'slug', 'name', 'plan', 'isActive', 'accountStatus', 'memberLimit', 'searchLimitPerMonth'];

/**
 * A community by id or slug, as read on every request (tenancy, then the search quota): one read
 * serves both and later requests, from the request cache, which every write to a community
 * invalidates on every instance. A copy per caller.
 */
export const findCommunityRow = async (strapi: Core.Strapi, where: { id: number } | { slug: string }): Promise<CommunityRow | null> => {
  const key = 'id' in where ? `community:id:${where.id}` : `community:slug:${where.slug}`;
  const row = await getAppService('api::access.request-cache').get(
    key,
    async () => (await strapi.db.query(COMMUNITY_UID).findOne({ select: FIELDS, where })) as CommunityRow | null
  );
  return row && { ...row };
};
