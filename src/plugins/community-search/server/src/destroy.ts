import type { Core } from '@strapi/strapi';

import { getService } from './utils';

/**
 * Stops the timers (log prune, index retries), lets queued indexing finish before the database
 * connection closes, then closes Redis.
 */
const destroy = async (_context: { strapi: Core.Strapi }) => {
  await getService('search-log').stopPruning();
  // Queued searches are written while the database is still there.
  await getService('search-log').flush();
  await getService('runtime-settings').stopRefreshing();
  await getService('reindex-jobs').settle();
  getService('indexer').stopRetrying();
  await getService('indexer').flush();
  await getService('kv').close();
};

export default destroy;
