import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

import type { CommunitySearchConfig } from '../config/schema';
import { getService } from '../utils';
import { PLUGIN_ID } from '../utils/plugin-id';
import { requireTenant, type RequestTenant } from '../utils/tenant';
import { parseSearchQuery } from '../validation/search-query';

/** A stable id for whoever calls: the member, or the API token. */
const callerIdOf = (ctx: Context, tenant: RequestTenant) => {
  if (tenant.memberDocumentId) return `member:${tenant.memberDocumentId}`;
  const credentials = (ctx.state.auth as { credentials?: { id?: number | string } } | undefined)?.credentials;
  return `token:${credentials?.id ?? 'unknown'}`;
};

/**
 * Strapi's REST pagination ({page, pageSize, pageCount, total} in meta.pagination), which client
 * libraries for Strapi read; the flat meta.page/pageSize/total stay for existing clients.
 */
const paginationOf = (meta: { page: number; pageSize: number; total: number }) => ({
  page: meta.page,
  pageSize: meta.pageSize,
  pageCount: meta.pageSize > 0 ? Math.ceil(meta.total / meta.pageSize) : 0,
  total: meta.total,
});

const searchController = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Named `find` so read-only API tokens, which may call find actions, can search. */
  async find(ctx: Context) {
    const tenant = requireTenant(ctx);
    const { search } = strapi.config.get(`plugin::${PLUGIN_ID}`) as CommunitySearchConfig;
    const query = parseSearchQuery(ctx.query, search.maxPageSize, search.defaultPageSize);
    const result = await getService('search').search({
      communityId: tenant.community.id,
      text: query.q,
      page: query.page,
      pageSize: query.pageSize,
      channel: 'api',
      viewer: { access: tenant.access, memberDocumentId: tenant.memberDocumentId },
      callerId: callerIdOf(ctx, tenant),
      sessionId: query.sessionId,
    });
    ctx.body = { ...result, meta: { ...result.meta, pagination: paginationOf(result.meta) } };
  },

});

export default searchController;
