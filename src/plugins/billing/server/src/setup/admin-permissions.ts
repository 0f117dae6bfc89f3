import type { Core } from '@strapi/strapi';

import { PLUGIN_ID } from '../utils/plugin-id';

type ActionProvider = { registerMany(actions: Array<Record<string, unknown>>): Promise<unknown> };

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
