import type { Core } from '@strapi/strapi';

import { getService } from './utils';

const destroy = async (_context: { strapi: Core.Strapi }) => {
  await getService('queues').stop();
};

export default destroy;
