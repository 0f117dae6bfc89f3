import type { Core } from '@strapi/strapi';

import { ADMIN_ACTIONS, PLUGIN_ID } from '../utils/plugin-id';

type ActionProvider = { registerMany(actions: Array<Record<string, unknown>>): Promise<unknown> };
type RoleService = { addPermissions(roleId: number, permissions: Array<Record<string, unknown>>): Promise<unknown> };

/** The app's Community Admin role (src/lib/admin-rbac). */
const COMMUNITY_ADMIN_ROLE_CODE = 'community-admin';
const GRANTED_MARKER = { type: 'plugin' as const, name: PLUGIN_ID, key: 'community-admin-permissions-granted' };

/**
 * The billing page's permissions. Registered in `register`: the admin's own bootstrap deletes
 * stored permissions of actions it does not know yet, and gives super admins every known action.
 */
export const registerAdminActions = async (strapi: Core.Strapi) => {
  const provider = strapi.admin.services.permission.actionProvider as ActionProvider;
  await provider.registerMany([
    { section: 'plugins', displayName: 'See plan, usage and invoices', uid: 'read', pluginName: PLUGIN_ID },
    { section: 'plugins', displayName: 'Change plan (checkout and billing portal)', uid: 'manage', pluginName: PLUGIN_ID },
  ]);
};

/**
 * Lets an existing Community Admin role (the app's, scoped to the communities each admin manages)
 * use the billing page. A role the app creates later gets these permissions from the app itself;
 * this is for roles made before billing existed. Never creates the role: plugins start before
 * the admin's own bootstrap, which makes the default roles only when there are none. Once: a
 * super admin who later takes the permissions away in Settings → Roles keeps it that way.
 */
export const grantCommunityAdmins = async (strapi: Core.Strapi) => {
  if (await strapi.store.get(GRANTED_MARKER)) return;
  const role = (await strapi.db.query('admin::role').findOne({ select: ['id'], where: { code: COMMUNITY_ADMIN_ROLE_CODE } })) as { id: number } | null;
  if (role) {
    const actions = Object.values(ADMIN_ACTIONS);
    const present = (await strapi.db.query('admin::permission').findMany({
      select: ['action'],
      where: { role: { id: role.id }, action: { $in: actions } },
    })) as Array<{ action: string }>;
    const missing = actions.filter((action) => !present.some((permission) => permission.action === action));
    if (missing.length > 0) {
      await (strapi.admin.services.role as unknown as RoleService).addPermissions(
        role.id,
        missing.map((action) => ({ action, subject: null, properties: {}, conditions: [] }))
      );
    }
  }
  await strapi.store.set({ ...GRANTED_MARKER, value: true });
};
