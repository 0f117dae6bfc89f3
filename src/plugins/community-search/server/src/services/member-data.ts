import type { Core } from '@strapi/strapi';

import { createMemberSearchData, type MemberSearchRecord } from '../repositories/member-search-data';
import { getService } from '../utils';

/**
 * What the plugin holds about one member outside the index (their searches), for the app's
 * privacy routes: a member's data export and the erasure of a member.
 */
const memberDataService = ({ strapi }: { strapi: Core.Strapi }) => {
  const repository = () => createMemberSearchData(strapi.db.connection);
  return {
    // Their searches still queued are written first: an export lists them, an erasure reaches them.
    async searchesOf(communityId: number, memberDocumentId: string): Promise<MemberSearchRecord[]> {
      await getService('search-log').flush();
      return repository().list(communityId, memberDocumentId);
    },
    async forget(communityId: number, memberDocumentId: string): Promise<number> {
      await getService('search-log').flush();
      return repository().anonymise(communityId, memberDocumentId);
    },
  };
};

export type MemberDataService = ReturnType<typeof memberDataService>;

export default memberDataService;
