import { randomBytes } from 'node:crypto';

import type { Core } from '@strapi/strapi';

import { createApiToken, createCommunity, createMember, randomMobile, type CommunityFixture } from './helpers/fixtures';
import { bootStrapi, http, stopStrapi } from './helpers/strapi';

const MEMBER_UID = 'api::member.member';
const CM_MEMBERS = `/content-manager/collection-types/${MEMBER_UID}`;
const PASSWORD = 'Tenancy-Test-Passw0rd';

type Admin = { id: number; token: string };
type Community = CommunityFixture;

/**
 * Every shape Strapi 5 accepts for the member → community relation, naming the admin's own
 * community (`own`) and another (`other`) in every order and form. Strapi keeps one entry of a
 * to-one payload (the last of an array or `set`, the first `connect` on update, every `connect` on
 * create), so a check that reads a single entry lets some of these land in `other`.
 */
const mixedShapes = (own: Community, other: Community): Array<[string, unknown]> => [
  ['array of ids, own first', [{ id: own.id }, { id: other.id }]],
  ['array of ids, other first', [{ id: other.id }, { id: own.id }]],
  ['array of numbers', [own.id, other.id]],
  ['array of numeric strings', [String(own.id), String(other.id)]],
  ['array of documentIds', [own.documentId, other.documentId]],
  ['array of documentIds, other first', [other.documentId, own.documentId]],
  ['array mixing id and documentId', [{ id: own.id }, { documentId: other.documentId }]],
  ['array mixing documentId and number', [own.documentId, other.id]],
  ['nested arrays', [[own.id], [[other.id]]]],
  ['set of ids', { set: [{ id: own.id }, { id: other.id }] }],
  ['set of ids, other first', { set: [{ id: other.id }, { id: own.id }] }],
  ['set of documentIds', { set: [own.documentId, other.documentId] }],
  ['set own, connect other', { set: [own.id], connect: [other.id] }],
  ['connect own then other', { connect: [{ id: own.id }, { id: other.id }] }],
  ['connect other then own', { connect: [{ id: other.id }, { id: own.id }] }],
  ['connect documentIds', { connect: [{ documentId: other.documentId }, { documentId: own.documentId }] }],
  ['connect with position end', { connect: [{ id: own.id, position: { end: true } }, { id: other.id, position: { end: true } }] }],
  ['connect with position start', { connect: [{ id: other.id, position: { start: true } }, { id: own.id, position: { start: true } }] }],
  ['connect with position before', { connect: [{ documentId: own.documentId }, { documentId: other.documentId, position: { before: own.documentId } }] }],
  ['connect with position after', { connect: [{ documentId: other.documentId, position: { after: own.documentId } }, { documentId: own.documentId }] }],
  ['connect own, position pointing at other', { connect: [{ documentId: own.documentId, position: { before: other.documentId } }] }],
  ['connect own, disconnect other', { connect: [{ id: own.id }], disconnect: [{ id: other.id }] }],
  ['single connect object of other', { connect: { documentId: other.documentId } }],
  ['longhand with own id and other documentId', { id: own.id, documentId: other.documentId }],
  ['numeric-prefixed string naming other id', `${other.id}abc`],
  ['other by number', other.id],
  ['other by documentId', other.documentId],
  ['other by { id } as a string', { id: String(other.id) }],
];

describe('tenancy relations: every payload shape, every write path', () => {
  let strapi: Core.Strapi;
  let own: Community;
  let ownToo: Community;
  let other: Community;
  let communityAdmin: Admin;
  let superAdmin: Admin;

  const login = async (email: string) => {
    const response = await http(strapi).post('/admin/login').send({ email, password: PASSWORD }).expect(200);
    return response.body.data.token as string;
  };
  const createAdmin = async (roles: number[]): Promise<Admin> => {
    const email = `tenancy-${randomBytes(4).toString('hex')}@example.org`;
    const user = (await strapi.service('admin::user').create({ email, password: PASSWORD, firstname: 'Tenancy', isActive: true, roles })) as { id: number };
    return { id: user.id, token: await login(email) };
  };
  const as = (admin: Admin, method: 'post' | 'put', url: string) => http(strapi)[method](url).set('Authorization', `Bearer ${admin.token}`);

  /** Members linked to a community, counted on the link table (a create can link a row twice). */
  const linkedTo = (community: Community) => strapi.db.query(MEMBER_UID).count({ where: { community: { id: community.id } } });
  const communitiesOf = async (documentId: string) => {
    const rows = (await strapi.db.query(MEMBER_UID).findMany({
      where: { documentId },
      populate: { community: { select: ['id'] } },
    })) as Array<{ community: { id: number } | null }>;
    return rows.map((row) => row.community?.id);
  };

  beforeAll(async () => {
    strapi = await bootStrapi();
    own = await createCommunity(strapi);
    ownToo = await createCommunity(strapi);
    other = await createCommunity(strapi);
    await createMember(strapi, other);
    const admins = strapi.service('api::community.community-admins') as unknown as {
      findOrCreateRole(): Promise<number>;
      link(community: string, adminUserId: number): Promise<void>;
    };
    communityAdmin = await createAdmin([await admins.findOrCreateRole()]);
    await admins.link(own.documentId, communityAdmin.id);
    await admins.link(ownToo.documentId, communityAdmin.id);
    const superAdminRole = (await strapi.service('admin::role').getSuperAdmin()) as { id: number };
    superAdmin = await createAdmin([superAdminRole.id]);
  });

  afterAll(async () => {
    await stopStrapi(strapi);
  });

  describe('a community admin in the Content Manager', () => {
    it('creates no member outside their communities, whatever shape names the community', async () => {
      const before = await linkedTo(other);
      const landed: string[] = [];
      for (const [label, community] of mixedShapes(own, other)) {
        const phone = randomMobile();
        const response = await as(communityAdmin, 'post', CM_MEMBERS).send({ name: `Create ${label}`, phone, community });
        if (![400, 403].includes(response.status)) landed.push(`${label}: ${response.status}`);
        expect(response.body.error?.message ?? '').not.toMatch(/stack|knex|select /i);
        expect(await strapi.db.query(MEMBER_UID).count({ where: { phone } })).toBe(0);
      }
      expect(landed).toEqual([]);
      expect(await linkedTo(other)).toBe(before);
    });

    it('moves no member out of their communities, whatever shape names the community', async () => {
      const member = await createMember(strapi, own);
      const moved: string[] = [];
      for (const [label, community] of mixedShapes(own, other)) {
        const response = await as(communityAdmin, 'put', `${CM_MEMBERS}/${member.documentId}`).send({ community, designation: label });
        if (![400, 403].includes(response.status)) moved.push(`${label}: ${response.status}`);
        expect(await communitiesOf(member.documentId)).toEqual([own.id]);
      }
      expect(moved).toEqual([]);
    });

    it('clones no member into another community, whatever shape names the community', async () => {
      const member = await createMember(strapi, own);
      const before = await linkedTo(other);
      const cloned: string[] = [];
      for (const [label, community] of mixedShapes(own, other)) {
        const response = await as(communityAdmin, 'post', `${CM_MEMBERS}/clone/${member.documentId}`).send({
          name: `Clone ${label}`,
          phone: randomMobile(),
          community,
        });
        if (![400, 403].includes(response.status)) cloned.push(`${label}: ${response.status}`);
      }
      expect(cloned).toEqual([]);
      expect(await linkedTo(other)).toBe(before);
    });

    it("bulk-deletes nothing of another community's, by documentId or id", async () => {
      const mine = await createMember(strapi, own);
      const theirs = await createMember(strapi, other);
      for (const body of [{ documentIds: [mine.documentId, theirs.documentId] }, { documentIds: [theirs.documentId] }, { ids: [theirs.id] }]) {
        const response = await as(communityAdmin, 'post', `${CM_MEMBERS}/actions/bulkDelete`).send(body);
        expect(response.status).toBeLessThan(500);
        expect(await strapi.db.query(MEMBER_UID).count({ where: { documentId: theirs.documentId } })).toBe(1);
        // A panel delete deactivates, so "nothing deleted" also means still active.
        expect(await strapi.db.query(MEMBER_UID).findOne({ where: { documentId: theirs.documentId } })).toMatchObject({ isActive: true });
      }
    });

    it('is refused with a clear 400 when naming two of their own communities at once', async () => {
      const phone = randomMobile();
      const response = await as(communityAdmin, 'post', CM_MEMBERS)
        .send({ name: 'Two Homes', phone, community: { connect: [{ id: own.id }, { id: ownToo.id }] } })
        .expect(400);
      expect(response.body).toMatchObject({
        data: null,
        error: { status: 400, name: 'ValidationError', message: 'community names 2 communities: a member belongs to exactly one community' },
      });
      expect(await strapi.db.query(MEMBER_UID).count({ where: { phone } })).toBe(0);
    });

    it('still creates, moves and clones within their communities in any shape, duplicates included', async () => {
      const shapes: unknown[] = [
        { connect: [{ id: own.id, position: { end: true } }] },
        [own.documentId, own.documentId],
        { set: [{ id: own.id }, { documentId: own.documentId }] },
        String(own.id),
      ];
      for (const community of shapes) {
        const created = await as(communityAdmin, 'post', CM_MEMBERS).send({ name: 'Own Shape', phone: randomMobile(), community });
        expect(created.status).toBe(201);
        expect(await communitiesOf(created.body.data.documentId)).toEqual([own.id]);
      }
      const member = await createMember(strapi, own);
      await as(communityAdmin, 'put', `${CM_MEMBERS}/${member.documentId}`)
        .send({ community: { connect: [{ documentId: ownToo.documentId }], disconnect: [{ documentId: own.documentId }] } })
        .expect(200);
      expect(await communitiesOf(member.documentId)).toEqual([ownToo.id]);
      const clone = await as(communityAdmin, 'post', `${CM_MEMBERS}/clone/${member.documentId}`)
        .send({ name: 'Own Clone', phone: randomMobile() })
        .expect(200);
      expect(await communitiesOf(clone.body.data.documentId)).toEqual([ownToo.id]);
    });
  });

  describe("a community's own relations (admins, members)", () => {
    const CM_COMMUNITIES = '/content-manager/collection-types/api::community.community';
    const shapesNaming = (ids: number[], documentIds: string[]): unknown[] => [
      ids,
      ids[0],
      documentIds[0],
      { set: ids },
      { connect: ids.map((id) => ({ id })) },
      { connect: { id: ids[0] } },
      { connect: [{ documentId: documentIds[0], position: { end: true } }] },
      { disconnect: [ids[0]] },
      [],
      null,
    ];
    const adminsOf = async (community: Community) =>
      ((await strapi.db.query('api::community.community').findOne({ where: { id: community.id }, populate: { admins: { select: ['id'] } } })) as {
        admins: Array<{ id: number }>;
      }).admins.map((admin) => admin.id).sort();

    it('a community admin changes neither who manages their community nor its members, in any shape', async () => {
      const outsider = (await strapi.db.query('admin::user').findOne({ where: { id: superAdmin.id } })) as { id: number; documentId: string };
      const otherMember = await createMember(strapi, other);
      const adminsBefore = await adminsOf(own);
      const otherBefore = await linkedTo(other);
      for (const admins of shapesNaming([outsider.id], [outsider.documentId])) {
        const response = await as(communityAdmin, 'put', `${CM_COMMUNITIES}/${own.documentId}`).send({ admins });
        expect(response.status).toBeLessThan(500);
        expect(await adminsOf(own)).toEqual(adminsBefore);
      }
      for (const members of shapesNaming([otherMember.id], [otherMember.documentId])) {
        const response = await as(communityAdmin, 'put', `${CM_COMMUNITIES}/${own.documentId}`).send({ members });
        expect(response.status).toBeLessThan(500);
        expect(await communitiesOf(otherMember.documentId)).toEqual([other.id]);
      }
      expect(await linkedTo(other)).toBe(otherBefore);
    });

    it('nobody moves members through the community side, where the member rules would not hold', async () => {
      const mover = await createMember(strapi, other);
      for (const members of shapesNaming([mover.id], [mover.documentId])) {
        const response = await as(superAdmin, 'put', `${CM_COMMUNITIES}/${own.documentId}`).send({ members });
        expect(response.status).toBe(400);
        expect(response.body.error.details.errors[0].path).toEqual(['members']);
      }
      await expect(
        strapi.documents('api::community.community').update({ documentId: own.documentId, data: { members: { connect: [mover.documentId] } } } as never)
      ).rejects.toMatchObject({ name: 'ValidationError' });
      expect(await communitiesOf(mover.documentId)).toEqual([other.id]);
      // Saving the whole form (no relation change) still works.
      await as(superAdmin, 'put', `${CM_COMMUNITIES}/${own.documentId}`)
        .send({ description: 'Saved form', members: { connect: [], disconnect: [] } })
        .expect(200);
    });
  });

  describe('the rules for everyone, super admins included', () => {
    it('refuses any write linking more than one community', async () => {
      const member = await createMember(strapi, own);
      for (const [label, community] of mixedShapes(own, other).slice(0, 20)) {
        const phone = randomMobile();
        const created = await as(superAdmin, 'post', CM_MEMBERS).send({ name: `Super ${label}`, phone, community });
        const updated = await as(superAdmin, 'put', `${CM_MEMBERS}/${member.documentId}`).send({ community });
        // Shapes that name one community are allowed for a super admin; two never are.
        for (const response of [created, updated]) {
          if (response.status >= 400) expect(response.body.error).toMatchObject({ status: 400, name: 'ValidationError' });
        }
        expect(await strapi.db.query(MEMBER_UID).count({ where: { phone } })).toBeLessThanOrEqual(1);
        expect((await communitiesOf(member.documentId)).length).toBe(1);
      }
      // The two-community shapes specifically: every one refused.
      const twoCommunityShapes = mixedShapes(own, other).filter(([label]) => !/^(other|single|longhand|numeric-prefixed|connect own, position|connect own, disconnect)/.test(label));
      for (const [, community] of twoCommunityShapes) {
        await as(superAdmin, 'post', CM_MEMBERS).send({ name: 'Two', phone: randomMobile(), community }).expect(400);
      }
    });

    it('checks phone uniqueness and the member limit in the community the member lands in', async () => {
      const full = await createCommunity(strapi, { memberLimit: 1 });
      const resident = await createMember(strapi, full);
      // The phone is taken in `full`: naming it through a positioned connect is still caught.
      const clash = await as(superAdmin, 'post', CM_MEMBERS)
        .send({ name: 'Clash', phone: resident.phone, community: { connect: [{ documentId: full.documentId, position: { start: true } }] } });
      expect(clash.status).toBe(400);
      expect(clash.body.error.message).toMatch(/^Phone "\+91•••••\d{4}" already belongs to another member of this community/);
      // A new phone: the member limit of `full` refuses it.
      const overLimit = await as(superAdmin, 'post', CM_MEMBERS).send({ name: 'Over', phone: randomMobile(), community: `${full.id}` });
      expect(overLimit.status).toBe(403);
      expect(overLimit.body.error.details).toMatchObject({ quota: 'members' });
      // A clone is a new member: it takes a place and needs its own phone.
      const sameCommunityClone = await as(superAdmin, 'post', `${CM_MEMBERS}/clone/${resident.documentId}`).send({ name: 'Twin' });
      expect(sameCommunityClone.status).toBe(400);
      const cloneOverLimit = await as(superAdmin, 'post', `${CM_MEMBERS}/clone/${resident.documentId}`).send({ name: 'Twin', phone: randomMobile() });
      expect(cloneOverLimit.status).toBe(403);
      expect(await linkedTo(full)).toBe(1);
    });
  });

  describe('the REST API and code', () => {
    it('takes no community from a REST body: the tenant decides', async () => {
      const token = await createApiToken(strapi);
      for (const [, community] of mixedShapes(own, other).slice(0, 6)) {
        const phone = randomMobile();
        const response = await http(strapi)
          .post('/api/members')
          .set('Authorization', `Bearer ${token}`)
          .set('X-Community', own.slug)
          .send({ data: { name: 'Rest Member', phone, community } });
        expect(response.status).toBe(400);
        expect(await strapi.db.query(MEMBER_UID).count({ where: { phone } })).toBe(0);
      }
    });

    it("refuses the document service's many-valued payloads from plugin code too", async () => {
      const phone = randomMobile();
      await expect(
        strapi.documents(MEMBER_UID).create({ data: { name: 'Plugin Write', phone, community: { connect: [own.documentId, other.documentId] } } } as never)
      ).rejects.toMatchObject({ name: 'ValidationError' });
      expect(await strapi.db.query(MEMBER_UID).count({ where: { phone } })).toBe(0);
    });
  });
});

