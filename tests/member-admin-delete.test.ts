import { randomBytes } from 'node:crypto';

import type { Core } from '@strapi/strapi';

import { createApiToken, createCommunity, createMember, type CommunityFixture } from './helpers/fixtures';
import { bootStrapi, http, stopStrapi } from './helpers/strapi';

/**
 * Deleting a member in the admin panel (the Content Manager's single and bulk delete) deactivates
 * them, as DELETE /api/members/:id does; erasure still removes the member.
 */
const MEMBER_UID = 'api::member.member';
const CM_MEMBERS = `/content-manager/collection-types/${MEMBER_UID}`;
const PASSWORD = 'Delete-Test-Passw0rd';

let strapi: Core.Strapi;
let community: CommunityFixture;
let adminJwt: string;

const asAdmin = (method: 'get' | 'post' | 'delete', url: string) => http(strapi)[method](url).set('Authorization', `Bearer ${adminJwt}`);
const row = (documentId: string) => strapi.db.query(MEMBER_UID).findOne({ where: { documentId } }) as Promise<{ isActive: boolean; name: string } | null>;

beforeAll(async () => {
  strapi = await bootStrapi();
  community = await createCommunity(strapi);
  const superAdminRole = await strapi.db.query('admin::role').findOne({ where: { code: 'strapi-super-admin' } });
  const email = `delete-${randomBytes(4).toString('hex')}@example.org`;
  await strapi.service('admin::user').create({ email, password: PASSWORD, firstname: 'Del', isActive: true, roles: [superAdminRole.id] });
  adminJwt = (await http(strapi).post('/admin/login').send({ email, password: PASSWORD }).expect(200)).body.data.token as string;
});

afterAll(() => stopStrapi(strapi));

describe('deleting a member in the admin panel', () => {
  it('deactivates the member (200): the record and its data stay, still readable in the panel', async () => {
    const member = await createMember(strapi, community, { name: 'Single Delete', designation: 'Auditor' });
    await asAdmin('delete', `${CM_MEMBERS}/${member.documentId}`).expect(200);
    expect(await row(member.documentId)).toMatchObject({ name: 'Single Delete', isActive: false, designation: 'Auditor' });
    const shown = await asAdmin('get', `${CM_MEMBERS}/${member.documentId}`).expect(200);
    expect(shown.body.data).toMatchObject({ documentId: member.documentId, isActive: false });
  });

  it('bulk delete deactivates every selected member and leaves the others alone', async () => {
    const first = await createMember(strapi, community);
    const second = await createMember(strapi, community);
    const untouched = await createMember(strapi, community);
    const response = await asAdmin('post', `${CM_MEMBERS}/actions/bulkDelete`).send({ documentIds: [first.documentId, second.documentId] }).expect(200);
    expect(response.body).toMatchObject({ count: 2 });
    expect(await row(first.documentId)).toMatchObject({ isActive: false });
    expect(await row(second.documentId)).toMatchObject({ isActive: false });
    expect(await row(untouched.documentId)).toMatchObject({ isActive: true });
  });

  it('matches DELETE /api/members/:id, and erasure still removes the member', async () => {
    const token = await createApiToken(strapi);
    const member = await createMember(strapi, community);
    const headers = { Authorization: `Bearer ${token}`, 'X-Community': community.slug };
    const deleted = await http(strapi).delete(`/api/members/${member.documentId}`).set(headers).expect(200);
    expect(deleted.body.data).toMatchObject({ documentId: member.documentId, isActive: false });

    const erased = await createMember(strapi, community);
    await asAdmin('delete', `${CM_MEMBERS}/${erased.documentId}`).expect(200);
    // The member asked for erasure (DELETE /api/members/me, tests/privacy.test.ts); an operator carries it out.
    await strapi.db.query(MEMBER_UID).update({ where: { documentId: erased.documentId }, data: { erasureRequestedAt: new Date() } });
    await http(strapi).post(`/api/members/${erased.documentId}/erase`).set(headers).expect(200);
    expect(await row(erased.documentId)).toBeNull();
  });

  it('answers 404 for an unknown member', async () => {
    await asAdmin('delete', `${CM_MEMBERS}/no-such-member-000000000`).expect(404);
  });
});
