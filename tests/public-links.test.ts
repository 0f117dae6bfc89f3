import path from 'node:path';
import { randomBytes } from 'node:crypto';

import { createStrapi, type Core } from '@strapi/strapi';

import { createApiToken, randomMobile } from './helpers/fixtures';
import { bootStrapi, http, stopStrapi } from './helpers/strapi';

/**
 * With PUBLIC_URL unset (development and these tests), links shown to people are built from the
 * origin the request came in on, never a `localhost:1337` guess; production refuses to start without it.
 */
const PASSWORD = 'Links-Test-Passw0rd';
const HOST = 'directory.test:8080';

let strapi: Core.Strapi;
let platformToken: string;
let adminJwt: string;

beforeAll(async () => {
  delete process.env.PUBLIC_URL;
  strapi = await bootStrapi();
  platformToken = await createApiToken(strapi);
  const superAdminRole = await strapi.db.query('admin::role').findOne({ where: { code: 'strapi-super-admin' } });
  const email = `links-${randomBytes(4).toString('hex')}@example.org`;
  await strapi.service('admin::user').create({ email, password: PASSWORD, firstname: 'Links', isActive: true, roles: [superAdminRole.id] });
  adminJwt = (await http(strapi).post('/admin/login').send({ email, password: PASSWORD }).expect(200)).body.data.token as string;
});

afterAll(() => stopStrapi(strapi));

const unique = () => `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
const onboarding = () => ({
  name: 'Links Alumni',
  slug: `links-${unique()}`,
  plan: 'free',
  whatsappNumber: randomMobile(),
  admin: { name: 'Asha Rao', email: `asha-${unique()}@example.org` },
});

describe('links without PUBLIC_URL (development)', () => {
  it('onboarding over REST: the registration link and the import template are on the host the request used', async () => {
    const created = await http(strapi)
      .post('/api/communities')
      .set('Host', HOST)
      .set('Authorization', `Bearer ${platformToken}`)
      .send({ data: onboarding() })
      .expect(201);
    expect(created.body.meta.admin.registrationUrl).toMatch(new RegExp(`^http://${HOST}/admin/auth/register\\?registrationToken=\\w+$`));
    expect(created.body.meta.importTemplateUrl).toBe(`http://${HOST}/api/members/import/template`);
  });

  it('onboarding from the admin panel and the WhatsApp webhook URLs use the same host', async () => {
    const created = await http(strapi)
      .post('/community-onboarding/communities')
      .set('Host', HOST)
      .set('Authorization', `Bearer ${adminJwt}`)
      .send({ data: onboarding() })
      .expect(201);
    expect(created.body.meta.admin.registrationUrl).toMatch(new RegExp(`^http://${HOST}/admin/auth/register\\?`));
    expect(created.body.meta.importTemplateUrl).toBe(`http://${HOST}/api/members/import/template`);

    const overview = await http(strapi).get('/whatsapp-bot/overview').set('Host', HOST).set('Authorization', `Bearer ${adminJwt}`).expect(200);
    expect(overview.body.data).toMatchObject({
      webhookUrl: `http://${HOST}/api/whatsapp-bot/webhook`,
      statusCallbackUrl: `http://${HOST}/api/whatsapp-bot/status`,
    });
  });

  it('ignores X-Forwarded-Host/Proto unless the proxy is trusted, and honours them when it is', async () => {
    const forwarded = () =>
      http(strapi)
        .post('/api/communities')
        .set('Host', HOST)
        .set('X-Forwarded-Host', 'members.example.org')
        .set('X-Forwarded-Proto', 'https')
        .set('Authorization', `Bearer ${platformToken}`)
        .send({ data: onboarding() })
        .expect(201);
    expect((await forwarded()).body.meta.importTemplateUrl).toBe(`http://${HOST}/api/members/import/template`);

    // TRUST_PROXY=true is Strapi's server.proxy.koa, which Strapi hands to Koa as app.proxy at start-up;
    // flipping it here stands for a second boot with TRUST_PROXY=true.
    const app = strapi.server.app as { proxy: boolean };
    app.proxy = true;
    try {
      const behindProxy = await forwarded();
      expect(behindProxy.body.meta.importTemplateUrl).toBe('https://members.example.org/api/members/import/template');
      expect(behindProxy.body.meta.admin.registrationUrl).toMatch(/^https:\/\/members\.example\.org\/admin\/auth\/register\?/);
    } finally {
      app.proxy = false;
    }
  });
});

describe('production start-up', () => {
  const appDir = path.resolve(__dirname, '..');
  const saved = { NODE_ENV: process.env.NODE_ENV, PUBLIC_URL: process.env.PUBLIC_URL };
  afterEach(() => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it('refuses to start without PUBLIC_URL, naming the variable', () => {
    process.env.NODE_ENV = 'production';
    delete process.env.PUBLIC_URL;
    expect(() => createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false })).toThrow(
      /Refusing to start in production without PUBLIC_URL/
    );
  });
});
