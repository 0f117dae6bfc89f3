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
