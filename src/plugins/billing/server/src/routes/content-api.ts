// A fresh object per route: Strapi writes each route's auth scope into its config object.
const forCommunityAdmins = () => ({
  // Suspended communities must still be able to see their bill and pay it.
  policies: [{ name: 'global::resolve-community', config: { allowSuspended: true } }],
  middlewares: ['plugin::billing.http-errors'],
});

export default {
  type: 'content-api' as const,
  routes: [
    {
      method: 'POST' as const,
      path: '/checkout',
      handler: 'billing.checkout',
      config: forCommunityAdmins(),
    },
    {
      method: 'POST' as const,
      path: '/portal',
      handler: 'billing.portal',
      config: forCommunityAdmins(),
    },
    {
      method: 'GET' as const,
      path: '/subscription',
      handler: 'billing.subscription',
      config: forCommunityAdmins(),
    },
    {
      method: 'POST' as const,
      path: '/webhook',
      handler: 'webhook.receive',
      // Stripe proves itself with the signature on the raw body, not with a token.
      config: { auth: false as const, policies: [], middlewares: ['plugin::billing.http-errors'] },
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
