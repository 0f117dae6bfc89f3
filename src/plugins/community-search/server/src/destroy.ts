import type { Core } from '@strapi/strapi';

import { getService } from './utils';

/** Lets queued indexing finish before the database connection closes. */
const destroy = async (_context: { strapi: Core.Strapi }) => {
  await getService('indexer').flush();
};

export default destroy;
