/** Bulk routes for a community's admins (API tokens); listed before the core `/members/:id` routes. */
// A fresh object per route: Strapi writes each route's auth scope into its config object.
const inCommunity = () => ({ policies: ['global::resolve-community'] });

export default {
  routes: [
    { method: 'POST', path: '/members/import', handler: 'api::member.member.import', config: inCommunity() },
    { method: 'GET', path: '/members/export', handler: 'api::member.member.export', config: inCommunity() },
    { method: 'POST', path: '/members/bulk/update', handler: 'api::member.member.bulkUpdate', config: inCommunity() },
    { method: 'POST', path: '/members/bulk/delete', handler: 'api::member.member.bulkDelete', config: inCommunity() },
    { method: 'GET', path: '/members/erasure-requests', handler: 'api::member.member.erasureRequests', config: inCommunity() },
    { method: 'POST', path: '/members/:id/erase', handler: 'api::member.member.erase', config: inCommunity() },
  ],
};
