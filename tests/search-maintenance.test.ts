import type { Core } from '@strapi/strapi';

import { ensureSearchSchema } from '../src/plugins/community-search/server/src/repositories/schema';
import { createApiToken, createCommunity, createMember } from './helpers/fixtures';
import { bootStrapi, http, stopStrapi } from './helpers/strapi';

const PLUGIN = 'plugin::community-search';

describe('community search upkeep', () => {
  let strapi: Core.Strapi;

  const plugin = () => strapi.plugin('community-search');
  const indexRows = (documentId: string) => strapi.db.connection('community_search_members').where('document_id', documentId);
  const waitFor = async (check: () => Promise<boolean>, timeoutMs = 10_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error('timed out');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };

  beforeAll(async () => {
    strapi = await bootStrapi();
  });

  afterAll(async () => {
    await stopStrapi(strapi);
  });

  describe('search log retention', () => {
    it('deletes searches older than searchLog.retentionDays and keeps newer ones', async () => {
      const community = await createCommunity(strapi);
      const knex = strapi.db.connection;
      const entry = (query: string, ageDays: number) => ({
        community_id: community.id,
        channel: 'api',
        query,
        parsed: JSON.stringify({}),
        parser: 'rules',
        result_count: 1,
        zero_result: false,
        latency_ms: 5,
        created_at: knex.raw(`now() - make_interval(days => ?)`, [ageDays]),
      });
      await knex('community_search_log').insert([entry('ancient', 400), entry('old', 181), entry('recent', 179), entry('today', 0)]);

      expect(strapi.config.get(`${PLUGIN}.searchLog.retentionDays`)).toBe(180);
      const deleted = await plugin().service('search-log').prune();
      expect(deleted).toBeGreaterThanOrEqual(2);
      const left = await knex('community_search_log').where('community_id', community.id).orderBy('id').pluck('query');
      expect(left).toEqual(['recent', 'today']);

      strapi.config.set(`${PLUGIN}.searchLog.retentionDays`, 1);
      try {
        await plugin().service('search-log').prune();
      } finally {
        strapi.config.set(`${PLUGIN}.searchLog.retentionDays`, 180);
      }
      expect(await knex('community_search_log').where('community_id', community.id).pluck('query')).toEqual(['today']);
    });

    it('prunes on a timer from boot, stopped when the app is destroyed', () => {
      expect(plugin().service('search-log').isPruning()).toBe(true);
    });
  });

  describe('index retries', () => {
    const retryFast = () => {
      strapi.config.set(`${PLUGIN}.indexing.retryBaseDelayMs`, 20);
      strapi.config.set(`${PLUGIN}.indexing.retryAttempts`, 3);
    };

    afterEach(() => {
      jest.restoreAllMocks();
      strapi.config.set(`${PLUGIN}.indexing.retryBaseDelayMs`, 1000);
      strapi.config.set(`${PLUGIN}.indexing.retryAttempts`, 5);
    });

    it('retries a failed batch with backoff, without waiting for the next save', async () => {
      retryFast();
      const embedder = plugin().service('providers').embedder();
      const embed = jest.spyOn(embedder, 'embed').mockRejectedValueOnce(new Error('embedding service unavailable'));
      const community = await createCommunity(strapi);
      const member = await createMember(strapi, community, { name: 'Retried Rekha', skills: ['Origami'] });

      await waitFor(async () => (await indexRows(member.documentId)).length === 1);
      expect(embed.mock.calls.length).toBeGreaterThanOrEqual(2);
      expect(plugin().service('indexer').pendingCount()).toBe(0);
      expect(plugin().service('indexer').lastFailure()).toBeNull();
    });

    it('gives up after the configured attempts, and shows the members as pending in /status', async () => {
      retryFast();
      const embedder = plugin().service('providers').embedder();
      const embed = jest.spyOn(embedder, 'embed').mockRejectedValue(new Error('embedding service down'));
      const community = await createCommunity(strapi);
      const member = await createMember(strapi, community, { name: 'Stuck Sunil', skills: ['Kite Flying'] });

      await waitFor(async () => plugin().service('indexer').lastFailure()?.gaveUp === true);
      const attempts = embed.mock.calls.length;
      expect(attempts).toBeGreaterThanOrEqual(3);
      // Retries waited 20 ms, then 40 ms: a further one would come well within this wait.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(embed).toHaveBeenCalledTimes(attempts);
      expect(await indexRows(member.documentId)).toEqual([]);

      const token = await createApiToken(strapi);
      const status = await http(strapi)
        .get('/api/community-search/status')
        .set('Authorization', `Bearer ${token}`)
        .set('X-Community', community.slug)
        .expect(200);
      expect(status.body.data.pending).toBeGreaterThanOrEqual(1);
      // A code and a generic message: the provider's own text stays in the logs.
      expect(status.body.data.indexingError).toMatchObject({ code: 'INDEXING_STALLED', gaveUp: true, retrying: false });
      expect(JSON.stringify(status.body.data)).not.toContain('embedding service down');

      // Once the embedder is back, a reindex (or the next save) indexes them.
      embed.mockRestore();
      await plugin().service('indexer').reindex({ communityId: community.id });
      await plugin().service('indexer').flush();
      expect(await indexRows(member.documentId)).toHaveLength(1);
      expect(plugin().service('indexer').pendingCount()).toBe(0);
    });
  });

  describe('schema upgrades', () => {
    afterEach(() => jest.restoreAllMocks());

    it('gives an install from before the facets table its facets from the index rows, without re-embedding', async () => {
      const community = await createCommunity(strapi);
      await createMember(strapi, community, { name: 'Upgraded Uma', city: 'Chennai', skills: ['Pottery', 'Glass Blowing'] });
      await createMember(strapi, community, { name: 'Other Omkar', city: 'Pune', skills: ['Pottery'] });
      await plugin().service('indexer').flush();
      const knex = strapi.db.connection;
      await knex.raw('DROP TABLE community_search_facets');

      const embedder = plugin().service('providers').embedder();
      const embed = jest.spyOn(embedder, 'embed');
      await ensureSearchSchema(knex, embedder.dimensions);
      // Idempotent: a second boot changes nothing.
      await ensureSearchSchema(knex, embedder.dimensions);
      expect(embed).not.toHaveBeenCalled();

      const facets = await knex('community_search_facets').where('community_id', community.id).orderBy('name_key');
      expect(facets.map((row: { name_key: string }) => row.name_key)).toEqual(['other omkar', 'upgraded uma']);
      expect(facets[1].filter_keys).toEqual(
        expect.arrayContaining([`${community.id}:city:chennai`, `${community.id}:skills:pottery`, `${community.id}:skills:glass blowing`])
      );
      const result = await plugin()
        .service('search')
        .search({ communityId: community.id, text: 'pottery in Chennai', page: 1, pageSize: 10, channel: 'api', viewer: { access: 'operator' }, callerId: 'test' });
      expect(result.data.map((hit: { name: string }) => hit.name)).toEqual(['Upgraded Uma']);
      expect(result.meta.total).toBe(1);
    });
  });

  describe('bulk loads', () => {
    afterEach(() => jest.restoreAllMocks());

    const vectorIndexExists = async () =>
      (await strapi.db.connection.raw(`SELECT 1 FROM pg_indexes WHERE indexname = 'community_search_members_embedding_idx'`)).rows.length === 1;

    it('keeps the vector index row by row while other communities hold a good share of the index', async () => {
      const community = await createCommunity(strapi);
      await createMember(strapi, community, { name: 'Single Sita' });
      await plugin().service('indexer').flush();
      strapi.config.set(`${PLUGIN}.indexing.bulkVectorIndexMinMembers`, 1);
      try {
        await strapi.db.connection('community_search_members').where('community_id', community.id).delete();
        expect(await plugin().service('indexer').bulkLoadsVectors(community.id, 1)).toBe(false);
        expect(await plugin().service('indexer').bulkLoadsVectors(community.id, 1_000_000)).toBe(true);
        await plugin().service('indexer').reindex({ communityId: community.id });
        // A community that already has index rows never takes the bulk path.
        expect(await plugin().service('indexer').bulkLoadsVectors(community.id, 1_000_000)).toBe(false);
      } finally {
        strapi.config.set(`${PLUGIN}.indexing.bulkVectorIndexMinMembers`, 20_000);
      }
    });

    it('builds the vector index once at the end of a bulk load, and searches use it', async () => {
      const community = await createCommunity(strapi);
      for (const name of ['Bulk Bala', 'Bulk Bina', 'Bulk Bose']) await createMember(strapi, community, { name, skills: ['Beekeeping'] });
      await plugin().service('indexer').flush();
      const indexer = plugin().service('indexer');
      jest.spyOn(indexer, 'bulkLoadsVectors').mockResolvedValue(true);
      const embedder = plugin().service('providers').embedder();
      const embed = embedder.embed.bind(embedder);
      const during: boolean[] = [];
      jest.spyOn(embedder, 'embed').mockImplementation(async (texts: string[]) => {
        during.push(await vectorIndexExists());
        return embed(texts);
      });
      await indexer.reindex({ communityId: community.id });
      expect(during.length).toBeGreaterThan(0);
      expect(during.every((exists) => !exists)).toBe(true);
      expect(await vectorIndexExists()).toBe(true);
      const result = await plugin()
        .service('search')
        .search({ communityId: community.id, text: 'beekeeping', page: 1, pageSize: 10, channel: 'api', viewer: { access: 'operator' }, callerId: 'test' });
      expect(result.meta.total).toBe(3);
    });
  });
});
