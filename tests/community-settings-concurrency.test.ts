import { randomBytes } from 'node:crypto';

import type { Core } from '@strapi/strapi';

import { createCommunity, type CommunityFixture } from './helpers/fixtures';
import { bootStrapi, http, stopStrapi } from './helpers/strapi';

const PASSWORD = 'Settings-Race-1';

/**
 * A community's `settings` holds keys of two plugins: the search synonyms and the WhatsApp bot's
 * settings. Saving both at the same moment keeps both: neither save overwrites the other's keys.
 */
describe('community settings saved at the same time by two admin pages', () => {
  let strapi: Core.Strapi;
  let token: string;
  let community: CommunityFixture;

  beforeAll(async () => {
    strapi = await bootStrapi();
    community = await createCommunity(strapi, { name: `Race Club ${randomBytes(2).toString('hex')}` });
    const superAdminRole = await strapi.db.query('admin::role').findOne({ where: { code: 'strapi-super-admin' } });
    const email = `race-${randomBytes(4).toString('hex')}@example.org`;
    await strapi.service('admin::user').create({ email, password: PASSWORD, firstname: 'Race', isActive: true, roles: [superAdminRole.id] });
    token = (await http(strapi).post('/admin/login').send({ email, password: PASSWORD }).expect(200)).body.data.token;
  });

  afterAll(() => stopStrapi(strapi));

  it('keeps the synonyms and the WhatsApp greeting when both are saved concurrently', async () => {
    for (let round = 1; round <= 8; round += 1) {
      await Promise.all([
        http(strapi)
          .put('/community-search/synonyms')
          .query({ community: community.id })
          .set('Authorization', `Bearer ${token}`)
          .send({ synonyms: [{ term: `term ${round}`, canonical: ['Accounting'] }] })
          .expect(200),
        http(strapi)
          .put(`/whatsapp-bot/settings?communityId=${community.id}`)
          .set('Authorization', `Bearer ${token}`)
          .send({ greeting: `Hello from round ${round}` })
          .expect(200),
      ]);
      const { settings } = await strapi.db.query('api::community.community').findOne({ select: ['settings'], where: { id: community.id } });
      expect({ round, synonyms: settings.synonyms, greeting: settings.whatsappGreeting }).toEqual({
        round,
        synonyms: [{ term: `term ${round}`, canonical: ['Accounting'] }],
        greeting: `Hello from round ${round}`,
      });
    }
  });
});
