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
    {
      method: 'POST',
      path: '/members/me/nl-update',
      handler: 'api::member.member.nlUpdate',
      config: { policies: ['global::resolve-community'] },
    },
    {
      method: 'POST',
      path: '/members/me/nl-update/confirm',
      handler: 'api::member.member.nlUpdateConfirm',
      config: { policies: ['global::resolve-community'] },
    },
    {
      method: 'POST',
      path: '/members/me/nl-update/undo',
      handler: 'api::member.member.nlUpdateUndo',
      config: { policies: ['global::resolve-community'] },
    },
    {
      method: 'GET',
      path: '/members/me/export',
      handler: 'api::member.member.exportMe',
      config: { policies: ['global::resolve-community'] },
    },
    {
      method: 'DELETE',
      path: '/members/me',
      handler: 'api::member.member.requestErasure',
      config: { policies: ['global::resolve-community'] },
    },
  ],
};
