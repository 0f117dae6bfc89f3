/** Routes on the caller's own member record; listed before the core `/members/:id` routes. */
export default {
  routes: [
    {
      method: 'GET',
      path: '/members/me',
      handler: 'api::member.member.me',
      config: { policies: ['global::resolve-community'] },
    },
    {
      method: 'PATCH',
      path: '/members/me',
      handler: 'api::member.member.updateMe',
      config: { policies: ['global::resolve-community'] },
    },
  ],
};
