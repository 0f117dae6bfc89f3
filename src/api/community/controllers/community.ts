import { factories } from '@strapi/strapi';
import type { Context } from 'koa';

import { getAppService } from '../../../lib/services';
import { getTenant } from '../../../lib/tenant-context';
import { ForbiddenError } from '../../../lib/forbidden';

export default factories.createCoreController('api::community.community', () => ({
  /** Members used/limit, searches this month/limit and the period: for admins and billing. */
  async usage(ctx: Context) {
    const tenant = getTenant(ctx);
    if (tenant.access !== 'operator') {
      throw new ForbiddenError("Usage is for the community's admins");
    }
    ctx.body = {
      data: { community: { slug: tenant.community.slug, status: tenant.community.status }, ...(await getAppService('api::community.quotas').usage({ id: tenant.community.id })) },
    };
  },
}));
