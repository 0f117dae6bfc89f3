import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

import { adminScopeOf, communitiesInScope, countCommunitiesInScope } from '../admin/scope';
import { getService } from '../utils';
import { dashboardQuerySchema, emptyQuerySchema, parseInput } from '../validation/admin';

/** The homepage widgets' numbers and the communities pickers, for the admin's own communities. */
const adminDashboardController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async communities(ctx: Context) {
    parseInput(ctx.query, emptyQuerySchema, 'query parameters');
    const scope = await adminScopeOf(strapi, ctx);
    const [communities, total] = await Promise.all([communitiesInScope(strapi, scope), countCommunitiesInScope(strapi, scope)]);
    ctx.body = {
      data: communities.map(({ id, documentId, name, slug, plan, accountStatus, isActive }) => ({ id, documentId, name, slug, plan, accountStatus, isActive })),
      meta: { total, isSuperAdmin: scope.isSuperAdmin },
    };
  },

  async members(ctx: Context) {
    parseInput(ctx.query, dashboardQuerySchema, 'query parameters');
    ctx.body = { data: await getService('dashboard').members(await adminScopeOf(strapi, ctx)) };
  },

  async searches(ctx: Context) {
    const { tz } = parseInput(ctx.query, dashboardQuerySchema, 'query parameters');
    ctx.body = { data: await getService('dashboard').searches(await adminScopeOf(strapi, ctx), tz ?? 0) };
  },

  async zeroResults(ctx: Context) {
    parseInput(ctx.query, dashboardQuerySchema, 'query parameters');
    ctx.body = { data: await getService('dashboard').zeroResults(await adminScopeOf(strapi, ctx)) };
  },
});

export default adminDashboardController;
