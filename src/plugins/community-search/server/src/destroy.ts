import type { Core } from '@strapi/strapi';

import { getService } from './utils';

/** Lets queued indexing finish before the database connection closes, then closes Redis. */
const destroy = async (_context: { strapi: Core.Strapi }) => {
  await getService('indexer').flush();
  await getService('kv').close();
};

export default destroy;
