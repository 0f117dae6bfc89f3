import type { Core } from '@strapi/strapi';

import { createApiToken, createCommunity, createMember, loginAsMember, type CommunityFixture } from './helpers/fixtures';
import { bootStrapi, http, stopStrapi } from './helpers/strapi';

/** Plans and quotas (members, monthly searches), suspended communities, and URL-named communities. */
let strapi: Core.Strapi;
let token: string;

const BASE_DOMAIN = 'directory.test';

beforeAll(async () => {
  process.env.BASE_DOMAIN = BASE_DOMAIN;
  strapi = await bootStrapi();
  token = await createApiToken(strapi);
});

afterAll(async () => {
  strapi?.service('api::community.quotas').useClock(() => new Date());
  await stopStrapi(strapi);
});

const asOperator = (community: CommunityFixture) => ({ Authorization: `Bearer ${token}`, 'X-Community': community.slug });

const search = (community: CommunityFixture, q = 'accountants') =>
  http(strapi).get('/api/community-search/search').query({ q }).set(asOperator(community));

const newMember = (community: CommunityFixture, phone: string) => ({
  data: { name: `Member ${phone.slice(-4)}`, phone, city: 'Chennai' },
});

const phones = (count: number) => Array.from({ length: count }, (_, index) => `+9198400${String(10000 + index * 7 + Math.floor(Math.random() * 5)).padStart(5, '0')}`);

describe('plans', () => {
  it("sets a new community's limits from its plan, and follows plan changes unless overridden", async () => {
    const community = await createCommunity(strapi, { plan: 'pro' });
    let row = await strapi.db.query('api::community.community').findOne({ where: { id: community.id } });
    expect(row).toMatchObject({ memberLimit: 500, searchLimitPerMonth: 10000 });

    await strapi.documents('api::community.community').update({ documentId: community.documentId, data: { plan: 'basic' } } as never);
    row = await strapi.db.query('api::community.community').findOne({ where: { id: community.id } });
    expect(row).toMatchObject({ memberLimit: 100, searchLimitPerMonth: 2000 });

    await strapi.documents('api::community.community').update({
      documentId: community.documentId,
      data: { plan: 'free', memberLimit: 75 },
    } as never);
    row = await strapi.db.query('api::community.community').findOne({ where: { id: community.id } });
    expect(row).toMatchObject({ memberLimit: 75, searchLimitPerMonth: 500 });

    const enterprise = await createCommunity(strapi, { plan: 'enterprise' });
    row = await strapi.db.query('api::community.community').findOne({ where: { id: enterprise.id } });
    expect(row).toMatchObject({ memberLimit: null, searchLimitPerMonth: null });
  });
});

describe('member limit', () => {
  it('refuses members past the limit on every path with 403 QuotaExceeded naming the limit', async () => {
    const community = await createCommunity(strapi, { plan: 'free', memberLimit: 3 });
    const [first, second, third, fourth] = phones(4);
    for (const phone of [first, second, third]) {
      await http(strapi).post('/api/members').set(asOperator(community)).send(newMember(community, phone)).expect(201);
    }
    const refused = await http(strapi).post('/api/members').set(asOperator(community)).send(newMember(community, fourth)).expect(403);
    expect(refused.body).toEqual({
      data: null,
      error: {
        status: 403,
        name: 'QuotaExceeded',
        message: expect.stringMatching(/allows 3 active members/),
        details: { quota: 'members', limit: 3, used: 3, upgrade: true },
      },
    });
    // The admin panel and imports write through the document service: the same rule applies there.
    await expect(createMember(strapi, community)).rejects.toMatchObject({ name: 'QuotaExceeded' });
    expect(await strapi.db.query('api::member.member').count({ where: { community: { id: community.id } } })).toBe(3);
  });

  it('frees a place when a member is deactivated, and refuses reactivation past the limit', async () => {
    const community = await createCommunity(strapi, { plan: 'free', memberLimit: 2 });
    const a = await createMember(strapi, community);
    await createMember(strapi, community);
    await http(strapi).delete(`/api/members/${a.documentId}`).set(asOperator(community)).expect(200);
    await createMember(strapi, community);
    const reactivate = await http(strapi).put(`/api/members/${a.documentId}`).set(asOperator(community)).send({ data: { isActive: true } }).expect(403);
    expect(reactivate.body.error.name).toBe('QuotaExceeded');
    // Ordinary edits of members of a full community still work.
    const [b] = await strapi.db.query('api::member.member').findMany({ where: { community: { id: community.id }, isActive: true } });
    await http(strapi).put(`/api/members/${b.documentId}`).set(asOperator(community)).send({ data: { city: 'Pune' } }).expect(200);
  });
});

describe('monthly search quota', () => {
  it('allows the month\'s searches, answers 429 QuotaExceeded after, and renews next month', async () => {
    const community = await createCommunity(strapi, { plan: 'free', searchLimitPerMonth: 3 });
    const quotas = strapi.service('api::community.quotas');
    quotas.useClock(() => new Date('2026-11-20T10:00:00Z'));
    try {
      for (let index = 0; index < 3; index += 1) await search(community).expect(200);
      const refused = await search(community).expect(429);
      expect(refused.body.error).toEqual({
        status: 429,
        name: 'QuotaExceeded',
        message: expect.stringMatching(/all 3 searches .* renew on 2026-12-01/),
        details: { quota: 'searches', limit: 3, used: 3, upgrade: true },
      });
      const usage = await http(strapi).get('/api/communities/current/usage').set(asOperator(community)).expect(200);
      expect(usage.body.data).toMatchObject({
        plan: 'free',
        searches: { used: 3, limit: 3 },
        period: { start: '2026-11-01T00:00:00.000Z', end: '2026-12-01T00:00:00.000Z' },
        warnings: ['3 of 3 searches used this month'],
      });

      quotas.useClock(() => new Date('2026-12-01T00:00:01Z'));
      await search(community).expect(200);
      const december = await http(strapi).get('/api/communities/current/usage').set(asOperator(community)).expect(200);
      expect(december.body.data.searches).toEqual({ used: 1, limit: 3 });
    } finally {
      quotas.useClock(() => new Date());
    }
  });

  it('never lets concurrent searches overshoot the quota', async () => {
    const community = await createCommunity(strapi, { plan: 'free', searchLimitPerMonth: 5 });
    const statuses = (await Promise.all(Array.from({ length: 12 }, () => search(community)))).map((response) => response.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(7);
    const usage = await http(strapi).get('/api/communities/current/usage').set(asOperator(community)).expect(200);
    expect(usage.body.data.searches.used).toBe(5);
  });

  it('does not count searches that were refused as invalid', async () => {
    const community = await createCommunity(strapi, { plan: 'free', searchLimitPerMonth: 10 });
    await search(community, '').expect(400);
    await search(community, 'x'.repeat(501)).expect(400);
    const usage = await http(strapi).get('/api/communities/current/usage').set(asOperator(community)).expect(200);
    expect(usage.body.data.searches.used).toBe(0);
  });

  it('is reported only to admins (API tokens), not to members', async () => {
    const community = await createCommunity(strapi);
    const member = await createMember(strapi, community);
    const { jwt } = await loginAsMember(strapi, member);
    await http(strapi).get('/api/communities/current/usage').set('Authorization', `Bearer ${jwt}`).expect(403);
    const usage = await http(strapi).get('/api/communities/current/usage').set(asOperator(community)).expect(200);
    expect(usage.body.data).toMatchObject({ plan: 'enterprise', members: { used: 1, limit: null }, searches: { limit: null } });
  });
});

describe('suspended communities', () => {
  it('keep their data and usage, but refuse searches and the directory with a clear message', async () => {
    const community = await createCommunity(strapi);
    const member = await createMember(strapi, community);
    const { jwt } = await loginAsMember(strapi, member);
    await strapi.documents('api::community.community').update({ documentId: community.documentId, data: { accountStatus: 'suspended' } } as never);

    const refused = await search(community).expect(403);
    expect(refused.body.error.message).toMatch(/suspended: searches and the directory are unavailable/);
    const asMember = await http(strapi).get('/api/community-search/search').query({ q: 'x' }).set('Authorization', `Bearer ${jwt}`).set('X-Community', community.slug).expect(403);
    expect(asMember.body.error.message).toMatch(/suspended/);
    await http(strapi).get('/api/communities/current/usage').set(asOperator(community)).expect(200);
    expect(await strapi.db.query('api::member.member').count({ where: { community: { id: community.id } } })).toBe(1);
  });
});

describe('communities named in the URL', () => {
  it('serves /api/c/:slug/... as the community\'s own routes', async () => {
    const community = await createCommunity(strapi);
    const member = await createMember(strapi, community, { name: 'Path Routed' });
    const list = await http(strapi).get(`/api/c/${community.slug}/members`).set('Authorization', `Bearer ${token}`).expect(200);
    expect(list.body.data.map((row: { documentId: string }) => row.documentId)).toEqual([member.documentId]);
    await http(strapi).get(`/api/c/${community.slug}/community-search/search`).query({ q: 'Path Routed' }).set('Authorization', `Bearer ${token}`).expect(200);
    await http(strapi).get(`/api/c/${community.slug}/communities/current/usage`).set('Authorization', `Bearer ${token}`).expect(200);
  });

  it('refuses a URL and header that disagree, routes that are not per community, and other members\' communities', async () => {
    const community = await createCommunity(strapi);
    const other = await createCommunity(strapi);
    await http(strapi).get(`/api/c/${community.slug}/members`).set(asOperator(other)).expect(400);
    await http(strapi).get(`/api/c/${community.slug}/communities`).set('Authorization', `Bearer ${token}`).expect(404);
    const member = await createMember(strapi, community);
    const { jwt } = await loginAsMember(strapi, member);
    await http(strapi).get(`/api/c/${other.slug}/members`).set('Authorization', `Bearer ${jwt}`).expect(403);
    await http(strapi).get(`/api/c/${community.slug}/members/me`).set('Authorization', `Bearer ${jwt}`).expect(200);
  });

  it('reads the community from the subdomain when BASE_DOMAIN is set', async () => {
    const community = await createCommunity(strapi);
    const member = await createMember(strapi, community);
    const list = await http(strapi).get('/api/members').set('Host', `${community.slug}.${BASE_DOMAIN}`).set('Authorization', `Bearer ${token}`).expect(200);
    expect(list.body.data.map((row: { documentId: string }) => row.documentId)).toEqual([member.documentId]);
    await http(strapi).get('/api/members').set('Host', `nonexistent-community.${BASE_DOMAIN}`).set('Authorization', `Bearer ${token}`).expect(404);
  });
});
