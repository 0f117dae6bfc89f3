// A fresh object per route: Strapi writes each route's auth scope into its config object.
const inCommunity = () => ({ policies: ['global::resolve-community'] });

export default {
  type: 'content-api' as const,
  routes: [
    {
      method: 'GET' as const,
      path: '/search',
      handler: 'search.find',
      // The app's per-member allowance (RATE_LIMIT_SEARCH_PER_HOUR) and the community's monthly quota.
      config: { ...inCommunity(), middlewares: ['global::member-search-limit', 'global::search-quota'] },
    },
    {
      method: 'GET' as const,
      path: '/status',
      handler: 'status.find',
      config: inCommunity(),
    },
    {
      method: 'GET' as const,
      path: '/ping',
      handler: 'ping.index',
      // A liveness probe for the plugin's wiring: it reveals no tenant data.
      config: { auth: false as const, policies: [] },
    },
  ],
};
