import type { Context } from 'koa';

import type { AdminUser } from '../services/admin-scope';
import { getService } from '../utils';
import { hostOf } from '../utils/host';
import { checkoutBodySchema, emptyBodySchema, parseBody } from '../validation/request';

const adminUser = (ctx: Context) => ctx.state.user as AdminUser;

/** The admin panel's billing page: the communities an admin manages, and each one's billing. */
const adminController = () => ({
  async communities(ctx: Context) {
    const scope = getService('admin-scope');
    const [communities, operator] = await Promise.all([scope.communities(adminUser(ctx)), scope.isOperator(adminUser(ctx))]);
    ctx.body = {
      data: communities.map(({ documentId, name, slug, plan, accountStatus }) => ({ documentId, name, slug, plan, accountStatus })),
      // `operator`: whether the page may say how to configure billing (a community's admin cannot).
      meta: { configured: getService('settings').isConfigured(), operator },
    };
  },

  async overview(ctx: Context) {
    const community = await getService('admin-scope').community(adminUser(ctx), ctx.params.documentId);
    const settings = getService('settings');
    const [subscription, usage] = await Promise.all([
      getService('overview').subscription(community),
      hostOf(strapi).quotas.usage({ id: community.id }),
    ]);
    ctx.body = {
      data: {
        ...subscription.data,
        usage,
        plans: settings.catalogue().plans,
        salesContactUrl: settings.config().salesContactUrl ?? null,
      },
      meta: { ...subscription.meta, configured: settings.isConfigured() },
    };
  },

  async checkout(ctx: Context) {
    const community = await getService('admin-scope').community(adminUser(ctx), ctx.params.documentId);
    // The page always comes back to itself: no return URLs from the browser.
    const input = parseBody(ctx.request.body, checkoutBodySchema.omit({ successUrl: true, cancelUrl: true }), 'checkout request');
    ctx.body = await getService('checkout').checkout(community, input);
  },

  async portal(ctx: Context) {
    const community = await getService('admin-scope').community(adminUser(ctx), ctx.params.documentId);
    parseBody(ctx.request.body, emptyBodySchema, 'portal request');
    ctx.body = await getService('checkout').portal(community, {});
  },
});

export default adminController;
