import type { Core } from '@strapi/strapi';

import { COMMUNITY_ADMIN_PLUGIN_ACTIONS } from './constants';
import { findCommunityAdminRole } from './role';

const GRANTED_MARKER = { type: 'core' as const, name: 'community-connect', key: 'community-admin-plugin-actions-granted' };

type ActionProvider = { has(actionId: string): boolean };
type RoleService = { addPermissions(roleId: number, permissions: Array<Record<string, unknown>>): Promise<unknown> };

/**
 * Grants each listed action to the Community Admin role once (the role exists on databases made
 * before the action did): an action a super admin later removes in *Settings → Roles* stays
 * removed. Actions no plugin registered (a plugin turned off) wait for a start where they exist.
 */
export const grantPluginActions = async (strapi: Core.Strapi, actions: readonly string[] = COMMUNITY_ADMIN_PLUGIN_ACTIONS) => {
  const role = await findCommunityAdminRole(strapi);
  if (!role) return;
  const granted = new Set(((await strapi.store.get(GRANTED_MARKER)) as string[] | null) ?? []);
  const { actionProvider } = strapi.service('admin::permission') as unknown as { actionProvider: ActionProvider };
  const toGrant = actions.filter((action) => !granted.has(action) && actionProvider.has(action));
  if (toGrant.length === 0) return;
  const held = new Set(
    ((await strapi.db.query('admin::permission').findMany({
      select: ['action'],
      where: { role: { id: role.id }, action: { $in: toGrant } },
    })) as Array<{ action: string }>).map((permission) => permission.action)
  );
  const missing = toGrant.filter((action) => !held.has(action));
  if (missing.length > 0) {
    await (strapi.service('admin::role') as unknown as RoleService).addPermissions(
      role.id,
      missing.map((action) => ({ action, subject: null, properties: {}, conditions: [] }))
    );
  }
  toGrant.forEach((action) => granted.add(action));
  await strapi.store.set({ ...GRANTED_MARKER, value: [...granted] });
};
