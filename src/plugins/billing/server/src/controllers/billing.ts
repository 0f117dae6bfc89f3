import { errors } from '@strapi/utils';
import type { Context } from 'koa';

import { BillingNotConfiguredError } from '../errors';
import { getService } from '../utils';
import { requireOperatorTenant } from '../utils/tenant';
import { checkoutBodySchema, parseBody, portalBodySchema } from '../validation/request';

/** The community of the request, with what billing reads of it. */
const currentCommunity = async (ctx: Context) => {
  const tenant = requireOperatorTenant(ctx);
  if (!getService('settings').isConfigured()) throw new BillingNotConfiguredError();
  const community = await getService('communities').findById(tenant.community.id);
  // The policy has just resolved it: gone now means deleted in between.
  if (!community) throw new errors.NotFoundError('Community not found');
  return community;
};

/** Content API (community and platform API tokens): checkout, portal, subscription. */
const billingController = () => ({
  async checkout(ctx: Context) {
    const community = await currentCommunity(ctx);
    const input = parseBody(ctx.request.body, checkoutBodySchema, 'checkout request');
    ctx.body = await getService('checkout').checkout(community, input);
  },

  async portal(ctx: Context) {
    const community = await currentCommunity(ctx);
    const input = parseBody(ctx.request.body, portalBodySchema, 'portal request');
    ctx.body = await getService('checkout').portal(community, input);
  },

  async subscription(ctx: Context) {
    const community = await currentCommunity(ctx);
    ctx.body = await getService('overview').subscription(community);
  },
});

export default billingController;
