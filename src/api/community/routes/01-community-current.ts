/** Routes on the caller's current community; listed before the core `/communities/:id` routes. */
export default {
  routes: [
    {
      method: 'GET',
      path: '/communities/current/usage',
      handler: 'api::community.community.usage',
      // A suspended community's admins still need to see their usage to renew.
      config: { policies: [{ name: 'global::resolve-community', config: { allowSuspended: true } }] },
    },
    {
      method: 'POST',
      path: '/communities/:id/api-tokens',
      handler: 'api::community.community.issueApiToken',
      config: { policies: ['global::platform-token'] },
    },
  ],
};
