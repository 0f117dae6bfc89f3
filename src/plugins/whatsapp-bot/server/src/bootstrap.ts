import type { Core } from '@strapi/strapi';

import { ensureWhatsappSchema } from './repositories/schema';
import { getService } from './utils';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  await ensureWhatsappSchema(strapi.db.connection);
  await getService('queues').start();
};

export default bootstrap;
