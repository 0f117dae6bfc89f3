import type { Core } from '@strapi/strapi';

import { registerAdminActions } from './setup/admin-permissions';

const register = async ({ strapi }: { strapi: Core.Strapi }) => {
  await registerAdminActions(strapi);
};

export default register;
