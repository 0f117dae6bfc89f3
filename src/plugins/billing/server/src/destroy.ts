import type { Core } from '@strapi/strapi';

import { getService } from './utils';

/** Stops the sweep and grace check and lets events being processed finish before the database closes. */
const destroy = async (_context: { strapi: Core.Strapi }) => {
  await getService('events').stop();
};

export default destroy;
