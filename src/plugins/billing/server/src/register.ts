import type { Core } from '@strapi/strapi';

import { registerAdminActions } from './setup/admin-permissions';
import { getService } from './utils';

const register = async ({ strapi }: { strapi: Core.Strapi }) => {
  await registerAdminActions(strapi);
  // Every plugin's register() has run when content types sync: the app has read the catalogue by
  // then, so plans registered later would never reach it.
  strapi.hook('strapi::content-types.beforeSync').register(() => getService('extensions').close());
};

export default register;
