import { PERMISSIONS } from '../utils/permissions';

/** Each route gets its own config object: Strapi writes per-route auth data into it. */
const guarded = (action: string) => ({
  policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [action] } }],
});

export default {
  type: 'admin' as const,
  routes: [
    { method: 'GET' as const, path: '/overview', handler: 'admin.overview', config: guarded(PERMISSIONS.read) },
    { method: 'GET' as const, path: '/messages', handler: 'admin.messages', config: guarded(PERMISSIONS.read) },
    { method: 'GET' as const, path: '/conversations', handler: 'admin.conversations', config: guarded(PERMISSIONS.read) },
    { method: 'GET' as const, path: '/settings', handler: 'admin.settings', config: guarded(PERMISSIONS.read) },
    { method: 'PUT' as const, path: '/settings', handler: 'admin.updateSettings', config: guarded(PERMISSIONS.manage) },
    { method: 'POST' as const, path: '/messages/:id/retry', handler: 'admin.retry', config: guarded(PERMISSIONS.manage) },
  ],
};
