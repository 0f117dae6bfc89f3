import { ForbiddenError, type HostTenant } from '@community-connect/kit';
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

import { adminScopeOf, communityInScope, type AdminCommunity } from '../admin/scope';
import { hostOf } from '../utils/host';
import { memberTransferQuerySchema, parseInput } from '../validation/admin';

/**
 * Member import and export from the admin panel: the app's own member transfer (same validation,
 * limits, row errors, audit entries and formats), run through the host port in one community
 * the admin manages, named explicitly (the request's own tenant is never set here).
 */
const adminMembersController = ({ strapi }: { strapi: Core.Strapi }) => {
  /** The community the admin picked (theirs, open, and unless allowed not suspended) and the transfer's own parameters. */
  const actIn = async (ctx: Context, { allowSuspended }: { allowSuspended: boolean }) => {
    const { community, ...query } = parseInput(ctx.query, memberTransferQuerySchema, 'query parameters');
    const target: AdminCommunity = await communityInScope(strapi, await adminScopeOf(strapi, ctx), community);
    if (!target.isActive) throw new ForbiddenError(`Community "${target.slug}" is closed`);
    if (target.accountStatus === 'suspended' && !allowSuspended) {
      throw new ForbiddenError(`Community "${target.slug}" is suspended: renew the plan to import members (export still works)`);
    }
    const { id, documentId, slug, name, plan, accountStatus } = target;
    const tenant: HostTenant = { community: { id, documentId, slug, name, plan, accountStatus }, access: 'operator' };
    return { tenant, query };
  };

  return {
    async import(ctx: Context) {
      const { tenant, query } = await actIn(ctx, { allowSuspended: false });
      await hostOf(strapi).members.import(ctx, tenant, query);
    },

    async export(ctx: Context) {
      // Members' data stays theirs to take away, also while the plan is unpaid.
      const { tenant, query } = await actIn(ctx, { allowSuspended: true });
      await hostOf(strapi).members.export(ctx, tenant, query);
    },
  };
};

export default adminMembersController;
