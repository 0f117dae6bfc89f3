import type { Core } from '@strapi/strapi';

/** The community-search plugin's services the app itself calls (one typed place for the names). */
type Indexer = { enqueue(documentIds: string[]): void };
type SearchRecord = { query: string; channel: string; parser: string; resultCount: number; createdAt: Date };
type MemberData = {
  searchesOf(communityId: number, memberDocumentId: string): Promise<SearchRecord[]>;
  forget(communityId: number, memberDocumentId: string): Promise<number>;
};

const plugin = (strapi: Core.Strapi) => strapi.plugin('community-search');

/**
 * Queues members for reindexing, for writes that bypass the document service (bulk imports).
 * Every other write is picked up by the plugin's own middleware.
 */
export const enqueueMemberReindex = (strapi: Core.Strapi, documentIds: string[]) => {
  if (documentIds.length === 0) return;
  (plugin(strapi).service('indexer') as Indexer).enqueue(documentIds);
};

/** A member's searches, for their data export and for erasure. */
export const memberSearchData = (strapi: Core.Strapi): MemberData => plugin(strapi).service('member-data') as MemberData;
