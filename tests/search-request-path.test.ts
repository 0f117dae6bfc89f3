import type { Core } from '@strapi/strapi';

import { communityTokenActions } from '../src/api/community/services/api-tokens';
import { createCommunity, type CommunityFixture } from './helpers/fixtures';
import { bootStrapi, http, stopStrapi } from './helpers/strapi';

/**
 * What a search request reads before it searches (its API token, the token's community, the
 * community and its limits) is cached between requests (issue 20): every change to any of it
 * must still take effect on the very next request. And the search log, now written in batches,
 * must still receive every search.
 */
let strapi: Core.Strapi;

beforeAll(async () => {
  strapi = await bootStrapi();
});

afterAll(async () => {
  await stopStrapi(strapi);
});

const apiTokens = () => strapi.service('admin::api-token-content-api');

const platformToken = async () =>
  (await apiTokens().create({ name: `request-path-${Date.now()}-${Math.random()}`, kind: 'content-api', type: 'read-only', lifespan: null })) as {
    id: number;
    accessKey: string;
  };

const search = (accessKey: string, community?: CommunityFixture, q = 'accountants') => {
  const request = http(strapi).get('/api/community-search/search').query({ q }).set('Authorization', `Bearer ${accessKey}`);
  return community ? request.set('X-Community', community.slug) : request;
};

const logRows = (communityId: number) =>
  strapi.db.connection('community_search_log').where('community_id', communityId).orderBy('id').pluck('query') as Promise<string[]>;

const waitFor = async (check: () => Promise<boolean>, timeoutMs = 10_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

describe('API tokens read from the request cache', () => {
  it('refuses a revoked token on the next request', async () => {
    const community = await createCommunity(strapi);
    const token = await platformToken();
    await search(token.accessKey, community).expect(200);
    await search(token.accessKey, community).expect(200);
    await apiTokens().revoke(token.id);
    await search(token.accessKey, community).expect(401);
  });

  it('refuses the old key of a regenerated token at once and accepts the new one', async () => {
    const community = await createCommunity(strapi);
    const token = await platformToken();
    await search(token.accessKey, community).expect(200);
    const regenerated = (await apiTokens().regenerate(token.id)) as { accessKey: string };
    await search(token.accessKey, community).expect(401);
    await search(regenerated.accessKey, community).expect(200);
  });

  it("applies a token's new permissions on the next request", async () => {
    const community = await createCommunity(strapi);
    const issued = await strapi.service('api::community.api-tokens').issue({ id: community.id, slug: community.slug }, 'read-only');
    await search(issued.accessKey).expect(200);
    const withoutSearch = communityTokenActions('read-only').filter((action) => action !== 'plugin::community-search.search.find');
    await apiTokens().update(issued.id, { permissions: withoutSearch });
    await search(issued.accessKey).expect(403);
    await apiTokens().update(issued.id, { permissions: communityTokenActions('read-only') });
    await search(issued.accessKey).expect(200);
  });
});

describe('communities read from the request cache', () => {
  it('refuses a community suspended after it was searched, and serves it again once renewed', async () => {
    const community = await createCommunity(strapi);
    const token = await platformToken();
    await search(token.accessKey, community).expect(200);
    await search(token.accessKey, community).expect(200);
    await strapi.documents('api::community.community').update({ documentId: community.documentId, data: { accountStatus: 'suspended' } } as never);
    const refused = await search(token.accessKey, community).expect(403);
    expect(refused.body.error.message).toMatch(/suspended/);
    await strapi.documents('api::community.community').update({ documentId: community.documentId, data: { accountStatus: 'active' } } as never);
    await search(token.accessKey, community).expect(200);
  });

  it('refuses searches exactly at a monthly limit lowered after the community was searched', async () => {
    const community = await createCommunity(strapi, { plan: 'free', searchLimitPerMonth: 100 });
    const token = await platformToken();
    for (let index = 0; index < 2; index += 1) await search(token.accessKey, community).expect(200);
    await strapi.documents('api::community.community').update({ documentId: community.documentId, data: { searchLimitPerMonth: 4 } } as never);
    const statuses = (await Promise.all(Array.from({ length: 6 }, () => search(token.accessKey, community)))).map((response) => response.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(2);
    expect(statuses.filter((status) => status === 429)).toHaveLength(4);
    const refused = await search(token.accessKey, community).expect(429);
    expect(refused.body.error.details).toEqual({ quota: 'searches', limit: 4, used: 4, upgrade: true });
  });
});

describe('the search log, written in batches', () => {
  it('receives every search of a burst without anyone reading it first', async () => {
    const community = await createCommunity(strapi);
    const token = await platformToken();
    const questions = Array.from({ length: 12 }, (_, index) => `accountants ${index}`);
    await Promise.all(questions.map((q) => search(token.accessKey, community, q).expect(200)));
    await waitFor(async () => (await logRows(community.id)).length === questions.length);
    expect((await logRows(community.id)).sort()).toEqual([...questions].sort());
  });

  it('writes everything queued, in order, when flushed (as at shutdown)', async () => {
    const community = await createCommunity(strapi);
    const searchLog = strapi.plugin('community-search').service('search-log');
    const queries = Array.from({ length: 450 }, (_, index) => `queued ${index}`);
    for (const query of queries) {
      searchLog.record({ communityId: community.id, memberDocumentId: null, channel: 'api', query, parsed: {}, parser: 'rules', resultCount: 0, latencyMs: 1 });
    }
    await searchLog.flush();
    expect(await logRows(community.id)).toEqual(queries);
  });
});
