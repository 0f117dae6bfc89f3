import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

import { getService } from '../utils';
import { requireTenant } from '../utils/tenant';

const statusController = (_context: { strapi: Core.Strapi }) => ({
  /** Index counts for the caller's community; a `find` action, so read-only API tokens may call it. */
  async find(ctx: Context) {
    const tenant = requireTenant(ctx);
    ctx.body = { data: { community: tenant.community.slug, ...(await getService('search').status(tenant.community.id)) } };
  },
});

export default statusController;
