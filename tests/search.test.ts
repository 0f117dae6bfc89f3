import type { Core } from '@strapi/strapi';
import Redis from 'ioredis';

import { demoCsvPath, loadCommunityFromCsv } from '../src/lib/demo-seed';
import { createApiToken, createCommunity, createMember, loginAsMember, type CommunityFixture } from './helpers/fixtures';
import { bootStrapi, http, stopStrapi } from './helpers/strapi';

type Hit = { documentId: string; name: string; city: string; skills: string[]; designation: string; why: string[]; phone?: string; email?: string };

const AI_SKILLS = ['Artificial Intelligence', 'Machine Learning', 'Data Science', 'Deep Learning', 'Natural Language Processing', 'Computer Vision'];

describe('community search over HTTP', () => {
  let strapi: Core.Strapi;
  let token: string;
  let community: CommunityFixture;
  let otherCommunity: CommunityFixture;

  const indexer = () => strapi.plugin('community-search').service('indexer');
  const search = (q: string, slug = community.slug, extra = '') =>
    http(strapi)
      .get(`/api/community-search/search?q=${encodeURIComponent(q)}${extra}`)
      .set('Authorization', `Bearer ${token}`)
      .set('X-Community', slug);

  const loadSample = async () => {
    const slug = `search-${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
    const { community: created } = await loadCommunityFromCsv(strapi, demoCsvPath(strapi.dirs.app.root), { name: 'Search sample', slug, plan: 'pro' });
    return { id: created.id, documentId: created.documentId, slug, name: 'Search sample' } as CommunityFixture;
  };

  beforeAll(async () => {
    strapi = await bootStrapi();
    token = await createApiToken(strapi);
    community = await loadSample();
    otherCommunity = await loadSample();
    await indexer().flush();
  });

  afterAll(async () => {
    await stopStrapi(strapi);
  });

  it('finds AI people in Chennai, and says why each matched', async () => {
    const response = await search('AI experts in Chennai').expect(200);
    const hits: Hit[] = response.body.data;
    expect(hits.map((hit) => hit.name).sort()).toEqual(['Padma Krishnan', 'Prakash Chatterjee']);
    for (const hit of hits) {
      expect(hit.city).toBe('Chennai');
      expect(hit.skills.some((skill) => AI_SKILLS.includes(skill))).toBe(true);
      expect(hit.why).toContain('city: Chennai');
      expect(hit.why.some((reason) => /^skill: .+ \(matches 'AI'\)$/.test(reason))).toBe(true);
    }
    expect(response.body.meta).toMatchObject({ total: 2, page: 1, pageSize: 10, noCloseMatch: false, relaxed: [] });
    expect(response.body.meta.parsed.parser).toBe('rules');
    expect(response.body.meta.parsed.filters.city).toEqual(['Chennai']);
    expect(typeof response.body.meta.tookMs).toBe('number');
  });

  it('ranks the people who can audit accounts first', async () => {
    const response = await search('someone who can audit my accounts').expect(200);
    const hits: Hit[] = response.body.data;
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0].skills.some((skill) => ['Audit', 'Chartered Accountancy'].includes(skill))).toBe(true);
  });

  it('understands old city names', async () => {
    const response = await search('doctors in Bombay').expect(200);
    const hits: Hit[] = response.body.data;
    expect(hits.map((hit) => hit.name)).toContain('Vijay Krishnan');
    for (const hit of hits) expect(hit.city).toBe('Mumbai');
  });

  it('uses the synonyms the community admins keep in its settings, as soon as they are saved', async () => {
    const before = await search('bone setter').expect(200);
    expect(before.body.meta.parsed.filters.skills).toBeUndefined();
    await strapi.documents('api::community.community').update({
      documentId: community.documentId,
      data: { settings: { synonyms: [{ term: 'bone setter', canonical: ['Orthopaedics'] }] } },
    } as never);
    const after = await search('bone setter').expect(200);
    expect(after.body.meta.parsed.filters.skills).toEqual(['Orthopaedics']);
    const hits: Hit[] = after.body.data;
    expect(hits.map((hit) => hit.name)).toContain('Siddharth Reddy');
    for (const hit of hits) {
      expect(hit.skills).toContain('Orthopaedics');
      expect(hit.why).toContain("skill: Orthopaedics (matches 'bone setter')");
    }
  });

  it('answers "no close match" instead of random members', async () => {
    const response = await search('zookeepers in Delhi').expect(200);
    expect(response.body.data).toEqual([]);
    expect(response.body.meta.noCloseMatch).toBe(true);
  });

  it('relaxes filters that leave nobody, and says which', async () => {
    const response = await search('founders at Zoho in Chennai').expect(200);
    expect(response.body.data.length).toBeGreaterThan(0);
    expect(response.body.meta.relaxed.length).toBeGreaterThan(0);
  });

  it('never returns members of another community', async () => {
    const ownIds = new Set(
      (await strapi.db.query('api::member.member').findMany({ select: ['documentId'], where: { community: { id: community.id } } })).map(
        (member: { documentId: string }) => member.documentId
      )
    );
    for (const q of ['AI experts in Chennai', 'founders', 'doctors in Bombay', 'Chennai']) {
      const response = await search(q).expect(200);
      for (const hit of response.body.data as Hit[]) expect(ownIds.has(hit.documentId)).toBe(true);
    }
  });

  it('keeps hidden and former members out, and hides contacts from members when asked', async () => {
    const small = await createCommunity(strapi);
    const viewer = await createMember(strapi, small, { name: 'Viewer Vani', skills: ['Gardening'] });
    await createMember(strapi, small, { name: 'Hidden Harish', skills: ['Blockchain'], directoryVisible: false });
    await createMember(strapi, small, { name: 'Former Farah', skills: ['Blockchain'], isActive: false });
    const privateContact = await createMember(strapi, small, { name: 'Private Priya', skills: ['Blockchain'], contactVisibility: 'admins' });
    const openContact = await createMember(strapi, small, { name: 'Open Omar', skills: ['Blockchain'] });
    await indexer().flush();
    const { jwt } = await loginAsMember(strapi, viewer);

    const asMember = await http(strapi)
      .get('/api/community-search/search?q=blockchain')
      .set('Authorization', `Bearer ${jwt}`)
      .expect(200);
    const hits: Hit[] = asMember.body.data;
    expect(hits.map((hit) => hit.name).sort()).toEqual(['Open Omar', 'Private Priya']);
    const priya = hits.find((hit) => hit.name === 'Private Priya');
    expect(priya).not.toHaveProperty('phone');
    expect(priya).not.toHaveProperty('email');
    expect(JSON.stringify(asMember.body)).not.toContain(privateContact.phone);
    expect(hits.find((hit) => hit.name === 'Open Omar')).toMatchObject({ phone: openContact.phone });

    const asOperator = await search('blockchain', small.slug).expect(200);
    expect((asOperator.body.data as Hit[]).find((hit) => hit.name === 'Private Priya')).toMatchObject({ phone: privateContact.phone });
    expect(JSON.stringify(asOperator.body)).not.toContain('Hidden Harish');
    expect(JSON.stringify(asOperator.body)).not.toContain('Former Farah');
  });

  it('never shows a member whose index row lags behind a hide or a move', async () => {
    const small = await createCommunity(strapi);
    const elsewhere = await createCommunity(strapi);
    const hidden = await createMember(strapi, small, { name: 'Lagging Lina', skills: ['Falconry'] });
    const moved = await createMember(strapi, small, { name: 'Moved Mohan', skills: ['Falconry'] });
    await indexer().flush();
    // Raw query-engine writes skip the document middleware, so the index keeps the old rows.
    await strapi.db.query('api::member.member').update({ where: { documentId: hidden.documentId }, data: { directoryVisible: false } });
    await strapi.db.query('api::member.member').update({ where: { documentId: moved.documentId }, data: { community: elsewhere.id } });
    const stale = await strapi.db.connection('community_search_members').where({ community_id: small.id, directory_visible: true });
    expect(stale).toHaveLength(2);

    const response = await search('falconry', small.slug).expect(200);
    expect(response.body.data).toEqual([]);
  });

  it('follows member updates and deletions', async () => {
    const small = await createCommunity(strapi);
    const mover = await createMember(strapi, small, { name: 'Moving Meera', city: 'Chennai', skills: ['Pottery'] });
    const leaver = await createMember(strapi, small, { name: 'Leaving Lata', city: 'Chennai', skills: ['Pottery'] });
    const eraser = await createMember(strapi, small, { name: 'Erased Ezra', city: 'Chennai', skills: ['Pottery'] });
    await indexer().flush();
    expect((await search('pottery', small.slug).expect(200)).body.meta.total).toBe(3);

    await http(strapi)
      .put(`/api/members/${mover.documentId}`)
      .set('Authorization', `Bearer ${token}`)
      .set('X-Community', small.slug)
      .send({ data: { city: 'Pune' } })
      .expect(200);
    await http(strapi).delete(`/api/members/${leaver.documentId}`).set('Authorization', `Bearer ${token}`).set('X-Community', small.slug).expect(200);
    await strapi.documents('api::member.member').delete({ documentId: eraser.documentId });
    await indexer().flush();

    const inPune = await search('pottery in Pune', small.slug).expect(200);
    expect((inPune.body.data as Hit[]).map((hit) => hit.name)).toEqual(['Moving Meera']);
    const all = await search('pottery', small.slug).expect(200);
    expect((all.body.data as Hit[]).map((hit) => hit.name)).toEqual(['Moving Meera']);
    const rows = await strapi.db.connection('community_search_members').where('document_id', eraser.documentId);
    expect(rows).toEqual([]);
  });

  it('rebuilds a community index on demand', async () => {
    await strapi.db.connection('community_search_members').where('community_id', community.id).delete();
    const result = await indexer().reindex({ communityId: community.id });
    expect(result.indexed).toBe(60);
    const status = await http(strapi)
      .get('/api/community-search/status')
      .set('Authorization', `Bearer ${token}`)
      .set('X-Community', community.slug)
      .expect(200);
    expect(status.body.data).toMatchObject({ community: community.slug, indexed: 60, searchable: 60, embeddingProvider: 'local' });
  });

  it('records every search for analytics', async () => {
    await search('AI experts in Chennai', otherCommunity.slug).expect(200);
    await search('zookeepers in Delhi', otherCommunity.slug).expect(200);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const log = await strapi.plugin('community-search').service('search').recentSearches(otherCommunity.id, 2);
    expect(log.map((entry: { query: string }) => entry.query)).toEqual(['zookeepers in Delhi', 'AI experts in Chennai']);
    expect(log[0]).toMatchObject({ channel: 'api', parser: 'rules', result_count: 0, zero_result: true });
    expect(log[1]).toMatchObject({ result_count: 2, zero_result: false });
  });

  it('refines the previous search on a follow-up in the same session', async () => {
    await search('AI experts in Chennai', community.slug, '&sessionId=chat-1').expect(200);
    const followUp = await search('what about Bengaluru?', community.slug, '&sessionId=chat-1').expect(200);
    expect(followUp.body.meta).toMatchObject({ followUp: true, sessionId: 'chat-1' });
    expect(followUp.body.meta.parsed.filters.city).toEqual(['Bengaluru']);
    expect(followUp.body.meta.parsed.filters.skills).toEqual(expect.arrayContaining(['Machine Learning']));
    const hits: Hit[] = followUp.body.data;
    expect(hits.map((hit) => hit.name).sort()).toEqual(['Akash Naidu', 'Subramanian Verma']);

    const fresh = await search('what about Bengaluru?', community.slug).expect(200);
    expect(fresh.body.meta.followUp).toBe(false);
    expect(fresh.body.meta.total).toBe(9);
  });

  it('keeps sessions and parses in Redis when REDIS_URL is set, in process otherwise', async () => {
    const store = strapi.plugin('community-search').service('kv').store();
    expect(store.kind).toBe(process.env.REDIS_URL ? 'redis' : 'memory');
    await search('founders in Chennai', community.slug, '&sessionId=stored-1').expect(200);
    const keys: string[] = [];
    if (process.env.REDIS_URL) {
      const namespace = await strapi.store.get({ type: 'plugin', name: 'community-search', key: 'kv-namespace' });
      const redis = new Redis(process.env.REDIS_URL);
      keys.push(...(await redis.keys(`community-search:${namespace}:session:${community.id}:*:stored-1`)));
      keys.push(...(await redis.keys(`community-search:${namespace}:parse:${community.id}:*`)));
      await redis.quit();
      expect(keys.some((key) => key.includes(':session:'))).toBe(true);
      expect(keys.some((key) => key.includes(':parse:'))).toBe(true);
    }
  });

  it('never continues another caller\'s session', async () => {
    const otherToken = await createApiToken(strapi);
    await search('AI experts in Chennai', community.slug, '&sessionId=shared-id').expect(200);
    const response = await http(strapi)
      .get('/api/community-search/search?q=what%20about%20Bengaluru%3F&sessionId=shared-id')
      .set('Authorization', `Bearer ${otherToken}`)
      .set('X-Community', community.slug)
      .expect(200);
    expect(response.body.meta.followUp).toBe(false);
    expect(response.body.meta.parsed.filters.skills).toBeUndefined();
  });

  it('validates the query with clear 400s', async () => {
    const empty = await search('   ').expect(400);
    expect(empty.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError' } });
    expect((await search('x'.repeat(501)).expect(400)).body.error.message).toMatch(/at most 500/);
    expect((await search('founders', community.slug, '&pageSize=51').expect(400)).body.error.message).toMatch(/at most 50/);
    expect((await search('founders', community.slug, '&page=0').expect(400)).body.error.message).toMatch(/page/);
    expect((await search('founders', community.slug, '&sort=name').expect(400)).body.error.message).toMatch(/sort/);
  });

  it('lets read-only API tokens search and read the status', async () => {
    const { accessKey } = await strapi.service('admin::api-token').create({
      name: `read-only-${Date.now()}`,
      description: 'widget',
      kind: 'content-api',
      type: 'read-only',
      lifespan: null,
    });
    await http(strapi).get('/api/community-search/search?q=founders').set('Authorization', `Bearer ${accessKey}`).set('X-Community', community.slug).expect(200);
    await http(strapi).get('/api/community-search/status').set('Authorization', `Bearer ${accessKey}`).set('X-Community', community.slug).expect(200);
  });

  it('requires a member or an API token', async () => {
    await http(strapi).get('/api/community-search/search?q=founders').set('X-Community', community.slug).expect(403);
  });

  it('counts every matching member in meta.total when relaxed filters leave only boost words, and pages to all of them', async () => {
    // Few candidates per ranker, so the ranked list is shorter than the members who match.
    const candidateLimit = strapi.config.get('plugin::community-search.search.candidateLimit');
    strapi.config.set('plugin::community-search.search.candidateLimit', 5);
    try {
      // No founder works at Zoho: the employer is relaxed and only orders the founders.
      const q = 'founders at Zoho';
      const first = await search(q, community.slug, '&pageSize=4').expect(200);
      expect(first.body.meta.relaxed).toEqual(['organization']);
      const { total } = first.body.meta;
      expect(first.body.meta.totalIsEstimate).toBeUndefined();
      expect(total).toBeGreaterThan(10);
      const seen = new Set<string>();
      for (let page = 1; page <= Math.ceil(total / 4) + 1; page += 1) {
        const response = await search(q, community.slug, `&pageSize=4&page=${page}`).expect(200);
        expect(response.body.meta.total).toBe(total);
        for (const hit of response.body.data as Hit[]) seen.add(hit.documentId);
      }
      expect(seen.size).toBe(total);
    } finally {
      strapi.config.set('plugin::community-search.search.candidateLimit', candidateLimit);
    }
  });

  it('pages through results', async () => {
    const first = await search('founders', community.slug, '&pageSize=2').expect(200);
    const second = await search('founders', community.slug, '&pageSize=2&page=2').expect(200);
    expect(first.body.data).toHaveLength(2);
    expect(first.body.meta.total).toBeGreaterThan(2);
    const firstIds = (first.body.data as Hit[]).map((hit) => hit.documentId);
    for (const hit of second.body.data as Hit[]) expect(firstIds).not.toContain(hit.documentId);
  });
});
