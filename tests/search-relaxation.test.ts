/**
 * Issue 19: when the filters leave nobody, search keeps what the user stated outright (place,
 * batch, employer) as long as it can, and says in the answer what it relaxed.
 */
import type { Core } from '@strapi/strapi';

import { demoCsvPath, loadCommunityFromCsv } from '../src/lib/demo-seed';
import { createApiToken } from './helpers/fixtures';
import { bootStrapi, http, stopStrapi } from './helpers/strapi';

type Hit = { documentId: string; name: string; city: string; designation: string; skills: string[] };

describe('relaxing a search that finds nobody (demo community)', () => {
  let strapi: Core.Strapi;
  let token: string;
  const slug = `relax-${Date.now()}`;

  const search = (q: string) =>
    http(strapi)
      .get(`/api/community-search/search?q=${encodeURIComponent(q)}`)
      .set('Authorization', `Bearer ${token}`)
      .set('X-Community', slug);

  beforeAll(async () => {
    strapi = await bootStrapi();
    token = await createApiToken(strapi);
    await loadCommunityFromCsv(strapi, demoCsvPath(strapi.dirs.app.root), { name: 'Relaxation sample', slug, plan: 'pro' });
    await strapi.plugin('community-search').service('indexer').flush();
  });

  afterAll(async () => {
    await stopStrapi(strapi);
  });

  it('keeps the place: "engineers in Chennai" finds Chennai members close to engineering, and says the title was relaxed', async () => {
    // No Software Engineer lives in Chennai; the only one in the demo lives in Kolkata.
    const response = await search('engineers in Chennai').expect(200);
    const hits: Hit[] = response.body.data;
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(hit.city).toBe('Chennai');
    expect(response.body.meta.relaxed).toEqual(['designation']);
    expect(response.body.meta.noCloseMatch).toBe(false);
    expect(response.body.meta.relaxedExplanation).toBe('No exact match for "engineers" in Chennai; closest matches in Chennai.');
  });

  it('drops the place only when nobody there is close, and says so: "nobody in Dubai; nearest matches elsewhere"', async () => {
    const response = await search('dermatologists in Dubai').expect(200);
    const hits: Hit[] = response.body.data;
    expect(hits.length).toBeGreaterThan(0);
    expect(response.body.meta.relaxed).toEqual(['city']);
    expect(response.body.meta.noCloseMatch).toBe(true);
    expect(response.body.meta.relaxedExplanation).toBe('Nobody in Dubai; nearest matches elsewhere.');
    for (const hit of hits) expect(hit.city).not.toBe('Dubai');
  });

  it('answers "no close match" for a profession nobody has, instead of unrelated people', async () => {
    // "surgeon" alone would list the community's surgeons; nobody in it is a vet.
    for (const q of ['veterinary surgeon for my dog', 'dentists in Chennai']) {
      const response = await search(q).expect(200);
      expect(response.body.data).toEqual([]);
      expect(response.body.meta.noCloseMatch).toBe(true);
    }
  });

  it('says nothing was relaxed when the filters find people', async () => {
    const response = await search('doctors in Chennai').expect(200);
    expect(response.body.data.length).toBeGreaterThan(0);
    expect(response.body.meta.relaxed).toEqual([]);
    expect(response.body.meta.relaxedExplanation).toBeUndefined();
  });
});
