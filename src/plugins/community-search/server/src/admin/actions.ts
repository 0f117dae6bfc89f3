import type { Core } from '@strapi/strapi';

import { PLUGIN_ID } from '../utils/plugin-id';

/**
 * The plugin's admin-panel actions, as Strapi stores them (`plugin::community-search.<uid>`). Roles
 * grant them in *Settings → Roles → Plugins*; every admin route checks one of them and then
 * narrows the answer to the admin's own communities.
 */
export const ADMIN_ACTIONS = {
  dashboardRead: 'dashboard.read',
  analyticsRead: 'analytics.read',
  analyticsExport: 'analytics.export',
  settingsRead: 'settings.read',
  settingsUpdate: 'settings.update',
  synonymsUpdate: 'synonyms.update',
  reindex: 'index.reindex',
  membersImport: 'members.import',
  membersExport: 'members.export',
} as const;

export type AdminActionUid = (typeof ADMIN_ACTIONS)[keyof typeof ADMIN_ACTIONS];

export const actionId = (uid: AdminActionUid) => `plugin::${PLUGIN_ID}.${uid}`;

const DISPLAY: Record<AdminActionUid, { displayName: string; subCategory: string }> = {
  'dashboard.read': { displayName: 'See the homepage widgets', subCategory: 'Dashboard' },
  'analytics.read': { displayName: 'Read search analytics', subCategory: 'Analytics' },
  'analytics.export': { displayName: 'Export the search log (CSV)', subCategory: 'Analytics' },
  'settings.read': { displayName: 'Read search settings and test queries', subCategory: 'Settings' },
  'settings.update': { displayName: 'Change the query parser and embeddings (super admins only)', subCategory: 'Settings' },
  'synonyms.update': { displayName: "Edit a community's synonyms", subCategory: 'Settings' },
  'index.reindex': { displayName: 'Rebuild the search index', subCategory: 'Settings' },
  'members.import': { displayName: 'Import members (CSV/JSON)', subCategory: 'Members' },
  'members.export': { displayName: 'Export members (CSV/JSON)', subCategory: 'Members' },
};

type ActionProvider = { registerMany(actions: Array<Record<string, unknown>>): Promise<unknown> };

export const registerAdminActions = async (strapi: Core.Strapi) => {
  const { actionProvider } = strapi.service('admin::permission') as unknown as { actionProvider: ActionProvider };
  await actionProvider.registerMany(
    (Object.values(ADMIN_ACTIONS) as AdminActionUid[]).map((uid) => ({
      section: 'plugins',
      pluginName: PLUGIN_ID,
      uid,
      displayName: DISPLAY[uid].displayName,
      subCategory: DISPLAY[uid].subCategory,
    }))
  );
};
