import type { Core } from '@strapi/strapi';

import { applyAdminLayouts } from './lib/admin-layouts';
import { registerAuditCapture } from './lib/audit/capture';
import { registerLoginAudit } from './lib/audit/logins';
import { demoCsvPath, seedDemoCommunity } from './lib/demo-seed';
import { registerMemberRules } from './lib/member-rules';
import { grantMemberRolePermissions } from './lib/role-permissions';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerMemberRules(strapi);
    registerAuditCapture(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await grantMemberRolePermissions(strapi);
    await applyAdminLayouts(strapi);
    registerLoginAudit(strapi);
    if (process.env.DEMO_DATA === 'true') {
      await seedDemoCommunity(strapi, demoCsvPath(strapi.dirs.app.root));
    }
  },
};
