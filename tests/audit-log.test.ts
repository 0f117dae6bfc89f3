import { randomBytes } from 'node:crypto';

import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { Client } from 'pg';

import { createApiToken, createCommunity, createMember, loginAsMember, randomMobile, type CommunityFixture } from './helpers/fixtures';
import { bootStrapi, http, stopStrapi } from './helpers/strapi';

const AUDIT_LOG_UID = 'api::audit-log.audit-log';
const USER_AGENT = 'audit-test/1.0 (integration)';

type AuditRow = {
  action: string;
  entityType: string;
  entityDocumentId: string | null;
  entityLabel: string | null;
  communityId: number | null;
  actorType: string;
  actorId: string | null;
  actorLabel: string | null;
  changes: Record<string, { old: unknown; new: unknown }> | null;
  ip: string | null;
  userAgent: string | null;
  occurredAt: string | Date;
};

describe('audit log', () => {
  let strapi: Core.Strapi;
  let token: string;
  let tokenName: string;
  let community: CommunityFixture;

  const audit = () => strapi.service(AUDIT_LOG_UID) as unknown as { flush(): Promise<void>; record(entry: unknown): void };

  /** Everything recorded about one document, oldest first, once the queue is written. */
  const rowsFor = async (documentId: string): Promise<AuditRow[]> => {
    await audit().flush();
    return (await strapi.db.query(AUDIT_LOG_UID).findMany({
      where: { entityDocumentId: documentId },
      orderBy: { id: 'asc' },
    })) as AuditRow[];
  };

  const asToken = (method: 'get' | 'post' | 'put' | 'delete', url: string, slug = community.slug) =>
    http(strapi)[method](url).set('Authorization', `Bearer ${token}`).set('X-Community', slug).set('User-Agent', USER_AGENT);

  beforeAll(async () => {
    strapi = await bootStrapi();
    token = await createApiToken(strapi);
    const stored = (await strapi.db.query('admin::api-token').findOne({ orderBy: { id: 'desc' } })) as { name: string };
    tokenName = stored.name;
    community = await createCommunity(strapi);
  });

  let stopped = false;

  afterAll(async () => {
    if (!stopped) await stopStrapi(strapi);
  });

  describe('members written over REST with an API token', () => {
    let documentId: string;
    const phone = '+919840012345';

    it('records the creation with every value set, contact details masked', async () => {
      const created = await asToken('post', '/api/members')
        .set('X-Forwarded-For', '198.51.100.9')
        .send({ data: { name: 'Asha Iyer', phone, email: 'asha.iyer@example.org', city: 'Chennai', graduationYear: 1998 } })
        .expect(201);
      documentId = created.body.data.documentId;

      const [row] = await rowsFor(documentId);
      expect(row).toMatchObject({
        action: 'create',
        entityType: 'member',
        entityLabel: 'Asha Iyer',
        communityId: community.id,
        actorType: 'api-token',
        actorLabel: tokenName,
        userAgent: USER_AGENT,
      });
      expect(row.actorId).toEqual(expect.any(String));
      // Koa's request.ip: the socket's address, since X-Forwarded-For is trusted only behind a proxy.
      expect(row.ip).toMatch(/127\.0\.0\.1|::1/);
      expect(row.changes).toMatchObject({
        name: { old: null, new: 'Asha Iyer' },
        city: { old: null, new: 'Chennai' },
        graduationYear: { old: null, new: 1998 },
        phone: { old: null, new: '+91******2345' },
        email: { old: null, new: 'a***@example.org' },
        community: { old: null, new: community.documentId },
      });
      expect(JSON.stringify(row)).not.toMatch(/9840012345|asha\.iyer@/);
    });

    it('records an update with the old and new values of only the changed fields', async () => {
      await asToken('put', `/api/members/${documentId}`)
        .send({ data: { city: 'Coimbatore', designation: 'Partner', name: 'Asha Iyer', phone: '+91 98765 43210', email: 'asha@example.com' } })
        .expect(200);

      const rows = await rowsFor(documentId);
      expect(rows).toHaveLength(2);
      expect(rows[1]).toMatchObject({ action: 'update', actorType: 'api-token', entityLabel: 'Asha Iyer', userAgent: USER_AGENT });
      // The name was sent unchanged: it is not a change.
      expect(rows[1].changes).toEqual({
        city: { old: 'Chennai', new: 'Coimbatore' },
        designation: { old: null, new: 'Partner' },
        phone: { old: '+91******2345', new: '+91******3210' },
        email: { old: 'a***@example.org', new: 'a***@example.com' },
      });
      expect(JSON.stringify(rows[1])).not.toMatch(/9876543210|9840012345|asha@example\.com/);
    });

    it('records a soft delete as an update of isActive', async () => {
      await asToken('delete', `/api/members/${documentId}`).expect(200);
      const rows = await rowsFor(documentId);
      expect(rows).toHaveLength(3);
      expect(rows[2]).toMatchObject({
        action: 'update',
        actorType: 'api-token',
        changes: { isActive: { old: true, new: false } },
      });
    });

    it('records nothing for a write that fails', async () => {
      const before = await strapi.db.query(AUDIT_LOG_UID).count({});
      await asToken('put', `/api/members/${documentId}`).send({ data: { graduationYear: 1700 } }).expect(400);
      await audit().flush();
      expect(await strapi.db.query(AUDIT_LOG_UID).count({})).toBe(before);
    });
  });

  it('records member deletions from code with the values the member had, as the system', async () => {
    const member = await createMember(strapi, community, { name: 'Gone Soon', city: 'Pune' });
    await strapi.documents('api::member.member').delete({ documentId: member.documentId });
    const rows = await rowsFor(member.documentId);
    expect(rows.map((row) => row.action)).toEqual(['create', 'delete']);
    expect(rows[1]).toMatchObject({ actorType: 'system', entityLabel: 'Gone Soon', communityId: community.id, ip: null });
    expect(rows[1].changes).toMatchObject({ name: { old: 'Gone Soon', new: null }, city: { old: 'Pune', new: null } });
    expect(rows[1].changes?.phone?.old).toMatch(/^\+9\d\*+\d{4}$/);
  });

  it('records community creation and updates, with the WhatsApp number masked', async () => {
    const slug = `audit-${randomBytes(3).toString('hex')}`;
    const created = await http(strapi)
      .post('/api/communities')
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { name: 'Audited Alumni', slug, plan: 'basic', admin: { name: 'Audit Admin', email: `${slug}@example.org` } } })
      .expect(201);
    const { documentId, id } = created.body.data;
    // WhatsApp numbers are unique across communities, and other suites share the database.
    const whatsappNumber = randomMobile();
    await http(strapi)
      .put(`/api/communities/${documentId}`)
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { plan: 'pro', whatsappNumber } })
      .expect(200);

    const rows = await rowsFor(documentId);
    expect(rows.map((row) => row.action)).toEqual(['create', 'update']);
    expect(rows[0]).toMatchObject({ entityType: 'community', entityLabel: 'Audited Alumni', communityId: id, actorType: 'api-token' });
    expect(rows[0].changes).toMatchObject({ slug: { old: null, new: slug }, plan: { old: null, new: 'basic' } });
    // A plan change brings the new plan's limits with it.
    expect(rows[1].changes).toEqual({
      plan: { old: 'basic', new: 'pro' },
      memberLimit: { old: 100, new: 500 },
      searchLimitPerMonth: { old: 2000, new: 10000 },
      whatsappNumber: { old: null, new: `+91******${whatsappNumber.slice(-4)}` },
    });
  });

  describe('a member changing their own profile', () => {
    /** A request as the users-permissions strategy and the community policy leave it. */
    const memberRequest = (userId: number, tenant?: { memberDocumentId: string }) =>
      ({
        state: { auth: { strategy: { name: 'users-permissions' }, credentials: { id: userId } }, user: { id: userId }, tenant },
        request: { ip: '203.0.113.5' },
        get: (header: string) => (header.toLowerCase() === 'user-agent' ? 'WhatsApp/2.0' : ''),
      }) as never;

    it('is recorded with the member as actor', async () => {
      const member = await createMember(strapi, community, { name: 'Self Editor' });
      const { jwt } = await loginAsMember(strapi, member);
      await http(strapi)
        .patch('/api/members/me')
        .set('Authorization', `Bearer ${jwt}`)
        .set('User-Agent', 'WhatsApp/2.0')
        .send({ data: { city: 'Madurai' } })
        .expect(200);

      const rows = await rowsFor(member.documentId);
      expect(rows[rows.length - 1]).toMatchObject({
        action: 'update',
        actorType: 'member',
        actorId: member.documentId,
        actorLabel: 'Self Editor',
        userAgent: 'WhatsApp/2.0',
        changes: { city: { old: 'Chennai', new: 'Madurai' } },
      });
    });

    it('names the member from their login when the community policy has not run', async () => {
      const actor = await createMember(strapi, community, { name: 'Named Later' });
      const { userId } = await loginAsMember(strapi, actor);
      const target = await createMember(strapi, community);
      await strapi.requestContext.run(memberRequest(userId), async () => {
        await strapi.documents('api::member.member').update({ documentId: target.documentId, data: { city: 'Salem' } } as never);
      });
      const rows = await rowsFor(target.documentId);
      expect(rows[rows.length - 1]).toMatchObject({ actorType: 'member', actorId: actor.documentId, actorLabel: 'Named Later' });
    });

    it('supports member logins recorded by the login code', async () => {
      const member = await createMember(strapi, community, { name: 'Otp User' });
      audit().record({
        action: 'login',
        entityType: 'session',
        entityDocumentId: member.documentId,
        communityId: community.id,
        actor: { type: 'member', id: member.documentId, label: 'Otp User' },
        changes: { phone: { old: null, new: member.phone } },
        ip: '198.51.100.1',
        userAgent: 'Twilio',
      });
      const rows = await rowsFor(member.documentId);
      const login = rows.find((row) => row.action === 'login');
      expect(login).toMatchObject({ entityType: 'session', actorType: 'member', actorLabel: 'Otp User', ip: '198.51.100.1' });
      expect(login?.changes?.phone.new).not.toBe(member.phone);
    });
  });

  it('writes nothing for a write rolled back with its transaction', async () => {
    const member = await createMember(strapi, community);
    await strapi.db.transaction(async ({ rollback }) => {
      await strapi.documents('api::member.member').update({ documentId: member.documentId, data: { city: 'Nowhere' } } as never);
      await rollback();
    });
    const rows = await rowsFor(member.documentId);
    expect(rows.map((row) => row.action)).toEqual(['create']);
  });

  it('does not fail or slow the request when the audit log cannot be written', async () => {
    const member = await createMember(strapi, community);
    await audit().flush();
    const query = strapi.db.query.bind(strapi.db);
    const error = jest.spyOn(strapi.log, 'error').mockImplementation(() => strapi.log);
    const spy = jest.spyOn(strapi.db, 'query').mockImplementation((uid: string) => {
      const repository = query(uid as never);
      if (uid !== AUDIT_LOG_UID) return repository;
      return { ...repository, createMany: () => Promise.reject(new Error('database unavailable')) } as never;
    });
    try {
      await asToken('put', `/api/members/${member.documentId}`).send({ data: { city: 'Trichy' } }).expect(200);
      await expect(audit().flush()).resolves.toBeUndefined();
      expect(error).toHaveBeenCalledWith(expect.stringMatching(/audit log: 1 entry could not be written: database unavailable/));
      // The log line says how many and why, never what.
      expect(error.mock.calls.flat().join(' ')).not.toMatch(/Trichy|Chennai/);
    } finally {
      spy.mockRestore();
      error.mockRestore();
    }
  });

  describe('is read-only', () => {
    it('refuses creating, changing and deleting entries through the document service', async () => {
      const entries = strapi.documents(AUDIT_LOG_UID as never);
      await expect(
        entries.create({ data: { action: 'login', entityType: 'session', actorType: 'system', occurredAt: new Date() } } as never)
      ).rejects.toMatchObject({ message: 'The audit log is read-only' });
      await expect(
        entries.create({ data: { action: 'login', entityType: 'session', actorType: 'system', occurredAt: new Date() } } as never)
      ).rejects.toBeInstanceOf(errors.ForbiddenError);

      const [existing] = (await strapi.db.query(AUDIT_LOG_UID).findMany({ limit: 1 })) as Array<{ documentId: string }>;
      await expect(entries.update({ documentId: existing.documentId, data: { actorLabel: 'forged' } } as never)).rejects.toBeInstanceOf(errors.ForbiddenError);
      await expect(entries.delete({ documentId: existing.documentId } as never)).rejects.toBeInstanceOf(errors.ForbiddenError);
      expect(await strapi.db.query(AUDIT_LOG_UID).findOne({ where: { documentId: existing.documentId } })).toBeTruthy();
    });

    it('has no REST write routes, and members cannot read it', async () => {
      await http(strapi).post('/api/audit-logs').set('Authorization', `Bearer ${token}`).send({ data: {} }).expect(405);
      const member = await createMember(strapi, community);
      const { jwt } = await loginAsMember(strapi, member);
      await http(strapi).get('/api/audit-logs').set('Authorization', `Bearer ${jwt}`).expect(403);
    });
  });

  describe('admins', () => {
    const email = `admin-${randomBytes(4).toString('hex')}@example.org`;
    const password = 'Audit-Test-Passw0rd';
    let adminJwt: string;

    beforeAll(async () => {
      const registered = await http(strapi)
        .post('/admin/register-admin')
        .send({ firstname: 'Audit', lastname: 'Admin', email, password });
      if (registered.status !== 200) {
        // The database already has an administrator (a persistent test database): add one.
        const superAdmin = await strapi.service('admin::role').getSuperAdmin();
        await strapi.service('admin::user').create({ email, password, firstname: 'Audit', isActive: true, roles: [superAdmin.id] });
      }
    });

    it('records an admin login and a failed one', async () => {
      await audit().flush();
      const since = await strapi.db.query(AUDIT_LOG_UID).count({});
      const login = await http(strapi).post('/admin/login').set('User-Agent', USER_AGENT).send({ email, password }).expect(200);
      adminJwt = login.body.data.token;
      await http(strapi).post('/admin/login').send({ email, password: 'Wrong-passw0rd' }).expect(400);
      await audit().flush();

      const rows = (await strapi.db.query(AUDIT_LOG_UID).findMany({ orderBy: { id: 'asc' }, offset: since })) as AuditRow[];
      const success = rows.find((row) => row.action === 'login');
      expect(success).toMatchObject({ entityType: 'session', actorType: 'admin', actorLabel: email, userAgent: USER_AGENT });
      expect(success?.ip).toMatch(/127\.0\.0\.1|::1/);
      const failure = rows.find((row) => row.action === 'login_failed');
      expect(failure).toMatchObject({ entityType: 'session', actorType: 'admin', actorLabel: `a***@example.org` });
    });

    it('records edits in the Content Manager as the admin, and refuses edits of the audit log there', async () => {
      const member = await createMember(strapi, community);
      await http(strapi)
        .put(`/content-manager/collection-types/api::member.member/${member.documentId}`)
        .set('Authorization', `Bearer ${adminJwt}`)
        .send({ designation: 'Director' })
        .expect(200);
      const rows = await rowsFor(member.documentId);
      expect(rows[rows.length - 1]).toMatchObject({
        action: 'update',
        actorType: 'admin',
        actorLabel: email,
        changes: { designation: { old: null, new: 'Director' } },
      });

      const list = await http(strapi)
        .get(`/content-manager/collection-types/${AUDIT_LOG_UID}?sort=occurredAt:DESC`)
        .set('Authorization', `Bearer ${adminJwt}`)
        .expect(200);
      expect(list.body.results.length).toBeGreaterThan(0);
      const refused = await http(strapi)
        .post(`/content-manager/collection-types/${AUDIT_LOG_UID}`)
        .set('Authorization', `Bearer ${adminJwt}`)
        .send({ action: 'login', entityType: 'session', actorType: 'system', occurredAt: new Date().toISOString() })
        .expect(403);
      expect(refused.body.error.message).toBe('The audit log is read-only');
    });

    it('lists entries newest first in the Content Manager, with read-only fields', async () => {
      const configuration = await strapi.plugin('content-manager').service('content-types').findConfiguration({ uid: AUDIT_LOG_UID });
      expect(configuration.settings).toMatchObject({ defaultSortBy: 'occurredAt', defaultSortOrder: 'DESC' });
      expect(configuration.layouts.list).toEqual(['occurredAt', 'action', 'entityType', 'entityLabel', 'actorLabel']);
      expect(configuration.metadatas.changes.edit.editable).toBe(false);
    });
  });

  it('keeps phone numbers unique after all (the audit middleware passes member rules through)', async () => {
    const phone = randomMobile();
    await asToken('post', '/api/members').send({ data: { name: 'One', phone } }).expect(201);
    await asToken('post', '/api/members').send({ data: { name: 'Two', phone } }).expect(400);
  });

  // Last: it shuts the server down.
  it('writes the entries still queued when Strapi shuts down', async () => {
    const label = `shutdown-${randomBytes(4).toString('hex')}`;
    audit().record({ action: 'login', entityType: 'session', actor: { type: 'system', label } });
    stopped = true;
    await stopStrapi(strapi);

    const client = new Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      const { rows } = await client.query('SELECT count(*)::int AS count FROM audit_logs WHERE actor_label = $1', [label]);
      expect(rows[0].count).toBe(1);
    } finally {
      await client.end();
    }
  });
});
