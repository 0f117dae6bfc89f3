import type { Core } from '@strapi/strapi';

import { ensureWhatsappSchema } from './repositories/schema';
import { getService } from './utils';
import { PERMISSION_ACTIONS } from './utils/permissions';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  await ensureWhatsappSchema(strapi.db.connection);
  await strapi.service('admin::permission').actionProvider.registerMany(PERMISSION_ACTIONS);
  await getService('queues').start();
};

export default bootstrap;
