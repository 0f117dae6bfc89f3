import type { Core } from '@strapi/strapi';

import {
  createApiToken,
  createCommunity,
  createMember,
  loginAsMember,
  type CommunityFixture,
  type MemberFixture,
} from './helpers/fixtures';
import { bootStrapi, http, stopStrapi } from './helpers/strapi';

/**
 * Two communities, A and B. Whoever acts in A must never read or change B's members, through any
 * member route, whatever headers, filters or ids they send.
 */
describe('tenant isolation', () => {
  let strapi: Core.Strapi;
  let communityA: CommunityFixture;
  let communityB: CommunityFixture;
  let aliceInA: MemberFixture;
  let hiddenContactInA: MemberFixture;
  let optedOutInA: MemberFixture;
  let bobInB: MemberFixture;
  let aliceJwt: string;
  let token: string;

  const asAlice = (method: 'get' | 'put' | 'post' | 'delete', url: string) =>
    http(strapi)[method](url).set('Authorization', `Bearer ${aliceJwt}`);
  const asOperatorIn = (community: CommunityFixture, method: 'get' | 'put' | 'post' | 'delete', url: string) =>
    http(strapi)[method](url).set('Authorization', `Bearer ${token}`).set('X-Community', community.slug);

  beforeAll(async () => {
    strapi = await bootStrapi();
    communityA = await createCommunity(strapi);
    communityB = await createCommunity(strapi);
    aliceInA = await createMember(strapi, communityA, { name: 'Alice A' });
    hiddenContactInA = await createMember(strapi, communityA, { name: 'Hidden Contact A', contactVisibility: 'admins' });
    optedOutInA = await createMember(strapi, communityA, { name: 'Opted Out A', directoryVisible: false });
    await createMember(strapi, communityA, { name: 'Former A', isActive: false });
    bobInB = await createMember(strapi, communityB, { name: 'Bob B' });
    ({ jwt: aliceJwt } = await loginAsMember(strapi, aliceInA));
    token = await createApiToken(strapi);
  });

  afterAll(async () => {
    await stopStrapi(strapi);
  });

  describe('a logged-in member of A', () => {
    it('lists only the visible, active members of A', async () => {
      const response = await asAlice('get', '/api/members?pagination[pageSize]=100').expect(200);
      const names = response.body.data.map((member: { name: string }) => member.name).sort();
      expect(names).toEqual(['Alice A', 'Hidden Contact A']);
      expect(response.body.meta.pagination.total).toBe(2);
    });

    it('cannot widen the list to B with filters', async () => {
      // Filtering on the community relation is either refused (the role may not read communities)
      // or answered within A; either way nothing of B comes back.
      const queries = [
        `/api/members?filters[community][slug][$eq]=${communityB.slug}`,
        `/api/members?filters[$or][0][name][$eq]=Bob B&filters[$or][1][community][id][$eq]=${communityB.id}`,
        '/api/members?filters[name][$eq]=Bob B',
      ];
      for (const query of queries) {
        const response = await asAlice('get', query);
        expect([200, 400]).toContain(response.status);
        expect(JSON.stringify(response.body)).not.toContain('Bob B');
        if (response.status === 200) expect(response.body.data).toEqual([]);
      }
    });

    it('cannot read, update or delete a member of B by id', async () => {
      await asAlice('get', `/api/members/${bobInB.documentId}`).expect(404);
      await asAlice('put', `/api/members/${bobInB.documentId}`).send({ data: { name: 'Hacked' } }).expect(403);
      await asAlice('delete', `/api/members/${bobInB.documentId}`).expect(403);
      const bob = await strapi.db.query('api::member.member').findOne({ where: { documentId: bobInB.documentId } });
      expect(bob).toMatchObject({ name: 'Bob B', isActive: true });
    });

    it('cannot create members, not even in A', async () => {
      await asAlice('post', '/api/members').send({ data: { name: 'New', phone: '+919876543210' } }).expect(403);
    });

    it('is refused when choosing community B with X-Community, existing or not', async () => {
      const chosenB = await asAlice('get', '/api/members').set('X-Community', communityB.slug).expect(403);
      expect(chosenB.body).toMatchObject({ data: null, error: { status: 403, name: 'ForbiddenError' } });
      const chosenNothing = await asAlice('get', '/api/members').set('X-Community', 'does-not-exist').expect(403);
      expect(chosenNothing.body.error.message).toEqual(chosenB.body.error.message.replace(communityB.slug, 'does-not-exist'));
      await asAlice('get', `/api/members/${aliceInA.documentId}`).set('X-Community', communityB.slug).expect(403);
      await asAlice('get', '/api/members/me').set('X-Community', communityB.slug).expect(403);
    });

    it('does not see members who opted out of the directory, nor former members', async () => {
      await asAlice('get', `/api/members/${optedOutInA.documentId}`).expect(404);
    });

    it('does not see the phone or email of members who keep them for admins', async () => {
      const response = await asAlice('get', `/api/members/${hiddenContactInA.documentId}`).expect(200);
      expect(response.body.data.name).toBe('Hidden Contact A');
      expect(response.body.data).not.toHaveProperty('phone');
      expect(response.body.data).not.toHaveProperty('email');
      const list = await asAlice('get', '/api/members').expect(200);
      const hidden = list.body.data.find((member: { name: string }) => member.name === 'Hidden Contact A');
      expect(hidden).not.toHaveProperty('phone');
      expect(JSON.stringify(list.body)).not.toContain(hiddenContactInA.phone);
    });

    it('cannot read hidden contacts by choosing fields', async () => {
      const list = await asAlice('get', '/api/members?fields[0]=name&fields[1]=phone&fields[2]=email').expect(200);
      expect(JSON.stringify(list.body)).not.toContain(hiddenContactInA.phone);
      const one = await asAlice('get', `/api/members/${hiddenContactInA.documentId}?fields[0]=phone`).expect(200);
      expect(one.body.data).not.toHaveProperty('phone');
      expect(one.body.data).not.toHaveProperty('email');
    });

    it('cannot probe hidden phones with _q or with a sort list', async () => {
      await asAlice('get', `/api/members?_q=${encodeURIComponent(hiddenContactInA.phone.slice(3, 8))}`).expect(400);
      await asAlice('get', '/api/members?_q=a&_q=b').expect(400);
      await asAlice('get', '/api/members?sort=name,phone').expect(400);
      await asAlice('get', '/api/members?sort=%20phone').expect(400);
      await asAlice('get', '/api/members?sort[0]=name&sort[1]=email:desc').expect(400);
    });

    it('cannot probe hidden phones or emails through filters or sort', async () => {
      await asAlice('get', `/api/members?filters[phone][$eq]=${encodeURIComponent(hiddenContactInA.phone)}`).expect(400);
      await asAlice('get', `/api/members?filters[$or][0][email][$contains]=example`).expect(400);
      await asAlice('get', '/api/members?sort=phone:asc').expect(400);
    });

    it('cannot reach other data through populate', async () => {
      // populate is refused outright (400 naming it), so no relation can be reached through it.
      const response = await asAlice('get', '/api/members?populate[community][populate][members]=*&populate=user').expect(400);
      expect(response.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError', message: expect.stringContaining('populate') } });
      expect(JSON.stringify(response.body)).not.toContain('Bob B');
      expect(JSON.stringify(response.body)).not.toContain('Opted Out A');
      // Without it, members still come with no relation but their community's name and slug.
      const plain = await asAlice('get', '/api/members').expect(200);
      for (const member of plain.body.data) {
        expect(member.community?.members).toBeUndefined();
        expect(member).not.toHaveProperty('user');
      }
    });

    it('reads their own full profile at /api/members/me', async () => {
      const response = await asAlice('get', '/api/members/me').expect(200);
      expect(response.body.data).toMatchObject({ documentId: aliceInA.documentId, phone: aliceInA.phone });
    });

    it('chooses between their communities with X-Community when they belong to several', async () => {
      const communityC = await createCommunity(strapi);
      const carolInA = await createMember(strapi, communityA, { name: 'Carol A' });
      const carolInC = await createMember(strapi, communityC, { name: 'Carol C' });
      const { jwt, userId } = await loginAsMember(strapi, carolInA);
      await loginAsMember(strapi, carolInC, userId);

      const ambiguous = await http(strapi).get('/api/members').set('Authorization', `Bearer ${jwt}`).expect(400);
      expect(ambiguous.body.error.message).toMatch(/X-Community/);
      const inC = await http(strapi)
        .get('/api/members/me')
        .set('Authorization', `Bearer ${jwt}`)
        .set('X-Community', communityC.slug)
        .expect(200);
      expect(inC.body.data.documentId).toBe(carolInC.documentId);
      const listC = await http(strapi).get('/api/members').set('Authorization', `Bearer ${jwt}`).set('X-Community', communityC.slug).expect(200);
      expect(listC.body.data.map((member: { name: string }) => member.name)).toEqual(['Carol C']);
      await http(strapi).get('/api/members').set('Authorization', `Bearer ${jwt}`).set('X-Community', communityB.slug).expect(403);
    });

    it('loses access when their membership is deactivated', async () => {
      const dave = await createMember(strapi, communityA, { name: 'Dave A' });
      const { jwt } = await loginAsMember(strapi, dave);
      await http(strapi).get('/api/members/me').set('Authorization', `Bearer ${jwt}`).expect(200);
      await strapi.documents('api::member.member').update({ documentId: dave.documentId, data: { isActive: false } } as never);
      await http(strapi).get('/api/members/me').set('Authorization', `Bearer ${jwt}`).expect(403);
    });
  });

  describe('an API token acting in A', () => {
    it('lists only members of A', async () => {
      const response = await asOperatorIn(communityA, 'get', '/api/members?pagination[pageSize]=100').expect(200);
      const slugs = new Set(response.body.data.map((member: { community: { slug: string } }) => member.community.slug));
      expect([...slugs]).toEqual([communityA.slug]);
      expect(response.body.data.map((member: { name: string }) => member.name)).not.toContain('Bob B');
    });

    it('cannot read, update or delete a member of B by id', async () => {
      await asOperatorIn(communityA, 'get', `/api/members/${bobInB.documentId}`).expect(404);
      await asOperatorIn(communityA, 'put', `/api/members/${bobInB.documentId}`).send({ data: { name: 'Hacked' } }).expect(404);
      await asOperatorIn(communityA, 'delete', `/api/members/${bobInB.documentId}`).expect(404);
      const bob = await strapi.db.query('api::member.member').findOne({ where: { documentId: bobInB.documentId } });
      expect(bob).toMatchObject({ name: 'Bob B', isActive: true });
    });

    it('cannot move a member of A into B', async () => {
      await asOperatorIn(communityA, 'put', `/api/members/${aliceInA.documentId}`)
        .send({ data: { community: communityB.documentId } })
        .expect(400);
      const alice = await strapi.db
        .query('api::member.member')
        .findOne({ where: { documentId: aliceInA.documentId }, populate: ['community'] });
      expect(alice.community.id).toBe(communityA.id);
    });

    it('sees B only when it names B', async () => {
      const response = await asOperatorIn(communityB, 'get', '/api/members').expect(200);
      expect(response.body.data.map((member: { name: string }) => member.name)).toEqual(['Bob B']);
    });
  });
});
