import { randomBytes } from 'node:crypto';

import type { Core } from '@strapi/strapi';

import { applyAdminLayouts } from '../src/lib/admin-layouts';
import { grantPluginActions } from '../src/lib/admin-rbac/plugin-grants';
import { COMMUNITY_ADMIN_PLUGIN_ACTIONS } from '../src/lib/admin-rbac/constants';
import { startFakeChatServer, type FakeChatServer } from './fakes/openai-chat-server';
import { createApiToken, createCommunity, createMember, randomMobile, type CommunityFixture } from './helpers/fixtures';
import { bootStrapi, http, stopStrapi } from './helpers/strapi';

const PASSWORD = 'Search-Admin-Passw0rd';
const COMMUNITY_UID = 'api::community.community';
const MEMBER_UID = 'api::member.member';
const LOG_TABLE = 'community_search_log';

type Admin = { id: number; email: string; token: string };

describe('community-search admin routes', () => {
  let strapi: Core.Strapi;
  let a: CommunityFixture;
  let b: CommunityFixture;
  let apiToken: string;
  let superAdmin: Admin;
  let aAdmin: Admin;
  let bAdmin: Admin;
  let editor: Admin;
  let chat: FakeChatServer;

  const login = async (email: string) => {
    const response = await http(strapi).post('/admin/login').send({ email, password: PASSWORD }).expect(200);
    return response.body.data.token as string;
  };
  const createAdmin = async (roles: number[]): Promise<Admin> => {
    const email = `search-admin-${randomBytes(4).toString('hex')}@example.org`;
    const user = (await strapi.service('admin::user').create({ email, password: PASSWORD, firstname: 'Search', isActive: true, roles })) as { id: number };
    return { id: user.id, email, token: await login(email) };
  };
  const as = (admin: Admin, method: 'get' | 'post' | 'put' | 'delete', url: string) =>
    http(strapi)[method](url).set('Authorization', `Bearer ${admin.token}`);
  const search = (community: CommunityFixture, q: string) =>
    http(strapi)
      .get('/api/community-search/search')
      .query({ q })
      .set('Authorization', `Bearer ${apiToken}`)
      .set('X-Community', community.slug)
      .expect(200);
  const logCount = async (communityId: number) => Number(((await strapi.db.connection(LOG_TABLE).where('community_id', communityId).count('* as n').first()) as { n: string }).n);
  const waitFor = async (check: () => Promise<boolean>, timeoutMs = 15_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error('timed out');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const plugin = () => strapi.plugin('community-search');

  beforeAll(async () => {
    strapi = await bootStrapi();
    chat = await startFakeChatServer();
    apiToken = await createApiToken(strapi);
    a = await createCommunity(strapi, { plan: 'free' });
    b = await createCommunity(strapi, { plan: 'free' });
    await createMember(strapi, a, { name: 'Asha Accountant', skills: ['Accounting'], city: 'Chennai' });
    await createMember(strapi, a, { name: 'Hidden Harini', skills: ['Law'], directoryVisible: false });
    await createMember(strapi, a, { name: 'Ravi Realtor', skills: ['Real Estate'], city: 'Pune' });
    await createMember(strapi, a, { name: 'Gone Gopal', skills: ['Law'], isActive: false });
    await createMember(strapi, b, { name: 'Bala B', skills: ['Accounting'] });
    // Three active of three allowed, four of five searches: both past the 80% warning.
    await strapi.db.query(COMMUNITY_UID).update({ where: { id: a.id }, data: { memberLimit: 3, searchLimitPerMonth: 5 } });
    await plugin().service('indexer').flush();

    const roleId = (await (strapi.service('api::community.community-admins') as unknown as { findOrCreateRole(): Promise<number> }).findOrCreateRole());
    aAdmin = await createAdmin([roleId]);
    bAdmin = await createAdmin([roleId]);
    const admins = strapi.service('api::community.community-admins') as unknown as { link(c: string, id: number): Promise<void> };
    await admins.link(a.documentId, aAdmin.id);
    await admins.link(b.documentId, bAdmin.id);
    const superRole = (await strapi.service('admin::role').getSuperAdmin()) as { id: number };
    superAdmin = await createAdmin([superRole.id]);
    const editorRole = (await strapi.db.query('admin::role').findOne({ where: { code: 'strapi-editor' } })) as { id: number };
    editor = await createAdmin([editorRole.id]);

    await search(a, 'accountant in Chennai');
    await search(a, 'xyzzy quux flibbertigibbet');
    await search(a, '=HYPERLINK("http://evil.example")');
    await search(a, 'Accountant in chennai ');
    await search(b, 'accounting');
    await waitFor(async () => (await logCount(a.id)) === 4 && (await logCount(b.id)) === 1);
  });

  afterAll(async () => {
    await chat?.close();
    await stopStrapi(strapi);
  });

  describe('access', () => {
    it('registers the plugin actions and grants the Community Admin role all but the global settings', async () => {
      const { actionProvider } = strapi.service('admin::permission') as unknown as { actionProvider: { has(id: string): boolean } };
      for (const action of [...COMMUNITY_ADMIN_PLUGIN_ACTIONS, 'plugin::community-search.settings.update']) {
        expect(actionProvider.has(action)).toBe(true);
      }
      const role = (await strapi.db.query('admin::role').findOne({ where: { code: 'community-admin' } })) as { id: number };
      const held = ((await strapi.db.query('admin::permission').findMany({ where: { role: { id: role.id } } })) as Array<{ action: string }>).map(
        (permission) => permission.action
      );
      expect(held).toEqual(expect.arrayContaining([...COMMUNITY_ADMIN_PLUGIN_ACTIONS]));
      expect(held).not.toContain('plugin::community-search.settings.update');

      // What every start does: permissions of actions nobody registered are deleted. Ours are
      // registered before that runs, so the grants survive restarts.
      await (strapi.service('admin::permission') as unknown as { cleanPermissionsInDatabase(): Promise<void> }).cleanPermissionsInDatabase();
      const after = ((await strapi.db.query('admin::permission').findMany({ where: { role: { id: role.id } } })) as Array<{ action: string }>).map(
        (permission) => permission.action
      );
      expect(after).toEqual(expect.arrayContaining([...COMMUNITY_ADMIN_PLUGIN_ACTIONS]));
    });

    it('grants each action once: one a super admin removed stays removed', async () => {
      const role = (await strapi.db.query('admin::role').findOne({ where: { code: 'community-admin' } })) as { id: number };
      const action = 'plugin::community-search.analytics.export';
      await strapi.db.query('admin::permission').deleteMany({ where: { role: { id: role.id }, action } });
      await grantPluginActions(strapi);
      expect(await strapi.db.query('admin::permission').count({ where: { role: { id: role.id }, action } })).toBe(0);
      // Put back for the export tests below (as a super admin would in Settings → Roles).
      await (strapi.service('admin::role') as unknown as { addPermissions(id: number, p: unknown[]): Promise<unknown> }).addPermissions(role.id, [
        { action, subject: null, properties: {}, conditions: [] },
      ]);
    });

    it('refuses requests without an admin session, and admins whose role lacks the action', async () => {
      await http(strapi).get('/community-search/dashboard/members').expect(401);
      await as(editor, 'get', '/community-search/dashboard/members').expect(403);
      await as(editor, 'get', '/community-search/analytics').expect(403);
      await as(editor, 'get', '/community-search/admin/communities').expect(403);
      await as(editor, 'post', '/community-search/test-query').send({ community: a.id, q: 'x' }).expect(403);
      await as(editor, 'post', '/community-search/members/import').query({ community: a.id }).expect(403);
    });

    it('lists only the communities an admin manages; a super admin sees all', async () => {
      const mine = await as(aAdmin, 'get', '/community-search/admin/communities').expect(200);
      expect(mine.body.data.map((row: { id: number }) => row.id)).toEqual([a.id]);
      expect(mine.body.meta).toEqual({ total: 1, isSuperAdmin: false });
      const all = await as(superAdmin, 'get', '/community-search/admin/communities').expect(200);
      expect(all.body.data.map((row: { id: number }) => row.id)).toEqual(expect.arrayContaining([a.id, b.id]));
      expect(all.body.meta.isSuperAdmin).toBe(true);
    });
  });

  describe('homepage widgets', () => {
    it('counts active and hidden members against the member limit, with the 80% warning', async () => {
      const response = await as(aAdmin, 'get', '/community-search/dashboard/members').expect(200);
      expect(response.body.data.totals).toEqual({ active: 3, hidden: 1 });
      expect(response.body.data.communities).toEqual([
        expect.objectContaining({ id: a.id, active: 3, hidden: 1, used: 3, limit: 3, warning: true }),
      ]);
      const other = await as(bAdmin, 'get', '/community-search/dashboard/members').expect(200);
      expect(other.body.data.communities).toEqual([expect.objectContaining({ id: b.id, active: 1, hidden: 0, limit: 50, warning: false })]);
    });

    it('counts searches today and this month against the quota', async () => {
      const response = await as(aAdmin, 'get', '/community-search/dashboard/searches').query({ tz: 330 }).expect(200);
      expect(response.body.data.totals).toEqual({ today: 4, month: 4 });
      expect(response.body.data.communities).toEqual([expect.objectContaining({ id: a.id, today: 4, used: 4, limit: 5, warning: true })]);
      await as(aAdmin, 'get', '/community-search/dashboard/searches').query({ tz: 'soon' }).expect(400);
    });

    it('reports the zero-result rate of the last 7 days with the queries that found nobody', async () => {
      const response = await as(aAdmin, 'get', '/community-search/dashboard/zero-results').expect(200);
      const { searches, zeroResults, rate, topZeroQueries } = response.body.data;
      expect(searches).toBe(4);
      expect(zeroResults).toBeGreaterThanOrEqual(1);
      expect(rate).toBeCloseTo(zeroResults / 4);
      expect(topZeroQueries.map((row: { query: string }) => row.query)).toContain('xyzzy quux flibbertigibbet');
    });
  });

  describe('search analytics', () => {
    it('summarises volume, queries, parsers, latency and channels for one community', async () => {
      const response = await as(aAdmin, 'get', '/community-search/analytics').query({ community: a.id, tz: 0 }).expect(200);
      const data = response.body.data;
      expect(data.totals.searches).toBe(4);
      expect(data.volume).toHaveLength(30);
      expect(data.volume.at(-1)).toEqual(expect.objectContaining({ day: new Date().toISOString().slice(0, 10), searches: 4 }));
      // Queries typed differently but meaning the same count as one.
      expect(data.topQueries[0]).toEqual(expect.objectContaining({ query: 'accountant in chennai', searches: 2 }));
      expect(data.zeroResultQueries.map((row: { query: string }) => row.query)).toContain('xyzzy quux flibbertigibbet');
      expect(data.parsers).toEqual([expect.objectContaining({ parser: 'rules', searches: 4 })]);
      expect(data.parsers[0].avgLatencyMs).toEqual(expect.any(Number));
      expect(data.channels).toEqual([
        { channel: 'api', searches: 4 },
        { channel: 'whatsapp', searches: 0 },
      ]);
    });

    it('suggests a synonym beside a query that found nobody only where one vocabulary applies (issue 19 §3)', async () => {
      const one = await as(aAdmin, 'get', '/community-search/analytics').query({ community: a.id, tz: 0 }).expect(200);
      const nonsense = one.body.data.zeroResultQueries.find((row: { query: string }) => row.query === 'xyzzy quux flibbertigibbet');
      // No value of the community is spelled anything like these words: nothing to suggest.
      expect(nonsense).toEqual(expect.objectContaining({ suggestedSynonym: null }));
      const all = await as(superAdmin, 'get', '/community-search/analytics').query({ tz: 0 }).expect(200);
      for (const row of all.body.data.zeroResultQueries) expect(row.suggestedSynonym).toBeNull();
    });

    it("never shows another community's searches", async () => {
      const refused = await as(aAdmin, 'get', '/community-search/analytics').query({ community: b.id }).expect(404);
      expect(refused.body.error.message).toMatch(/not found among the communities you manage/);
      const mine = await as(aAdmin, 'get', '/community-search/analytics').expect(200);
      expect(mine.body.data.totals.searches).toBe(4);
      await as(aAdmin, 'get', '/community-search/analytics/export').query({ community: b.id }).expect(404);
    });

    it('validates the range', async () => {
      await as(aAdmin, 'get', '/community-search/analytics').query({ from: '2026-02-30' }).expect(400);
      await as(aAdmin, 'get', '/community-search/analytics').query({ from: '2026-03-02', to: '2026-03-01' }).expect(400);
      await as(aAdmin, 'get', '/community-search/analytics').query({ community: a.id, sort: 'x' }).expect(400);
    });

    it('exports the log as CSV with formula-like queries escaped', async () => {
      const response = await as(aAdmin, 'get', '/community-search/analytics/export').query({ community: a.id }).buffer(true).parse((res, done) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        res.on('end', () => done(null, text));
      }).expect(200);
      expect(response.headers['content-type']).toMatch(/text\/csv/);
      expect(response.headers['content-disposition']).toContain(`search-log-${a.slug}`);
      const lines = (response.body as string).trim().split('\n');
      expect(lines[0]).toBe('time,community,channel,query,parser,results,zero_result,latency_ms');
      expect(lines).toHaveLength(5);
      expect(lines.every((line, index) => index === 0 || line.includes(`,${a.slug},api,`))).toBe(true);
      expect(response.body).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
      expect(response.body).not.toContain(',accounting,');
    });
  });

  describe('synonyms and test queries', () => {
    it('a community admin adds a synonym and the test query reads it at once, without logging or counting it', async () => {
      const before = await as(aAdmin, 'post', '/community-search/test-query').send({ community: a.id, q: 'numbers wizard' }).expect(200);
      expect(before.body.meta.parsed.filters.skills ?? []).not.toContain('Accounting');
      const logged = await logCount(a.id);

      await as(aAdmin, 'put', '/community-search/synonyms')
        .query({ community: a.id })
        .send({ synonyms: [{ term: 'numbers wizard', canonical: ['Accounting'] }] })
        .expect(200);
      const listed = await as(aAdmin, 'get', '/community-search/synonyms').query({ community: a.id }).expect(200);
      expect(listed.body.data).toEqual([{ term: 'numbers wizard', canonical: ['Accounting'] }]);

      const after = await as(aAdmin, 'post', '/community-search/test-query').send({ community: a.id, q: 'numbers wizard' }).expect(200);
      expect(after.body.meta.parsed.filters.skills).toContain('Accounting');
      expect(after.body.data.map((hit: { name: string }) => hit.name)).toEqual(['Asha Accountant']);
      expect(after.body.data[0]).not.toHaveProperty('phone');
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await logCount(a.id)).toBe(logged);
      const usage = await as(aAdmin, 'get', '/community-search/dashboard/searches').expect(200);
      expect(usage.body.data.totals.month).toBe(4);
    });

    it('keeps the community\'s other settings and refuses duplicates and bad rows', async () => {
      await strapi.db.query(COMMUNITY_UID).update({ where: { id: a.id }, data: { settings: { greeting: 'Hello', synonyms: [] } } });
      await as(aAdmin, 'put', '/community-search/synonyms')
        .query({ community: a.id })
        .send({ synonyms: [{ term: 'bean counter', canonical: ['Accounting'] }] })
        .expect(200);
      const stored = (await strapi.db.query(COMMUNITY_UID).findOne({ where: { id: a.id } })) as { settings: Record<string, unknown> };
      expect(stored.settings).toEqual({ greeting: 'Hello', synonyms: [{ term: 'bean counter', canonical: ['Accounting'] }] });

      const duplicate = await as(aAdmin, 'put', '/community-search/synonyms')
        .query({ community: a.id })
        .send({ synonyms: [{ term: 'CA', canonical: ['Accounting'] }, { term: 'ca', canonical: ['Audit'] }] })
        .expect(400);
      expect(duplicate.body.error.message).toMatch(/listed twice/);
      const empty = await as(aAdmin, 'put', '/community-search/synonyms').query({ community: a.id }).send({ synonyms: [{ term: '', canonical: [] }] }).expect(400);
      expect(empty.body.error.details.errors.map((error: { path: string[] }) => error.path.join('.'))).toEqual(
        expect.arrayContaining(['synonyms.0.term', 'synonyms.0.canonical'])
      );
    });

    it("refuses another community's synonyms and test queries", async () => {
      await as(aAdmin, 'put', '/community-search/synonyms').query({ community: b.id }).send({ synonyms: [] }).expect(404);
      await as(aAdmin, 'get', '/community-search/synonyms').query({ community: b.id }).expect(404);
      await as(aAdmin, 'post', '/community-search/test-query').send({ community: b.id, q: 'accounting' }).expect(404);
      const stored = (await strapi.db.query(COMMUNITY_UID).findOne({ where: { id: b.id } })) as { settings: unknown };
      expect(stored.settings ?? null).toBeNull();
    });
  });

  describe('parser and embedding settings', () => {
    afterEach(async () => {
      await plugin().service('runtime-settings').reset();
      strapi.config.set('plugin::community-search.llm.apiKey', undefined);
      strapi.config.set('plugin::community-search.llm.baseUrl', undefined);
    });

    const llmSettings = (baseUrl: string) => ({
      queryParser: 'llm',
      llm: { baseUrl, model: 'fake-model', temperature: 0, timeoutMs: 2000 },
      embeddingsProvider: 'local',
      embeddings: { baseUrl: null, model: null, dimensions: null },
    });

    it('only super admins change them; community admins see what runs', async () => {
      const seen = await as(aAdmin, 'get', '/community-search/settings').expect(200);
      expect(seen.body.data).toEqual({ active: expect.objectContaining({ queryParser: 'rules', embeddingProvider: 'local' }), canEdit: false });
      await as(aAdmin, 'put', '/community-search/settings').send(llmSettings(chat.baseUrl)).expect(403);
      await as(aAdmin, 'delete', '/community-search/settings').expect(403);

      // Even a role given the action cannot: the global settings are for super admins.
      const roles = strapi.service('admin::role') as unknown as {
        create(attributes: Record<string, string>): Promise<{ id: number }>;
        addPermissions(id: number, permissions: unknown[]): Promise<unknown>;
      };
      const role = await roles.create({ name: `Settings ${randomBytes(3).toString('hex')}`, code: `settings-${randomBytes(3).toString('hex')}`, description: 'test' });
      await roles.addPermissions(role.id, [
        { action: 'plugin::community-search.settings.update', subject: null, properties: {}, conditions: [] },
      ]);
      const delegated = await createAdmin([role.id]);
      const refused = await as(delegated, 'put', '/community-search/settings').send(llmSettings(chat.baseUrl)).expect(403);
      expect(refused.body.error).toEqual(expect.objectContaining({ name: 'ForbiddenError', message: expect.stringMatching(/Only a super admin/) }));
      await as(delegated, 'delete', '/community-search/settings').expect(403);
      expect(plugin().service('runtime-settings').current().source).toBe('config');
    });

    it('switches the query parser without a restart, and back', async () => {
      const saved = await as(superAdmin, 'put', '/community-search/settings').send(llmSettings(chat.baseUrl)).expect(200);
      expect(saved.body.data.settings).toEqual(expect.objectContaining({ queryParser: 'llm', source: 'admin' }));
      expect(saved.body.data.active.queryParser).toBe('llm');
      chat.reply({ content: JSON.stringify({ filters: { city: ['Pune'] }, text: '' }) });
      const tried = await as(superAdmin, 'post', '/community-search/test-query').send({ community: a.id, q: 'someone in the city of Pune' }).expect(200);
      expect(tried.body.meta.parsed.parser).toBe('llm');
      expect(tried.body.data.map((hit: { name: string }) => hit.name)).toEqual(['Ravi Realtor']);
      expect(chat.requests.at(-1)?.model).toBe('fake-model');

      const reset = await as(superAdmin, 'delete', '/community-search/settings').expect(200);
      expect(reset.body.data.settings.source).toBe('config');
      const rules = await as(superAdmin, 'post', '/community-search/test-query').send({ community: a.id, q: 'in Pune' }).expect(200);
      expect(rules.body.meta.parsed.parser).toBe('rules');
    });

    it('shows keys masked and sends them only to the host configured with them', async () => {
      strapi.config.set('plugin::community-search.llm.apiKey', 'sk-test-0123456789abcd');
      strapi.config.set('plugin::community-search.llm.baseUrl', 'https://llm.example.org/v1');
      const described = await as(superAdmin, 'get', '/community-search/settings').expect(200);
      expect(JSON.stringify(described.body)).not.toContain('sk-test-0123456789abcd');
      expect(described.body.data.secrets.llmApiKey).toEqual(
        expect.objectContaining({ variable: 'LLM_API_KEY', masked: '••••abcd', sentTo: 'https://llm.example.org/v1' })
      );
      await as(superAdmin, 'put', '/community-search/settings').send(llmSettings(chat.baseUrl)).expect(200);
      expect(plugin().service('runtime-settings').effective().llm.apiKey).toBeUndefined();
      await as(superAdmin, 'put', '/community-search/settings').send(llmSettings('https://llm.example.org/v2')).expect(200);
      expect(plugin().service('runtime-settings').effective().llm.apiKey).toBe('sk-test-0123456789abcd');
    });

    it('refuses invalid settings and an embedder that does not answer, saving nothing', async () => {
      const missing = await as(superAdmin, 'put', '/community-search/settings')
        .send({ ...llmSettings(chat.baseUrl), llm: { baseUrl: null, model: null, temperature: 0, timeoutMs: 2000 } })
        .expect(400);
      expect(missing.body.error.details.errors.map((error: { path: string[] }) => error.path.join('.'))).toEqual(['llm.baseUrl', 'llm.model']);
      await as(superAdmin, 'put', '/community-search/settings').send({ ...llmSettings(chat.baseUrl), apiKey: 'x' }).expect(400);
      const unreachable = await as(superAdmin, 'put', '/community-search/settings')
        .send({
          queryParser: 'rules',
          llm: { baseUrl: null, model: null, temperature: 0, timeoutMs: 2000 },
          embeddingsProvider: 'openai',
          embeddings: { baseUrl: 'http://127.0.0.1:9/v1', model: 'nothing', dimensions: 64 },
        })
        .expect(400);
      expect(unreachable.body.error.message).toMatch(/nothing was saved/);
      const described = await as(superAdmin, 'get', '/community-search/settings').expect(200);
      expect(described.body.data.settings.source).toBe('config');
      expect(described.body.data.active.embeddingProvider).toBe('local');
    });
  });

  describe('reindex', () => {
    it("rebuilds a community admin's community with progress; all communities only for super admins", async () => {
      const started = await as(aAdmin, 'post', '/community-search/index/reindex').send({ community: a.id }).expect(202);
      expect(started.body.data).toEqual(expect.objectContaining({ scope: a.id, state: 'running' }));
      await waitFor(async () => {
        const status = await as(aAdmin, 'get', '/community-search/index/status').query({ community: a.id }).expect(200);
        return status.body.data.job.state === 'done';
      });
      const status = await as(aAdmin, 'get', '/community-search/index/status').query({ community: a.id }).expect(200);
      expect(status.body.data.job).toEqual(expect.objectContaining({ state: 'done', done: 4, total: 4, indexed: 4 }));
      expect(status.body.data.index).toEqual(expect.objectContaining({ embeddingProvider: 'local' }));
      const refused = await as(aAdmin, 'post', '/community-search/index/reindex').send({}).expect(403);
      expect(refused.body.error.message).toMatch(/super admin/);
      await as(aAdmin, 'post', '/community-search/index/reindex').send({ community: b.id }).expect(404);
      await as(aAdmin, 'get', '/community-search/index/status').query({ community: b.id }).expect(404);
    });
  });

  describe('member import and export', () => {
    it('imports a CSV into the admin\'s community and reports row errors', async () => {
      const phone = randomMobile();
      const csv = `name,phone,city,skills\nNew Nila,${phone},Madurai,Teaching\nBroken Row,not-a-phone,Madurai,\n`;
      // The community is at its member limit: raise it so the good row fits.
      await strapi.db.query(COMMUNITY_UID).update({ where: { id: a.id }, data: { memberLimit: 10 } });
      const response = await as(aAdmin, 'post', '/community-search/members/import')
        .query({ community: a.id, mode: 'upsert' })
        .attach('file', Buffer.from(csv), { filename: 'members.csv', contentType: 'text/csv' })
        .expect(200);
      expect(response.body).toEqual(
        expect.objectContaining({ created: 1, updated: 0, skipped: 1, errors: [expect.objectContaining({ row: 3, field: 'phone' })] })
      );
      const created = (await strapi.db.query(MEMBER_UID).findOne({ where: { phone }, populate: { community: { select: ['id'] } } })) as {
        community: { id: number };
      };
      expect(created.community.id).toBe(a.id);
    });

    it('refuses an import while another import of the community runs (409, before reading the upload), and gives the lock back after a bad file', async () => {
      const securityStore = (strapi.service('api::access.security-store') as unknown as {
        store(): { claim(key: string, ttl: number): Promise<boolean>; take(key: string): Promise<boolean>; get(key: string): Promise<string | null> };
      }).store();
      // An import of community a is running (here or on another instance: the lock is shared).
      expect(await securityStore.claim(`import:${a.id}`, 60)).toBe(true);
      try {
        const started = Date.now();
        const refused = await as(aAdmin, 'post', '/community-search/members/import')
          .query({ community: a.id })
          .attach('file', Buffer.alloc(5 * 1024 * 1024, 'x'), { filename: 'members.csv', contentType: 'text/csv' })
          .expect(409);
        expect(Date.now() - started).toBeLessThan(3000);
        expect(refused.body).toEqual({
          data: null,
          error: {
            status: 409,
            name: 'ConflictError',
            message: 'An import into this community is already running: try again when it has finished',
            details: { reason: 'import-running', progress: null },
          },
        });
      } finally {
        await securityStore.take(`import:${a.id}`);
      }
      await as(aAdmin, 'post', '/community-search/members/import')
        .query({ community: a.id })
        .attach('file', Buffer.from('full_name,mobile\nA,+919840000001\n'), { filename: 'members.csv', contentType: 'text/csv' })
        .expect(400);
      expect(await securityStore.get(`import:${a.id}`)).toBeNull();
    });

    it("refuses another community's import and export, and unknown parameters", async () => {
      const csv = `name,phone\nSneaky,${randomMobile()}\n`;
      await as(aAdmin, 'post', '/community-search/members/import')
        .query({ community: b.id })
        .attach('file', Buffer.from(csv), { filename: 'members.csv', contentType: 'text/csv' })
        .expect(404);
      expect(await strapi.db.query(MEMBER_UID).count({ where: { name: 'Sneaky' } })).toBe(0);
      await as(aAdmin, 'get', '/community-search/members/export').query({ community: b.id }).expect(404);
      await as(aAdmin, 'get', '/community-search/members/export').query({ community: a.id, format: 'xml' }).expect(400);
    });

    it('exports only the community\'s members in the import format', async () => {
      const response = await as(aAdmin, 'get', '/community-search/members/export').query({ community: a.id, format: 'csv' }).buffer(true).parse((res, done) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        res.on('end', () => done(null, text));
      }).expect(200);
      expect(response.headers['content-disposition']).toContain(`${a.slug}-members.csv`);
      expect(response.body).toContain('Asha Accountant');
      expect(response.body).toContain('New Nila');
      expect(response.body).not.toContain('Bala B');
      expect(response.body).not.toContain('Gone Gopal');
    });
  });

  describe('member list in the Content Manager', () => {
    it('shows the useful columns and filters skills without an error', async () => {
      const configuration = await as(superAdmin, 'get', `/content-manager/content-types/${MEMBER_UID}/configuration`).expect(200);
      expect(configuration.body.data.contentType.layouts.list).toEqual(['name', 'city', 'designation', 'organization', 'graduationYear', 'isActive']);
      expect(configuration.body.data.contentType.metadatas.graduationYear.list.label).toBe('Graduation year');
      // As the list view's skills filter sends it.
      const filtered = await as(aAdmin, 'get', `/content-manager/collection-types/${MEMBER_UID}?page=1&pageSize=50&filters[$and][0][skills][$containsi]=accounting`).expect(200);
      expect(filtered.body.results.map((row: { name: string }) => row.name)).toEqual(['Asha Accountant']);
    });

    it('moves databases still on the first default columns to these once, and keeps a list an admin arranged', async () => {
      type Configuration = { layouts: { list: string[] } } & Record<string, unknown>;
      const contentTypes = strapi.plugin('content-manager').service('content-types') as {
        findConfiguration(ct: { uid: string }): Promise<Configuration>;
        updateConfiguration(ct: { uid: string }, configuration: Configuration): Promise<unknown>;
      };
      const marker = { type: 'core' as const, name: 'community-connect', key: 'member-list-columns-v2' };
      const setList = async (list: string[]) => {
        const current = await contentTypes.findConfiguration({ uid: MEMBER_UID });
        await contentTypes.updateConfiguration({ uid: MEMBER_UID }, { ...current, layouts: { ...current.layouts, list } });
      };
      const list = async () => (await contentTypes.findConfiguration({ uid: MEMBER_UID })).layouts.list;
      const current = ['name', 'city', 'designation', 'organization', 'graduationYear', 'isActive'];
      try {
        await setList(['name', 'city', 'organization', 'designation', 'community', 'isActive']);
        await strapi.store.delete(marker);
        await applyAdminLayouts(strapi);
        expect(await list()).toEqual(current);

        await setList(['name', 'phone', 'community']);
        await strapi.store.delete(marker);
        await applyAdminLayouts(strapi);
        expect(await list()).toEqual(['name', 'phone', 'community']);
        await applyAdminLayouts(strapi);
        expect(await list()).toEqual(['name', 'phone', 'community']);
      } finally {
        await setList(current);
      }
    });
  });
});
