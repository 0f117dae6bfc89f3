import type { Core } from '@strapi/strapi';

import { createApiToken, createCommunity, createMember, loginAsMember, type CommunityFixture } from './helpers/fixtures';
import { bootStrapi, http, stopStrapi } from './helpers/strapi';

/** Members' privacy rights: their data export, erasure on request, and hiding themselves. */
let strapi: Core.Strapi;
let community: CommunityFixture;
let token: string;

beforeAll(async () => {
  strapi = await bootStrapi();
  community = await createCommunity(strapi);
  token = await createApiToken(strapi);
});

afterAll(() => stopStrapi(strapi));

const admin = () => ({ Authorization: `Bearer ${token}`, 'X-Community': community.slug });

const waitForIndex = async (documentId: string, present: boolean) => {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const rows = await strapi.db.connection('community_search_members').where({ document_id: documentId });
    if ((rows.length > 0) === present) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`index row for ${documentId} still ${present ? 'missing' : 'present'}`);
};

describe('GET /api/members/me/export', () => {
  it('gives the member everything held about them: profile, memberships, audit trail and searches', async () => {
    const member = await createMember(strapi, community, { name: 'Export Me', email: 'export.me@example.org' });
    const neighbour = await createMember(strapi, community, { name: 'Nosy Neighbour', city: 'Pune' });
    const { jwt } = await loginAsMember(strapi, member);
    const auth = { Authorization: `Bearer ${jwt}` };
    await http(strapi).patch('/api/members/me').set(auth).send({ data: { city: 'Pune' } }).expect(200);
    await http(strapi).get('/api/community-search/search').query({ q: 'chartered accountants in Pune' }).set(auth).expect(200);

    const response = await http(strapi).get('/api/members/me/export').set(auth).expect(200);
    const data = response.body.data;
    expect(data.memberships).toEqual([
      expect.objectContaining({ documentId: member.documentId, name: 'Export Me', phone: member.phone, email: 'export.me@example.org', city: 'Pune' }),
    ]);
    expect(data.memberships[0].community).toEqual({ slug: community.slug, name: community.name });
    expect(data.account).toMatchObject({ provider: 'phone' });
    expect(data.auditEntries.some((entry: { action: string; changes: Record<string, unknown> }) => entry.action === 'update' && 'city' in entry.changes)).toBe(true);
    const searches = data.searchLog.flatMap((entry: { searches: Array<{ query: string }> }) => entry.searches.map((search) => search.query));
    expect(searches).toContain('chartered accountants in Pune');
    // Nobody else's data: only this member's records.
    expect(JSON.stringify(data)).not.toContain('Nosy Neighbour');
    expect(JSON.stringify(data)).not.toContain(neighbour.phone);
    expect(data.auditEntries[0]).not.toHaveProperty('id');
  });

  it('is for members; API tokens have no own data', async () => {
    await http(strapi).get('/api/members/me/export').set(admin()).expect(403);
  });
});

describe('erasure', () => {
  it('is asked for by the member, listed for admins, and carried out completely by them', async () => {
    const member = await createMember(strapi, community, { name: 'Erase Me', email: 'erase.me@example.org', skills: ['Forensic Audit'] });
    const { jwt } = await loginAsMember(strapi, member);
    const auth = { Authorization: `Bearer ${jwt}` };
    await http(strapi).patch('/api/members/me').set(auth).send({ data: { city: 'Madurai' } }).expect(200);
    await http(strapi).get('/api/community-search/search').query({ q: 'forensic audit' }).set(auth).expect(200);
    await waitForIndex(member.documentId, true);

    const requested = await http(strapi).delete('/api/members/me').set(auth).expect(202);
    expect(requested.body.data).toMatchObject({ status: 'requested' });
    const pending = await http(strapi).get('/api/members/erasure-requests').set(admin()).expect(200);
    expect(pending.body.data.map((row: { documentId: string }) => row.documentId)).toContain(member.documentId);

    const erased = await http(strapi).post(`/api/members/${member.documentId}/erase`).set(admin()).expect(200);
    expect(erased.body.data).toMatchObject({ erased: true, accountRemoved: true });

    expect(await strapi.db.query('api::member.member').findOne({ where: { documentId: member.documentId } })).toBeNull();
    await waitForIndex(member.documentId, false);
    const logRows = await strapi.db.connection('community_search_log').where({ community_id: community.id, query: 'forensic audit' });
    expect(logRows).toHaveLength(0);
    await strapi.service('api::audit-log.audit-log').flush();
    const audit = await strapi.db.query('api::audit-log.audit-log').findMany({ where: { entityDocumentId: member.documentId } });
    expect(audit.length).toBeGreaterThan(0);
    const auditText = JSON.stringify(audit);
    for (const personal of ['Erase Me', 'erase.me', member.phone.slice(-4), 'Madurai']) expect(auditText).not.toContain(personal);
    // Their login is gone too.
    await http(strapi).get('/api/members/me').set(auth).expect(401);
  });

  it('is never carried out without a request, and never across communities', async () => {
    const member = await createMember(strapi, community);
    const refused = await http(strapi).post(`/api/members/${member.documentId}/erase`).set(admin()).expect(400);
    expect(refused.body.error.message).toMatch(/has not asked for erasure/);

    const elsewhere = await createCommunity(strapi);
    const foreign = await createMember(strapi, elsewhere);
    const { jwt } = await loginAsMember(strapi, foreign);
    await http(strapi).delete('/api/members/me').set('Authorization', `Bearer ${jwt}`).expect(202);
    await http(strapi).post(`/api/members/${foreign.documentId}/erase`).set(admin()).expect(404);
    expect(await strapi.db.query('api::member.member').findOne({ where: { documentId: foreign.documentId } })).not.toBeNull();
  });

  it('is refused to members: they can only ask', async () => {
    const member = await createMember(strapi, community);
    const { jwt } = await loginAsMember(strapi, member);
    await http(strapi).delete('/api/members/me').set('Authorization', `Bearer ${jwt}`).expect(202);
    await http(strapi).post(`/api/members/${member.documentId}/erase`).set('Authorization', `Bearer ${jwt}`).expect(403);
    await http(strapi).get('/api/members/erasure-requests').set('Authorization', `Bearer ${jwt}`).expect(403);
  });
});

describe('hiding oneself', () => {
  it('takes effect in search at once: hidden from the directory, contact details for admins only', async () => {
    const hidden = await createMember(strapi, community, { name: 'Zubin Hideaway', skills: ['Arbitration'] });
    const viewer = await createMember(strapi, community);
    const { jwt: hiddenJwt } = await loginAsMember(strapi, hidden);
    const { jwt: viewerJwt } = await loginAsMember(strapi, viewer);
    await waitForIndex(hidden.documentId, true);
    const search = () =>
      http(strapi).get('/api/community-search/search').query({ q: 'Zubin Hideaway arbitration' }).set('Authorization', `Bearer ${viewerJwt}`).expect(200);

    expect((await search()).body.data.find((hit: { name: string }) => hit.name === 'Zubin Hideaway')).toMatchObject({ phone: hidden.phone });

    await http(strapi).patch('/api/members/me').set('Authorization', `Bearer ${hiddenJwt}`).send({ data: { contactVisibility: 'admins' } }).expect(200);
    const redacted = (await search()).body.data.find((hit: { name: string }) => hit.name === 'Zubin Hideaway');
    expect(redacted).toBeDefined();
    expect(redacted).not.toHaveProperty('phone');

    await http(strapi).patch('/api/members/me').set('Authorization', `Bearer ${hiddenJwt}`).send({ data: { directoryVisible: false } }).expect(200);
    expect((await search()).body.data.map((hit: { name: string }) => hit.name)).not.toContain('Zubin Hideaway');
  });
});
