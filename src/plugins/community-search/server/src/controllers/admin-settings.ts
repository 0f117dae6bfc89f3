import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

import { assertSuperAdmin, adminScopeOf, communityInScope } from '../admin/scope';
import { getService } from '../utils';
import {
  communityQuerySchema,
  emptyQuerySchema,
  parseInput,
  reindexBodySchema,
  requiredCommunityQuerySchema,
  settingsBodySchema,
  synonymsInputSchema,
  testQueryBodySchema,
} from '../validation/admin';

const TEST_QUERY_PAGE_SIZE = 10;

/**
 * The search settings page: global parser and embedding settings (super admins), a community's
 * synonyms and test queries (its admins too), and reindexing with progress.
 */
const adminSettingsController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Context) {
    parseInput(ctx.query, emptyQuerySchema, 'query parameters');
    const scope = await adminScopeOf(strapi, ctx);
    const described = getService('search-settings').describe();
    // Where the parser and embedder live (URLs, models) is for super admins; others see what runs.
    ctx.body = { data: scope.isSuperAdmin ? { ...described, canEdit: true } : { active: described.active, canEdit: false } };
  },

  async update(ctx: Context) {
    const scope = await adminScopeOf(strapi, ctx);
    assertSuperAdmin(scope, 'change the query parser and embedding settings');
    const settings = parseInput(ctx.request.body, settingsBodySchema, 'search settings');
    ctx.body = { data: { ...(await getService('search-settings').update(settings, scope.adminId)), canEdit: true } };
  },

  async reset(ctx: Context) {
    const scope = await adminScopeOf(strapi, ctx);
    assertSuperAdmin(scope, 'change the query parser and embedding settings');
    ctx.body = { data: { ...(await getService('search-settings').reset(scope.adminId)), canEdit: true } };
  },

  async synonyms(ctx: Context) {
    const { community } = parseInput(ctx.query, requiredCommunityQuerySchema, 'query parameters');
    const target = await communityInScope(strapi, await adminScopeOf(strapi, ctx), community);
    ctx.body = { data: await getService('synonyms').list(target.id), meta: { community: { id: target.id, name: target.name, slug: target.slug } } };
  },

  async updateSynonyms(ctx: Context) {
    const { community } = parseInput(ctx.query, requiredCommunityQuerySchema, 'query parameters');
    const input = parseInput(ctx.request.body, synonymsInputSchema, 'synonyms');
    const target = await communityInScope(strapi, await adminScopeOf(strapi, ctx), community);
    ctx.body = { data: await getService('synonyms').replace(target.id, input), meta: { community: { id: target.id, name: target.name, slug: target.slug } } };
  },

  /** Runs a query as the directory would, without logging it or counting it against the quota. */
  async testQuery(ctx: Context) {
    const { community, q } = parseInput(ctx.request.body, testQueryBodySchema, 'test query');
    const scope = await adminScopeOf(strapi, ctx);
    const target = await communityInScope(strapi, scope, community);
    const result = await getService('search').search({
      communityId: target.id,
      text: q,
      page: 1,
      pageSize: TEST_QUERY_PAGE_SIZE,
      channel: 'api',
      viewer: { access: 'operator' },
      callerId: `admin:${scope.adminId}`,
      log: false,
    });
    // A settings page has no need for contact details.
    const data = result.data.map(({ phone: _phone, email: _email, ...hit }) => hit);
    ctx.body = { data, meta: result.meta };
  },

  async indexStatus(ctx: Context) {
    const { community } = parseInput(ctx.query, communityQuerySchema, 'query parameters');
    const scope = await adminScopeOf(strapi, ctx);
    const jobs = getService('reindex-jobs');
    if (community === undefined) {
      assertSuperAdmin(scope, 'see the index of every community');
      ctx.body = { data: { index: null, job: await jobs.status('all') } };
      return;
    }
    const target = await communityInScope(strapi, scope, community);
    const [index, job, all] = await Promise.all([getService('search').status(target.id), jobs.status(target.id), jobs.status('all')]);
    // The failure's own text is for operators: a community admin sees the code and generic message.
    const failure = scope.isSuperAdmin ? getService('indexer').lastFailure() : null;
    const indexingFailure = failure ? { message: failure.message, at: failure.at, gaveUp: failure.gaveUp, retrying: failure.retrying } : null;
    ctx.body = { data: { index, job, allCommunitiesJob: all?.state === 'running' ? all : null, ...(scope.isSuperAdmin ? { indexingFailure } : {}) } };
  },

  async reindex(ctx: Context) {
    const { community } = parseInput(ctx.request.body, reindexBodySchema, 'reindex request');
    const scope = await adminScopeOf(strapi, ctx);
    if (community === undefined) assertSuperAdmin(scope, 'rebuild the index of every community');
    const target = community === undefined ? 'all' : (await communityInScope(strapi, scope, community)).id;
    ctx.status = 202;
    ctx.body = { data: await getService('reindex-jobs').start(target, scope.adminId) };
  },
});

export default adminSettingsController;
