import type { Core } from '@strapi/strapi';

import { ensureSearchSchema, indexedDimensions, resizeEmbeddingColumn } from './repositories/schema';
import { createSearchIndexRepository } from './repositories/search-index';
import { getService } from './utils';
import { hostOf } from './utils/host';

/**
 * Prepares the index tables for the configured embedder and queues every member the index lacks
 * or whose vector another model made (after a provider switch), without delaying start-up.
 */
const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  // Config naming a parser, embedder or extension nobody registered stops boot here, with the names there are.
  getService('extensions').assertConfigured();
  await getService('kv').loadNamespace();
  // Settings saved in the admin panel choose the embedder below, so they are read first.
  await getService('runtime-settings').load();
  getService('runtime-settings').startRefreshing();
  const knex = strapi.db.connection;
  const embedder = getService('providers').embedder();
  await ensureSearchSchema(knex, embedder.dimensions);
  const dimensions = await indexedDimensions(knex);
  if (dimensions !== embedder.dimensions) {
    strapi.log.info(`community-search: embedder changed to ${embedder.dimensions} dimensions; re-embedding members`);
    await resizeEmbeddingColumn(knex, embedder.dimensions);
  }
  getService('search-log').startPruning();
  const outdated = await createSearchIndexRepository(knex, hostOf(strapi).tables()).outdatedDocumentIds(embedder.model);
  if (outdated.length > 0) {
    strapi.log.info(`community-search: indexing ${outdated.length} member(s) in the background`);
    getService('indexer').enqueue(outdated);
  }
};

export default bootstrap;
