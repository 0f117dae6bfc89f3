import { ADMIN_ACTIONS } from '../utils/plugin-id';

// A fresh object per route: Strapi writes each route's auth scope into its config object.
const adminWith = (action: string) => ({
  policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [action] } }],
  middlewares: ['plugin::billing.http-errors'],
});

/** The admin panel's billing page (scoped further to the communities the admin manages). */
export default {
  type: 'admin' as const,
  routes: [
    { method: 'GET' as const, path: '/communities', handler: 'admin.communities', config: adminWith(ADMIN_ACTIONS.read) },
    { method: 'GET' as const, path: '/communities/:documentId', handler: 'admin.overview', config: adminWith(ADMIN_ACTIONS.read) },
    { method: 'POST' as const, path: '/communities/:documentId/checkout', handler: 'admin.checkout', config: adminWith(ADMIN_ACTIONS.manage) },
    { method: 'POST' as const, path: '/communities/:documentId/portal', handler: 'admin.portal', config: adminWith(ADMIN_ACTIONS.manage) },
  ],
};
