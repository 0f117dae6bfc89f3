import { ForbiddenError } from '@community-connect/kit';
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

import { memberTransfer } from '../admin/app-services';
import { adminScopeOf, communityInScope, type AdminCommunity } from '../admin/scope';
import { memberTransferQuerySchema, parseInput } from '../validation/admin';

/**
 * Member import and export from the admin panel: the app's own member routes (same validation,
 * limits, row errors, audit entries and formats), run for one community the admin manages. The
 * member controller reads the community from the request's tenant, as its content-API routes do.
 */
const adminMembersController = ({ strapi }: { strapi: Core.Strapi }) => {
  const actIn = async (ctx: Context, { allowSuspended }: { allowSuspended: boolean }) => {
    const { community, ...rest } = parseInput(ctx.query, memberTransferQuerySchema, 'query parameters');
    const target: AdminCommunity = await communityInScope(strapi, await adminScopeOf(strapi, ctx), community);
    if (!target.isActive) throw new ForbiddenError(`Community "${target.slug}" is closed`);
    if (target.accountStatus === 'suspended' && !allowSuspended) {
      throw new ForbiddenError(`Community "${target.slug}" is suspended: renew the plan to import members (export still works)`);
    }
    ctx.query = rest as Context['query'];
    const { id, documentId, slug, name, plan, accountStatus } = target;
    ctx.state.tenant = { community: { id, documentId, slug, name, plan, accountStatus }, access: 'operator' };
  };

  return {
    async import(ctx: Context) {
      await actIn(ctx, { allowSuspended: false });
      await memberTransfer(strapi).import(ctx);
    },

    async export(ctx: Context) {
      // Members' data stays theirs to take away, also while the plan is unpaid.
      await actIn(ctx, { allowSuspended: true });
      await memberTransfer(strapi).export(ctx);
    },
  };
};

export default adminMembersController;
