/** Bulk routes for a community's admins (API tokens); listed before the core `/members/:id` routes. */
const inCommunity = { policies: ['global::resolve-community'] };

export default {
  routes: [
    { method: 'POST', path: '/members/import', handler: 'api::member.member.import', config: inCommunity },
    { method: 'GET', path: '/members/export', handler: 'api::member.member.export', config: inCommunity },
    { method: 'POST', path: '/members/bulk/update', handler: 'api::member.member.bulkUpdate', config: inCommunity },
    { method: 'POST', path: '/members/bulk/delete', handler: 'api::member.member.bulkDelete', config: inCommunity },
  ],
};
