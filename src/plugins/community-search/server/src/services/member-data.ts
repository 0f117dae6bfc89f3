import type { Core } from '@strapi/strapi';

import { createMemberSearchData, type MemberSearchRecord } from '../repositories/member-search-data';

/**
 * What the plugin holds about one member outside the index (their searches), for the app's
 * privacy routes: a member's data export and the erasure of a member.
 */
const memberDataService = ({ strapi }: { strapi: Core.Strapi }) => {
  const repository = () => createMemberSearchData(strapi.db.connection);
  return {
    searchesOf: (communityId: number, memberDocumentId: string): Promise<MemberSearchRecord[]> =>
      repository().list(communityId, memberDocumentId),
    forget: (communityId: number, memberDocumentId: string): Promise<number> => repository().anonymise(communityId, memberDocumentId),
  };
};

export type MemberDataService = ReturnType<typeof memberDataService>;

export default memberDataService;
