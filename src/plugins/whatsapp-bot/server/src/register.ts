import type { Core } from '@strapi/strapi';

import { PERMISSION_ACTIONS } from './utils/permissions';

const register = async ({ strapi }: { strapi: Core.Strapi }) => {
  // Before any bootstrap: the admin's bootstrap deletes stored permissions whose action is not
  // registered yet, which would strip the bot's actions from every role on each start.
  await strapi.service('admin::permission').actionProvider.registerMany(PERMISSION_ACTIONS);
};

export default register;
