import fs from 'node:fs';
import path from 'node:path';

import type { Core } from '@strapi/strapi';

import { createApiToken, createCommunity, createMember, randomMobile, type CommunityFixture } from './helpers/fixtures';
import { bootStrapi, http, stopStrapi } from './helpers/strapi';

/** Onboarding a community over REST, and API tokens confined to one community. */
let strapi: Core.Strapi;
let platformToken: string;

beforeAll(async () => {
  strapi = await bootStrapi();
  platformToken = await createApiToken(strapi);
});

afterAll(() => stopStrapi(strapi));

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

const onboard = (data: Record<string, unknown>, token = platformToken) =>
  http(strapi).post('/api/communities').set('Authorization', `Bearer ${token}`).send({ data });

describe('POST /api/communities (onboarding)', () => {
  it('creates the community, invites its first Community Admin and issues a community API token: searchable at once', async () => {
    const slug = `alumni-${unique()}`;
    const email = `Admin-${unique()}@Example.org`;
    const created = await onboard({
      name: 'Guindy Engineering Alumni',
      slug,
      plan: 'pro',
      whatsappNumber: randomMobile(),
      admin: { name: 'Meena Iyer', email, phone: '+91 98400 11122' },
    }).expect(201);

    expect(created.body.data).toMatchObject({ slug, plan: 'pro', memberLimit: 500, searchLimitPerMonth: 10000, accountStatus: 'active' });
    expect(created.body.data).not.toHaveProperty('admins');
    const { admin, apiToken, importTemplateUrl } = created.body.meta;
    expect(admin).toMatchObject({ email: email.toLowerCase(), existingAccount: false });
    // PUBLIC_URL is unset here: links are on the origin the request came in on (tests/public-links.test.ts).
    expect(admin.registrationUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/admin\/auth\/register\?registrationToken=\w+/);
    expect(importTemplateUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/members\/import\/template$/);

    const adminUser = await strapi.db.query('admin::user').findOne({ where: { email: email.toLowerCase() }, populate: ['roles'] });
    expect(adminUser.isActive).toBe(false);
    expect(adminUser.roles.map((role: { code: string }) => role.code)).toEqual(['community-admin']);
    const community = await strapi.db.query('api::community.community').findOne({ where: { slug }, populate: ['admins'] });
    expect(community.admins.map((user: { id: number }) => user.id)).toEqual([adminUser.id]);

    // The community token works without X-Community: create a member, then find them.
    const auth = { Authorization: `Bearer ${apiToken.accessKey}` };
    await http(strapi)
      .post('/api/members')
      .set(auth)
      .send({ data: { name: 'Karthik Subramanian', phone: '+919840022233', city: 'Chennai', skills: ['Machine Learning'] } })
      .expect(201);
    // Indexing runs after the save: wait for the status route to report it done, as a client would.
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      const status = (await http(strapi).get('/api/community-search/status').set(auth).expect(200)).body.data;
      if (status.pending === 0 && status.indexed === 1) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const found = await http(strapi).get('/api/community-search/search').query({ q: 'AI experts in Chennai' }).set(auth).expect(200);
    expect(found.body.data.map((hit: { name: string }) => hit.name)).toContain('Karthik Subramanian');
  });

  it('links an existing admin account instead of inviting it again', async () => {
    const email = `existing-${unique()}@example.org`;
    await onboard({ name: 'First Community', slug: `first-${unique()}`, admin: { name: 'Lakshmi N', email } }).expect(201);
    const second = await onboard({ name: 'Second Community', slug: `second-${unique()}`, admin: { name: 'Lakshmi N', email } }).expect(201);
    expect(second.body.meta.admin).toMatchObject({ existingAccount: true, registrationUrl: null });
    const user = await strapi.db.query('admin::user').findOne({ where: { email } });
    const communities = await strapi.service('api::community.community-admins').communitiesOf(user.id);
    expect(communities).toHaveLength(2);
  });

  it('undoes every step when a later one fails, so a retry invites the admin with a registration link', async () => {
    // Failure injected in the database itself: binding a token to a community whose slug starts
    // with "failing-" is refused, as a dropped connection or a full disk would refuse it.
    const knex = strapi.db.connection;
    await knex.raw(`CREATE OR REPLACE FUNCTION onboarding_test_refuse_bind() RETURNS trigger AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM communities WHERE id = NEW.community_id AND slug LIKE 'failing-%') THEN
          RAISE EXCEPTION 'onboarding test: token binding refused';
        END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`);
    await knex.raw('CREATE TRIGGER onboarding_test_refuse_bind BEFORE INSERT ON community_api_tokens FOR EACH ROW EXECUTE FUNCTION onboarding_test_refuse_bind()');
    const slug = `failing-${unique()}`;
    const email = `retry-${unique()}@example.org`;
    const data = { name: 'Retried Alumni', slug, admin: { name: 'Ravi Kumar', email } };
    try {
      const failed = await onboard(data);
      expect(failed.status).toBe(500);
      expect(failed.body).toMatchObject({ data: null, error: { status: 500 } });
      expect(JSON.stringify(failed.body)).not.toMatch(/token binding refused/);
      // Nothing of the attempt is left: no community, no admin account, no token.
      expect(await strapi.db.query('api::community.community').findOne({ where: { slug } })).toBeNull();
      expect(await strapi.db.query('admin::user').findOne({ where: { email } })).toBeNull();
      expect(await strapi.db.query('admin::api-token').count({ where: { name: { $startsWith: `${slug} ` } } })).toBe(0);
    } finally {
      await knex.raw('DROP TRIGGER IF EXISTS onboarding_test_refuse_bind ON community_api_tokens');
      await knex.raw('DROP FUNCTION IF EXISTS onboarding_test_refuse_bind()');
    }

    const retried = await onboard(data).expect(201);
    expect(retried.body.meta.admin).toMatchObject({ email, existingAccount: false });
    expect(retried.body.meta.admin.registrationUrl).toMatch(/registrationToken=\w+/);
  });

  it('answers bad input with 400 and field errors: taken slug and WhatsApp number, bad plan, missing admin', async () => {
    const slug = `taken-${unique()}`;
    const whatsappNumber = randomMobile();
    await onboard({ name: 'Taken', slug, whatsappNumber, admin: { name: 'A', email: `a-${unique()}@example.org` } }).expect(201);

    const takenSlug = await onboard({ name: 'Again', slug, admin: { name: 'B', email: `b-${unique()}@example.org` } }).expect(400);
    expect(takenSlug.body.error.details.errors).toEqual([expect.objectContaining({ path: ['slug'] })]);
    const takenNumber = await onboard({
      name: 'Again',
      slug: `other-${unique()}`,
      // The same number written another way is still the same number.
      whatsappNumber: `${whatsappNumber.slice(0, 3)} ${whatsappNumber.slice(3, 8)} ${whatsappNumber.slice(8)}`,
      admin: { name: 'B', email: `b-${unique()}@example.org` },
    }).expect(400);
    expect(takenNumber.body.error.details.errors).toEqual([expect.objectContaining({ path: ['whatsappNumber'] })]);

    const bad = await onboard({ name: 'X', slug: 'Not A Slug', plan: 'gold' }).expect(400);
    const paths = bad.body.error.details.errors.map((error: { path: string[] }) => error.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['name', 'slug', 'plan', 'admin']));
  });

  it('serves the import template in the canonical format', async () => {
    const template = await http(strapi).get('/api/members/import/template').expect(200);
    expect(template.headers['content-type']).toMatch(/text\/csv/);
    const [header] = template.text.split('\n');
    const [canonical] = fs.readFileSync(path.resolve(__dirname, '..', 'database', 'seed', 'demo-community.csv'), 'utf8').split(/\r?\n/);
    expect(header).toBe(canonical);
  });
});

describe('community API tokens', () => {
  let own: CommunityFixture;
  let foreign: CommunityFixture;
  let communityToken: string;

  beforeAll(async () => {
    own = await createCommunity(strapi);
    foreign = await createCommunity(strapi);
    await createMember(strapi, foreign, { name: 'Foreign Member' });
    const issued = await http(strapi)
      .post(`/api/communities/${own.documentId}/api-tokens`)
      .set('Authorization', `Bearer ${platformToken}`)
      .send({ type: 'full-access' })
      .expect(201);
    communityToken = issued.body.data.accessKey;
  });

  it("are refused in another community, whether named by header or URL", async () => {
    const auth = { Authorization: `Bearer ${communityToken}` };
    const byHeader = await http(strapi).get('/api/members').set(auth).set('X-Community', foreign.slug).expect(403);
    expect(byHeader.body.error.message).toMatch(/belongs to another community/);
    await http(strapi).get(`/api/c/${foreign.slug}/members`).set(auth).expect(403);
    await http(strapi).get('/api/community-search/search').query({ q: 'Foreign Member' }).set(auth).set('X-Community', foreign.slug).expect(403);
    await http(strapi).get('/api/members').set(auth).set('X-Community', 'no-such-community').expect(403);
    await http(strapi).get('/api/members').set(auth).set('X-Community', own.slug).expect(200);
  });

  it("reach nothing but their community's members, search and usage: not Strapi's users, uploads or other APIs", async () => {
    const auth = { Authorization: `Bearer ${communityToken}` };
    await http(strapi).get('/api/users').set(auth).expect(403);
    await http(strapi).get('/api/upload/files').set(auth).expect(403);
    await http(strapi).get('/api/members').set(auth).expect(200);
    await http(strapi).get('/api/communities/current/usage').set(auth).expect(200);
    await http(strapi).get('/api/community-search/search').query({ q: 'anyone' }).set(auth).expect(200);
    const readOnly = await http(strapi)
      .post(`/api/communities/${own.documentId}/api-tokens`)
      .set('Authorization', `Bearer ${platformToken}`)
      .send({ type: 'read-only' })
      .expect(201);
    const reader = { Authorization: `Bearer ${readOnly.body.data.accessKey}` };
    await http(strapi).get('/api/members').set(reader).expect(200);
    await http(strapi).post('/api/members').set(reader).send({ data: { name: 'Nope', phone: randomMobile() } }).expect(403);
  });

  it('cannot onboard communities, list them, issue tokens or read the audit log: those are for platform tokens', async () => {
    const auth = { Authorization: `Bearer ${communityToken}` };
    await onboard({ name: 'Sneaky', slug: `sneaky-${unique()}`, admin: { name: 'S', email: `s-${unique()}@example.org` } }, communityToken).expect(403);
    await http(strapi).get('/api/communities').set(auth).expect(403);
    await http(strapi).get(`/api/communities/${foreign.documentId}`).set(auth).expect(403);
    await http(strapi).put(`/api/communities/${own.documentId}`).set(auth).send({ data: { plan: 'enterprise' } }).expect(403);
    await http(strapi).post(`/api/communities/${own.documentId}/api-tokens`).set(auth).send({}).expect(403);
    await http(strapi).get('/api/audit-logs').set(auth).expect(403);
    // A platform token can do all of these.
    await http(strapi).get('/api/communities').set('Authorization', `Bearer ${platformToken}`).expect(200);
    await http(strapi).get('/api/audit-logs').set('Authorization', `Bearer ${platformToken}`).expect(200);
  });
});
