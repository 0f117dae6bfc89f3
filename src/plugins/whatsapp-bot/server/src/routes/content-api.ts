/** Twilio calls these: no Strapi auth, the controller checks Twilio's signature on every request. */
const twilioRoute = (path: string, handler: string) => ({
  method: 'POST' as const,
  path,
  handler,
  config: { auth: false as const, policies: [] },
});

export default {
  type: 'content-api' as const,
  routes: [
    twilioRoute('/webhook', 'webhook.receive'),
    twilioRoute('/status', 'webhook.status'),
    {
      method: 'GET' as const,
      path: '/ping',
      handler: 'ping.index',
      // A liveness probe for the plugin's wiring: it reveals no tenant data.
      config: { auth: false as const, policies: [] },
    },
  ],
};
