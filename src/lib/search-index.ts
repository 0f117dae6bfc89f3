import type { Core } from '@strapi/strapi';

type Indexer = { enqueue(documentIds: string[]): void };

/**
 * Queues members for reindexing by the community-search plugin, for writes that bypass the
 * document service (bulk imports). Every other write is picked up by the plugin's own middleware.
 */
export const enqueueMemberReindex = (strapi: Core.Strapi, documentIds: string[]) => {
  if (documentIds.length === 0) return;
  (strapi.plugin('community-search').service('indexer') as Indexer).enqueue(documentIds);
};
