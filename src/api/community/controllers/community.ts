import { ForbiddenError } from '@community-connect/kit';
import { factories, type Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';

import { parseRequestData } from '../../../lib/request-validation';
import { getAppService } from '../../../lib/services';
import { getTenant } from '../../../lib/tenant-context';
import { onboardingSchema } from '../validation/onboarding';

type CoreController = Core.CoreAPI.Controller.Base;

export default factories.createCoreController('api::community.community', () => ({
  /** Onboarding (platform tokens): the community, its first admin, a community API token. */
  async create(this: CoreController, ctx: Context) {
    const input = parseRequestData(ctx.request.body, onboardingSchema, 'community');
    const { community, ...meta } = await getAppService('api::community.onboarding').onboard(input, ctx);
    ctx.status = 201;
    return this.transformResponse(await this.sanitizeOutput(community, ctx), meta);
  },

  /** A new API token confined to this community (platform tokens only). */
  async issueApiToken(ctx: Context) {
    const community = (await strapi.db.query('api::community.community').findOne({
      select: ['id', 'slug'],
      where: { documentId: ctx.params.id },
    })) as { id: number; slug: string } | null;
    if (!community) throw new errors.NotFoundError('Community not found');
    const type = (ctx.request.body as { type?: unknown } | undefined)?.type ?? 'full-access';
    if (type !== 'full-access' && type !== 'read-only') {
      throw new errors.ValidationError('type must be "full-access" or "read-only"');
    }
    ctx.status = 201;
    ctx.body = { data: await getAppService('api::community.api-tokens').issue(community, type) };
  },

  /** Members used/limit, searches this month/limit and the period: for admins and billing. */
  async usage(ctx: Context) {
    const tenant = getTenant(ctx);
    if (tenant.access !== 'operator') {
      throw new ForbiddenError("Usage is for the community's admins");
    }
    ctx.body = {
      data: {
        community: { slug: tenant.community.slug, accountStatus: tenant.community.accountStatus },
        ...(await getAppService('api::community.quotas').usage({ id: tenant.community.id })),
      },
    };
  },
}));
