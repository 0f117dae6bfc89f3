import type { Core } from '@strapi/strapi';

import { applyAdminLayouts } from './lib/admin-layouts';
import { demoCsvPath, seedDemoCommunity } from './lib/demo-seed';
import { registerMemberRules } from './lib/member-rules';
import { grantMemberRolePermissions } from './lib/role-permissions';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerMemberRules(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await grantMemberRolePermissions(strapi);
    await applyAdminLayouts(strapi);
    if (process.env.DEMO_DATA === 'true') {
      await seedDemoCommunity(strapi, demoCsvPath(strapi.dirs.app.root));
    }
  },
};
