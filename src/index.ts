import type { Core } from '@strapi/strapi';

import { readMemberAuthConfig, readRateLimitConfig } from './lib/access-config';
import { applyAdminLayouts } from './lib/admin-layouts';
import { registerCachedApiTokens } from './lib/cache/cached-api-tokens';
import { registerCommunityAdminGuard, registerCommunityConditions, setUpCommunityAdmins } from './lib/admin-rbac';
import { registerAuditCapture } from './lib/audit/capture';
import { ensureAuditLogIndexes } from './lib/audit/indexes';
import { registerLoginAudit } from './lib/audit/logins';
import { demoCsvPath, seedDemoCommunity } from './lib/demo-seed';
import { registerCommunityRules } from './lib/community-rules';
import { registerMemberFilterRules } from './lib/member-filter-rules';
import { registerMemberAdminDelete } from './lib/member-admin-delete';
import { backfillCanReceiveCodes } from './lib/member-code-reach';
import { registerMemberCustomFields } from './lib/member-custom-fields';
import { registerMemberRules } from './lib/member-rules';
import { registerOnboardingAdmin } from './lib/onboarding-admin';
import { registerLockoutAdmin } from './lib/lockout-admin';
import { registerMemberEvents } from './lib/events';
import { bootstrapOps, destroyOps, registerOps } from './lib/ops';
import { armShutdownDeadline } from './lib/ops/shutdown-deadline';
import { alignPlanField, readPlans } from './lib/plans';
import { assertConfiguredPluginsBuilt } from './lib/plugin-builds';
import { setUpMemberRole } from './lib/role-permissions';
import { getAppService } from './lib/services';

export default {
  async register({ strapi }: { strapi: Core.Strapi }) {
    // First: without a plugin's build Strapi starts without the plugin (no error), and what follows relies on them.
    assertConfiguredPluginsBuilt(strapi);
    registerOps(strapi);
    armShutdownDeadline(strapi);
    // A bad login or rate-limit setting stops start-up here, with the setting's name.
    readMemberAuthConfig(strapi);
    readRateLimitConfig(strapi);
    // Before Strapi swaps the member schema's custom fields for their stored types (after this register).
    registerMemberCustomFields(strapi);
    // Plugins registered their plans before this (their register runs first).
    readPlans(strapi);
    alignPlanField(strapi);
    await registerCommunityConditions(strapi);
    // First document middleware: a community admin's refused write reaches no other rule.
    registerCommunityAdminGuard(strapi);
    // Before any rule reads the filters: a filter the database cannot run is a 400 here, not a 500 there.
    registerMemberFilterRules(strapi);
    registerCommunityRules(strapi);
    registerMemberRules(strapi);
    // After the rules (the deactivation is an update they check), before the audit capture.
    registerMemberAdminDelete(strapi);
    registerAuditCapture(strapi);
    registerMemberEvents(strapi);
    // Before the admin's bootstrap, which drops stored permissions of unregistered actions.
    await registerOnboardingAdmin(strapi);
    registerLockoutAdmin(strapi);
    registerCachedApiTokens(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    getAppService('api::access.otp').validateSettings();
    bootstrapOps(strapi);
    await getAppService('api::access.security-store').open();
    getAppService('api::access.request-cache').watchChanges();
    await setUpMemberRole(strapi);
    await getAppService('api::community.api-tokens').restrictBoundTokens();
    await setUpCommunityAdmins(strapi);
    await applyAdminLayouts(strapi);
    registerLoginAudit(strapi);
    await ensureAuditLogIndexes(strapi);
    await backfillCanReceiveCodes(strapi);
    if (process.env.DEMO_DATA === 'true') {
      await seedDemoCommunity(strapi, demoCsvPath(strapi.dirs.app.root));
    }
  },

  async destroy() {
    await destroyOps();
    await getAppService('api::access.security-store').close();
  },
};
