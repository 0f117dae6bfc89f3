import { randomBytes } from 'node:crypto';

import type { Core } from '@strapi/strapi';

import { bootStrapi, http, stopStrapi } from './helpers/strapi';

const PASSWORD = 'Onboard-Test-Passw0rd';

/** The admin panel's "New community" screen: the same onboarding, for super admins only. */
describe('onboarding from the admin panel', () => {
  let strapi: Core.Strapi;
  let superToken: string;
  let communityAdminToken: string;
  const unique = () => randomBytes(4).toString('hex');

  const adminToken = async (roleId: number) => {
    const email = `onboard-${unique()}@example.org`;
    await strapi.service('admin::user').create({ email, password: PASSWORD, firstname: 'On', isActive: true, roles: [roleId] });
    return (await http(strapi).post('/admin/login').send({ email, password: PASSWORD }).expect(200)).body.data.token as string;
  };

  beforeAll(async () => {
    strapi = await bootStrapi();
    const superAdminRole = await strapi.db.query('admin::role').findOne({ where: { code: 'strapi-super-admin' } });
    superToken = await adminToken(superAdminRole.id);
    const roleId = await (strapi.service('api::community.community-admins') as unknown as { findOrCreateRole(): Promise<number> }).findOrCreateRole();
    communityAdminToken = await adminToken(roleId);
  });

  afterAll(() => stopStrapi(strapi));

  it('lists the plans and creates a community with its invited admin', async () => {
    const plans = await http(strapi).get('/community-onboarding/plans').set('Authorization', `Bearer ${superToken}`).expect(200);
    expect((plans.body.data as Array<{ id: string }>).map((plan) => plan.id)).toEqual(['free', 'basic', 'pro', 'enterprise']);

    const slug = `panel-${unique()}`;
    const email = `new-admin-${unique()}@example.org`;
    const created = await http(strapi)
      .post('/community-onboarding/communities')
      .set('Authorization', `Bearer ${superToken}`)
      .send({ data: { name: 'Panel Made Alumni', slug, plan: 'basic', admin: { name: 'Lata Menon', email } } })
      .expect(201);
    expect(created.body.data).toMatchObject({ slug, plan: 'basic', memberLimit: 100, searchLimitPerMonth: 2000 });
    expect(created.body.meta.admin).toMatchObject({ email, existingAccount: false, invitationEmail: 'not-configured' });
    expect(created.body.meta.admin.registrationUrl).toMatch(/registrationToken=/);
    expect(created.body.meta.apiToken.accessKey).toEqual(expect.any(String));
    expect(created.body.meta.importTemplateUrl).toMatch(/\/api\/members\/import\/template$/);

    const again = await http(strapi)
      .post('/community-onboarding/communities')
      .set('Authorization', `Bearer ${superToken}`)
      .send({ data: { name: 'Panel Made Alumni', slug, plan: 'basic', admin: { name: 'Lata Menon', email } } })
      .expect(400);
    expect(again.body.error.details.errors[0].path).toEqual(['slug']);
  });

  it('answers bad input with field errors', async () => {
    const response = await http(strapi)
      .post('/community-onboarding/communities')
      .set('Authorization', `Bearer ${superToken}`)
      .send({ data: { name: 'X', slug: 'Not A Slug', plan: 'gold', admin: { name: '', email: 'nope' } } })
      .expect(400);
    const paths = (response.body.error.details.errors as Array<{ path: string[] }>).map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['name', 'slug', 'plan', 'admin.email']));
  });

  it('is refused to community admins and to anyone not signed in', async () => {
    await http(strapi)
      .post('/community-onboarding/communities')
      .set('Authorization', `Bearer ${communityAdminToken}`)
      .send({ data: { name: 'Sneaky', slug: `sneaky-${unique()}`, admin: { name: 'S', email: `s-${unique()}@example.org` } } })
      .expect(403);
    await http(strapi).get('/community-onboarding/plans').set('Authorization', `Bearer ${communityAdminToken}`).expect(403);
    await http(strapi).get('/community-onboarding/plans').expect(401);
  });
});
