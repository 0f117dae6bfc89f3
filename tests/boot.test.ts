import type { Core } from '@strapi/strapi';

import { bootStrapi, http, stopStrapi } from './helpers/strapi';

describe('application boot', () => {
  let strapi: Core.Strapi;

  beforeAll(async () => {
    strapi = await bootStrapi();
  });

  afterAll(async () => {
    await stopStrapi(strapi);
  });

  it('serves Strapi health and the three local plugins', async () => {
    await http(strapi).get('/_health').expect(204);
    for (const plugin of ['community-search', 'whatsapp-bot', 'billing']) {
      const response = await http(strapi).get(`/api/${plugin}/ping`).expect(200);
      expect(response.body.data).toMatchObject({ plugin, ready: true });
    }
  });

  it('has the pgvector, pg_trgm and unaccent extensions installed by the migration', async () => {
    const result = await strapi.db.connection.raw(
      "SELECT extname FROM pg_extension WHERE extname IN ('vector', 'pg_trgm', 'unaccent') ORDER BY extname"
    );
    expect(result.rows.map((row: { extname: string }) => row.extname)).toEqual(['pg_trgm', 'unaccent', 'vector']);
    const distance = await strapi.db.connection.raw("SELECT '[1,2,3]'::vector <-> '[1,2,4]'::vector AS d");
    expect(Number(distance.rows[0].d)).toBe(1);
  });

  it('gives the Content Manager readable member and community layouts', async () => {
    const contentTypes = strapi.plugin('content-manager').service('content-types');
    const member = await contentTypes.findConfiguration({ uid: 'api::member.member' });
    expect(member.settings.mainField).toBe('name');
    expect(member.layouts.list).toEqual(['name', 'city', 'designation', 'organization', 'graduationYear', 'isActive']);
    const community = await contentTypes.findConfiguration({ uid: 'api::community.community' });
    expect(community.settings.mainField).toBe('name');
  });

  it('sets up the Member role: the directory, their own profile, their sessions, and nothing else', async () => {
    const role = await strapi.db.query('plugin::users-permissions.role').findOne({
      where: { type: 'member' },
      populate: ['permissions'],
    });
    expect(role.name).toBe('Member');
    const actions: string[] = role.permissions.map((permission: { action: string }) => permission.action).sort();
    expect(actions).toEqual([
      'api::member.member.exportMe',
      'api::member.member.find',
      'api::member.member.findOne',
      'api::member.member.me',
      'api::member.member.nlUpdate',
      'api::member.member.nlUpdateConfirm',
      'api::member.member.nlUpdateUndo',
      'api::member.member.requestErasure',
      'api::member.member.updateMe',
      'plugin::community-search.search.find',
      'plugin::users-permissions.auth.getSessions',
      'plugin::users-permissions.auth.logout',
      'plugin::users-permissions.auth.revokeSession',
    ]);
  });

  it('closes users-permissions open sign-up: accounts exist only for members', async () => {
    const response = await http(strapi)
      .post('/api/auth/local/register')
      .send({ username: 'intruder', email: 'intruder@example.org', password: 'Intruder-Passw0rd' });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.body.error.message).toMatch(/disabled/i);
    expect(await strapi.db.query('plugin::users-permissions.user').findOne({ where: { username: 'intruder' } })).toBeNull();
  });

  it('reports integrations as unconfigured without leaking configuration', async () => {
    const response = await http(strapi).get('/api/billing/ping').expect(200);
    expect(response.body.data.features).toEqual({ stripeConfigured: false });
  });

  it('answers unknown routes with Strapi\'s error envelope', async () => {
    const response = await http(strapi).get('/api/members').expect(403);
    expect(response.body).toEqual({
      data: null,
      error: expect.objectContaining({ status: 403, name: 'ForbiddenError', message: expect.any(String) }),
    });
  });
});

describe('application boot with a bad configuration', () => {
  afterEach(() => {
    delete process.env.QUERY_PARSER;
  });

  it('stops with a message naming the invalid plugin setting', async () => {
    process.env.QUERY_PARSER = 'magic';
    await expect(bootStrapi()).rejects.toThrow(/Invalid "community-search" plugin config[\s\S]*queryParser/);
  });
});
