import type { Core } from '@strapi/strapi';

import { createApiToken, createCommunity, createMember, randomMobile, type CommunityFixture } from './helpers/fixtures';
import { bootStrapi, http, stopStrapi } from './helpers/strapi';

describe('member CRUD over REST with an API token', () => {
  let strapi: Core.Strapi;
  let token: string;
  let community: CommunityFixture;

  const api = () => ({
    get: (url: string) => http(strapi).get(url).set('Authorization', `Bearer ${token}`).set('X-Community', community.slug),
    post: (url: string, body: unknown) =>
      http(strapi).post(url).set('Authorization', `Bearer ${token}`).set('X-Community', community.slug).send(body as object),
    put: (url: string, body: unknown) =>
      http(strapi).put(url).set('Authorization', `Bearer ${token}`).set('X-Community', community.slug).send(body as object),
    delete: (url: string) =>
      http(strapi).delete(url).set('Authorization', `Bearer ${token}`).set('X-Community', community.slug),
  });

  beforeAll(async () => {
    strapi = await bootStrapi();
    token = await createApiToken(strapi);
    community = await createCommunity(strapi);
  });

  afterAll(async () => {
    await stopStrapi(strapi);
  });

  it('creates, reads, updates and soft-deletes a member in the chosen community', async () => {
    const created = await api()
      .post('/api/members', {
        data: {
          name: 'Asha Iyer',
          phone: '+91 98400 12345',
          email: 'Asha.Iyer@Example.org',
          city: 'Chennai',
          skills: ['Audit', 'Taxation', 'Audit'],
          graduationYear: 1998,
          annualTurnoverInr: 25000000,
        },
      })
      .expect(201);
    const member = created.body.data;
    expect(member).toMatchObject({
      name: 'Asha Iyer',
      phone: '+919840012345',
      email: 'asha.iyer@example.org',
      skills: ['Audit', 'Taxation'],
      graduationYear: 1998,
      isActive: true,
      directoryVisible: true,
      contactVisibility: 'members',
      community: { slug: community.slug },
    });
    expect(member).not.toHaveProperty('user');

    const read = await api().get(`/api/members/${member.documentId}`).expect(200);
    expect(read.body.data.name).toBe('Asha Iyer');

    const updated = await api()
      .put(`/api/members/${member.documentId}`, { data: { city: 'Coimbatore', designation: 'Partner' } })
      .expect(200);
    expect(updated.body.data).toMatchObject({ city: 'Coimbatore', designation: 'Partner', name: 'Asha Iyer' });

    const deleted = await api().delete(`/api/members/${member.documentId}`).expect(200);
    expect(deleted.body.data.isActive).toBe(false);
    const stored = await strapi.db.query('api::member.member').findOne({ where: { documentId: member.documentId } });
    expect(stored).toMatchObject({ isActive: false, name: 'Asha Iyer' });
  });

  it('lists members with pagination, filters and sort', async () => {
    const listCommunity = await createCommunity(strapi);
    for (const [name, city, year] of [
      ['Bala', 'Pune', 2001],
      ['Chitra', 'Pune', 1999],
      ['Dev', 'Mumbai', 2010],
    ] as const) {
      await createMember(strapi, listCommunity, { name, city, graduationYear: year });
    }
    const response = await http(strapi)
      .get('/api/members?filters[city][$eq]=Pune&sort=graduationYear:asc&pagination[pageSize]=1')
      .set('Authorization', `Bearer ${token}`)
      .set('X-Community', listCommunity.slug)
      .expect(200);
    expect(response.body.data.map((member: { name: string }) => member.name)).toEqual(['Chitra']);
    expect(response.body.meta.pagination).toMatchObject({ page: 1, pageSize: 1, pageCount: 2, total: 2 });
  });

  it('rejects invalid member data with field errors in the error envelope', async () => {
    const response = await api()
      .post('/api/members', { data: { name: '', phone: '12', graduationYear: 1700, nickname: 'x' } })
      .expect(400);
    expect(response.body.data).toBeNull();
    expect(response.body.error).toMatchObject({ status: 400, name: 'ValidationError' });
    const paths = response.body.error.details.errors.map((error: { path: string[] }) => error.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['name', 'phone', 'graduationYear']));
    expect(response.body.error.message).toMatch(/nickname/);
  });

  it('words every refusal for people: the field by its label, the value (phone masked), what to do; path and code for programs', async () => {
    const response = await api()
      .post('/api/members', { data: { name: 'A', phone: '+91 98111 1411x', graduationYear: '2020', annualTurnoverInr: 'lots', city: 'x'.repeat(101) } })
      .expect(400);
    expect(response.body.error.details.errors).toEqual([
      { path: ['phone'], code: 'custom', name: 'ValidationError', message: 'Phone "+91•••••411x" is not a valid phone number: write it with the country code, e.g. +919876543210' },
      { path: ['city'], code: 'too_big', name: 'ValidationError', message: `City "${'x'.repeat(40)}…" is too long: use at most 100 characters` },
      { path: ['graduationYear'], code: 'invalid_type', name: 'ValidationError', message: 'Graduation year "2020" must be a year: enter digits only, e.g. 2020' },
      { path: ['annualTurnoverInr'], code: 'invalid_type', name: 'ValidationError', message: 'Annual turnover (₹) "lots" must be an amount in rupees: enter digits only, e.g. 25000000' },
    ]);
    expect(response.body.error.message).toBe(response.body.error.details.errors.map((error: { message: string }) => `${error.message}.`).join(' '));
    expect(JSON.stringify(response.body)).not.toMatch(/98111 1411x|expected|Too small|Too big|Invalid input/);
  });

  it('refuses a body that tries to choose the community or the login user', async () => {
    const other = await createCommunity(strapi);
    const response = await api()
      .post('/api/members', { data: { name: 'Sneaky', phone: randomMobile(), community: other.documentId } })
      .expect(400);
    expect(response.body.error.message).toMatch(/community/);
    await api()
      .post('/api/members', { data: { name: 'Sneaky', phone: randomMobile(), user: 1 } })
      .expect(400);
  });

  it('keeps phones unique within a community but allows the same person in two communities', async () => {
    const phone = randomMobile();
    await api().post('/api/members', { data: { name: 'First', phone } }).expect(201);
    const clash = await api().post('/api/members', { data: { name: 'Second', phone } }).expect(400);
    expect(clash.body.error.details.errors[0].path).toEqual(['phone']);

    const other = await createCommunity(strapi);
    await http(strapi)
      .post('/api/members')
      .set('Authorization', `Bearer ${token}`)
      .set('X-Community', other.slug)
      .send({ data: { name: 'First elsewhere', phone } })
      .expect(201);
  });

  it('enforces phone uniqueness for writes that bypass REST (admin panel, code)', async () => {
    const existing = await createMember(strapi, community);
    await expect(
      strapi.documents('api::member.member').create({
        data: { name: 'Copy', phone: existing.phone, community: community.documentId },
      } as never)
    ).rejects.toThrow(/already belongs/);
    await expect(
      strapi.documents('api::member.member').create({ data: { name: 'Orphan', phone: randomMobile() } } as never)
    ).rejects.toThrow(/^Community is required: choose the community this member belongs to$/);
  });

  it('requires X-Community for API tokens and refuses unknown or inactive communities', async () => {
    const noHeader = await http(strapi).get('/api/members').set('Authorization', `Bearer ${token}`).expect(400);
    expect(noHeader.body.error.message).toMatch(/X-Community/);

    const unknown = await http(strapi)
      .get('/api/members')
      .set('Authorization', `Bearer ${token}`)
      .set('X-Community', 'no-such-community')
      .expect(404);
    expect(unknown.body).toMatchObject({ data: null, error: { status: 404, name: 'NotFoundError' } });

    const inactive = await createCommunity(strapi, { isActive: false });
    await http(strapi).get('/api/members').set('Authorization', `Bearer ${token}`).set('X-Community', inactive.slug).expect(404);

    const suspended = await createCommunity(strapi, { accountStatus: 'suspended' });
    await http(strapi).get('/api/members').set('Authorization', `Bearer ${token}`).set('X-Community', suspended.slug).expect(403);

    await http(strapi).get('/api/members').set('Authorization', `Bearer ${token}`).set('X-Community', 'Bad Slug!').expect(400);
  });

  it('refuses unauthenticated access to members and communities', async () => {
    await http(strapi).get('/api/members').set('X-Community', community.slug).expect(403);
    await http(strapi).get('/api/communities').expect(403);
  });

  it('lets operators manage communities with slug and WhatsApp number validation', async () => {
    const created = await http(strapi)
      .post('/api/communities')
      .set('Authorization', `Bearer ${token}`)
      .send({
        data: {
          name: 'IIT Madras Alumni',
          slug: `iitm-${Date.now()}`,
          plan: 'basic',
          // Random: the database may be reused between runs, and WhatsApp numbers are unique.
          whatsappNumber: randomMobile(),
          admin: { name: 'Ravi Kumar', email: `ravi-${Date.now()}@example.org` },
        },
      })
      .expect(201);
    expect(created.body.data).toMatchObject({ plan: 'basic', accountStatus: 'active', isActive: true });

    await http(strapi)
      .post('/api/communities')
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { name: 'Bad', slug: 'Not A Slug', plan: 'gold' } })
      .expect(400);
  });

  it('filters the list by city, skills, industry, graduation year and active state, and sorts by name, city or year', async () => {
    const listed = await createCommunity(strapi);
    const auth = { Authorization: `Bearer ${token}`, 'X-Community': listed.slug };
    await createMember(strapi, listed, { name: 'Bina', city: 'Pune', skills: ['Python', 'SQL'], industry: 'Software', graduationYear: 2005 });
    await createMember(strapi, listed, { name: 'Arun', city: 'Chennai', skills: ['Tax'], industry: 'Finance', graduationYear: 1998 });
    await createMember(strapi, listed, { name: 'Chitra', city: 'Pune', skills: ['Python'], industry: 'Software', graduationYear: 2012, isActive: false });
    const names = async (query: string) =>
      (await http(strapi).get(`/api/members?${query}`).set(auth).expect(200)).body.data.map((member: { name: string }) => member.name);

    expect(await names('filters[skills][$contains]=Python&sort=name:asc')).toEqual(['Bina', 'Chitra']);
    expect(await names('filters[industry][$eq]=Software&filters[isActive][$eq]=true')).toEqual(['Bina']);
    expect(await names('filters[graduationYear][$lt]=2010&sort=graduationYear:desc')).toEqual(['Bina', 'Arun']);
    expect(await names('filters[city][$eqi]=pune&sort=name:desc')).toEqual(['Chitra', 'Bina']);
    expect(await names('sort=city:asc,name:asc')).toEqual(['Arun', 'Bina', 'Chitra']);
    expect(await names('filters[skills][$in][0]=tax&filters[skills][$in][1]=sql&sort=name:asc')).toEqual(['Arun', 'Bina']);
    await http(strapi).get('/api/members?filters[skills][$gt]=Python').set(auth).expect(400);
    // Skills filters nest like any other (tests/member-filters.test.ts has the rest).
    expect(await names('filters[$or][0][skills][$contains]=Python&filters[$or][1][city][$eq]=Chennai&sort=name:asc')).toEqual(['Arun', 'Bina', 'Chitra']);
  });

  it('keeps read-only API tokens to reading: every member route has its own scope', async () => {
    const { accessKey } = await strapi.service('admin::api-token').create({
      name: `read-only-${Date.now()}`,
      kind: 'content-api',
      type: 'read-only',
      lifespan: null,
    });
    const reader = { Authorization: `Bearer ${accessKey}`, 'X-Community': community.slug };
    const target = await createMember(strapi, community);
    await http(strapi).get('/api/members').set(reader).expect(200);
    await http(strapi).post('/api/members').set(reader).send({ data: { name: 'Nope', phone: randomMobile() } }).expect(403);
    await http(strapi).put(`/api/members/${target.documentId}`).set(reader).send({ data: { name: 'Nope' } }).expect(403);
    await http(strapi).delete(`/api/members/${target.documentId}`).set(reader).expect(403);
    await http(strapi).post('/api/members/bulk/delete').set(reader).send({ ids: [target.documentId] }).expect(403);
    const row = await strapi.db.query('api::member.member').findOne({ where: { documentId: target.documentId } });
    expect(row).toMatchObject({ isActive: true });
  });
});
