import type { Core } from '@strapi/strapi';

import { ADMIN_ACTIONS, PLUGIN_ID } from '../utils/plugin-id';

type ActionProvider = { registerMany(actions: Array<Record<string, unknown>>): Promise<unknown> };
type RoleService = { addPermissions(roleId: number, permissions: Array<Record<string, unknown>>): Promise<unknown> };
type CommunityAdminsService = { findOrCreateRole(): Promise<number> };

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
 * Lets the Community Admin role (the app's, scoped to the communities each admin manages) use the
 * billing page. Once: a super admin who later takes the permissions away in Settings → Roles
 * keeps it that way. The role is found or created through the app's service, which is how the
 * app itself creates it on a first start.
 */
export const grantCommunityAdmins = async (strapi: Core.Strapi) => {
  if (await strapi.store.get(GRANTED_MARKER)) return;
  const roleId = await (strapi.service('api::community.community-admins') as unknown as CommunityAdminsService).findOrCreateRole();
  const actions = Object.values(ADMIN_ACTIONS);
  const present = (await strapi.db.query('admin::permission').findMany({
    select: ['action'],
    where: { role: { id: roleId }, action: { $in: actions } },
  })) as Array<{ action: string }>;
  const missing = actions.filter((action) => !present.some((permission) => permission.action === action));
  if (missing.length > 0) {
    await (strapi.admin.services.role as unknown as RoleService).addPermissions(
      roleId,
      missing.map((action) => ({ action, subject: null, properties: {}, conditions: [] }))
    );
  }
  await strapi.store.set({ ...GRANTED_MARKER, value: true });
};
