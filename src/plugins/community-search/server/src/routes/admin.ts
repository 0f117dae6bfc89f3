import { ADMIN_ACTIONS, actionId, type AdminActionUid } from '../admin/actions';
import { PLUGIN_ID } from '../utils/plugin-id';

/**
 * The admin panel's routes (`/community-search/...`, admin sessions only). Each checks one plugin
 * action; the controllers then narrow every answer to the admin's own communities. A fresh config
 * object per route: Strapi writes each route's auth scope into its config.
 */
const guarded = (action: AdminActionUid) => ({
  policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [actionId(action)] } }],
});

const anyOf = (actions: AdminActionUid[]) => ({
  policies: ['admin::isAuthenticatedAdmin', { name: `plugin::${PLUGIN_ID}.has-any-permission`, config: { actions: actions.map(actionId) } }],
});

const A = ADMIN_ACTIONS;

export default {
  type: 'admin' as const,
  routes: [
    {
      method: 'GET' as const,
      path: '/admin/communities',
      handler: 'admin-dashboard.communities',
      config: anyOf([A.dashboardRead, A.analyticsRead, A.settingsRead, A.membersImport, A.membersExport]),
    },
    { method: 'GET' as const, path: '/dashboard/members', handler: 'admin-dashboard.members', config: guarded(A.dashboardRead) },
    { method: 'GET' as const, path: '/dashboard/searches', handler: 'admin-dashboard.searches', config: guarded(A.dashboardRead) },
    { method: 'GET' as const, path: '/dashboard/zero-results', handler: 'admin-dashboard.zeroResults', config: guarded(A.dashboardRead) },
    { method: 'GET' as const, path: '/analytics', handler: 'admin-analytics.overview', config: guarded(A.analyticsRead) },
    { method: 'GET' as const, path: '/analytics/export', handler: 'admin-analytics.export', config: guarded(A.analyticsExport) },
    { method: 'GET' as const, path: '/settings', handler: 'admin-settings.find', config: guarded(A.settingsRead) },
    { method: 'PUT' as const, path: '/settings', handler: 'admin-settings.update', config: guarded(A.settingsUpdate) },
    { method: 'DELETE' as const, path: '/settings', handler: 'admin-settings.reset', config: guarded(A.settingsUpdate) },
    { method: 'GET' as const, path: '/synonyms', handler: 'admin-settings.synonyms', config: guarded(A.settingsRead) },
    { method: 'PUT' as const, path: '/synonyms', handler: 'admin-settings.updateSynonyms', config: guarded(A.synonymsUpdate) },
    { method: 'POST' as const, path: '/test-query', handler: 'admin-settings.testQuery', config: guarded(A.settingsRead) },
    { method: 'GET' as const, path: '/index/status', handler: 'admin-settings.indexStatus', config: guarded(A.settingsRead) },
    { method: 'POST' as const, path: '/index/reindex', handler: 'admin-settings.reindex', config: guarded(A.reindex) },
    { method: 'POST' as const, path: '/members/import', handler: 'admin-members.import', config: guarded(A.membersImport) },
    { method: 'GET' as const, path: '/members/export', handler: 'admin-members.export', config: guarded(A.membersExport) },
  ],
};
