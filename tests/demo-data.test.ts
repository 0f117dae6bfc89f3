import type { Core } from '@strapi/strapi';

import { demoCsvPath, loadCommunityFromCsv, seedDemoCommunity } from '../src/lib/demo-seed';
import { createApiToken, createCommunity } from './helpers/fixtures';
import { bootStrapi, http, stopStrapi } from './helpers/strapi';

describe('demo data', () => {
  let strapi: Core.Strapi;

  beforeAll(async () => {
    strapi = await bootStrapi();
  });

  afterAll(async () => {
    await stopStrapi(strapi);
  });

  it('loads the shipped sample CSV as a community that can be queried at once', async () => {
    const slug = `demo-copy-${Date.now()}`;
    const result = await loadCommunityFromCsv(strapi, demoCsvPath(strapi.dirs.app.root), { name: 'Demo copy', slug, plan: 'pro' });
    expect(result).toMatchObject({ members: 60, skipped: 0 });

    const token = await createApiToken(strapi);
    const response = await http(strapi)
      .get('/api/members?filters[city][$eq]=Chennai&pagination[pageSize]=100')
      .set('Authorization', `Bearer ${token}`)
      .set('X-Community', slug)
      .expect(200);
    expect(response.body.meta.pagination.total).toBeGreaterThan(0);
    for (const member of response.body.data) expect(member.city).toBe('Chennai');
    const all = await http(strapi).get('/api/members').set('Authorization', `Bearer ${token}`).set('X-Community', slug).expect(200);
    expect(all.body.meta.pagination.total).toBe(60);
  });

  it('never seeds a database that already has communities', async () => {
    await createCommunity(strapi);
    const before = await strapi.db.query('api::member.member').count({});
    const result = await seedDemoCommunity(strapi, demoCsvPath(strapi.dirs.app.root));
    expect(result).toEqual({ created: false });
    expect(await strapi.db.query('api::member.member').count({})).toBe(before);
  });
});
