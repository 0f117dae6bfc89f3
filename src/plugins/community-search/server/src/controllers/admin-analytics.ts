import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

import { resolveRange } from '../admin/dates';
import { adminScopeOf, communitiesInScope, communityFilter, communityInScope } from '../admin/scope';
import { getService } from '../utils';
import { analyticsQuerySchema, parseInput } from '../validation/admin';

const adminAnalyticsController = ({ strapi }: { strapi: Core.Strapi }) => {
  const requestOf = async (ctx: Context) => {
    const query = parseInput(ctx.query, analyticsQuerySchema, 'query parameters');
    const scope = await adminScopeOf(strapi, ctx);
    const communityIds = await communityFilter(strapi, scope, query.community);
    return { scope, community: query.community, request: { communityIds: communityIds, range: resolveRange(query, new Date()) } };
  };

  return {
    async overview(ctx: Context) {
      const { request } = await requestOf(ctx);
      // An admin who manages no community sees an empty page, not every community's searches.
      if (request.communityIds !== null && request.communityIds.length === 0) {
        ctx.body = { data: await getService('analytics').overview({ ...request, communityIds: [-1] }) };
        return;
      }
      ctx.body = { data: await getService('analytics').overview(request) };
    },

    /** The log as CSV (streamed), for the chosen community or all the admin's communities. */
    async export(ctx: Context) {
      const { scope, community, request } = await requestOf(ctx);
      const communities = community !== undefined ? [await communityInScope(strapi, scope, community)] : await communitiesInScope(strapi, scope, 100_000);
      const slugs = new Map(communities.map((row) => [row.id, row.slug]));
      const communityIds = request.communityIds !== null && request.communityIds.length === 0 ? [-1] : request.communityIds;
      const name = community !== undefined ? communities[0].slug : scope.isSuperAdmin ? 'all-communities' : 'my-communities';
      ctx.type = 'text/csv; charset=utf-8';
      ctx.attachment(`search-log-${name}-${request.range.from}-to-${request.range.to}.csv`);
      ctx.body = getService('analytics').exportCsv({ ...request, communityIds }, slugs);
    },
  };
};

export default adminAnalyticsController;
