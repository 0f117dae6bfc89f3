import { randomBytes, randomInt } from 'node:crypto';

import type { Core } from '@strapi/strapi';

import { codeIn, startFakeTwilio, TEST_SMS_FROM, useFakeTwilioForSms, type FakeTwilio } from './fakes/twilio-server';
import { createCommunity, createMember, randomMobile, type CommunityFixture, type MemberFixture } from './helpers/fixtures';
import { bootStrapi, http, stopStrapi } from './helpers/strapi';

/**
 * Phone OTP login end to end: the real twilio SDK sends through a local fake Twilio, the code is
 * read from the captured SMS, and sessions are users-permissions' own (refresh mode).
 */
let strapi: Core.Strapi;
let twilio: FakeTwilio;
let community: CommunityFixture;
let otherCommunity: CommunityFixture;

// Each test calls from its own address, so the per-IP OTP limit never couples tests.
const freshIp = () => `10.${randomInt(0, 255)}.${randomInt(0, 255)}.${randomInt(1, 254)}`;

const sendOtp = (phone: string, ip = freshIp()) =>
  http(strapi).post('/api/auth/send-otp').set('X-Forwarded-For', ip).send({ phone });

const verifyOtp = (phone: string, code: string, headers: Record<string, string> = {}) =>
  http(strapi).post('/api/auth/verify-otp').set('X-Forwarded-For', freshIp()).set(headers).send({ phone, code });

/** Asks for a code and returns it as the member's phone received it. */
const receiveCode = async (phone: string) => {
  const from = twilio.messages.length;
  await sendOtp(phone).expect(200);
  return codeIn(await twilio.waitForMessage(phone, from));
};

const wrongCodeFor = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

/** A phone that ran out of tries is locked this long at first (short, so the suite can wait it out). */
const PHONE_LOCKOUT_SECONDS = 4;

beforeAll(async () => {
  process.env.OTP_PHONE_LOCKOUT_BASE_SECONDS = String(PHONE_LOCKOUT_SECONDS);
  twilio = await startFakeTwilio();
  useFakeTwilioForSms(twilio);
  strapi = await bootStrapi();
  community = await createCommunity(strapi);
  otherCommunity = await createCommunity(strapi);
});

afterAll(async () => {
  await stopStrapi(strapi);
  await twilio?.close();
});

describe('POST /api/auth/send-otp', () => {
  it('texts a member a 6-digit code through Twilio and stores no code in the clear', async () => {
    const member = await createMember(strapi, community);
    const from = twilio.messages.length;
    const response = await sendOtp(member.phone).expect(200);
    expect(response.body.data).toEqual(expect.objectContaining({ status: 'sent', expiresInSeconds: 300 }));
    const sms = await twilio.waitForMessage(member.phone, from);
    expect(sms.from).toBe(TEST_SMS_FROM);
    expect(codeIn(sms)).toMatch(/^\d{6}$/);
    expect(JSON.stringify(response.body)).not.toContain(codeIn(sms));
  });

  it('answers a non-member exactly like a member, and sends nothing', async () => {
    const member = await createMember(strapi, community);
    const stranger = randomMobile();
    const from = twilio.messages.length;
    const forMember = await sendOtp(member.phone).expect(200);
    const forStranger = await sendOtp(stranger).expect(200);
    expect(forStranger.body).toEqual(forMember.body);
    await twilio.waitForMessage(member.phone, from);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(twilio.messages.slice(from).map((message) => message.to)).toEqual([member.phone]);
  });

  it('sends nothing to inactive members or members of suspended communities', async () => {
    const inactive = await createMember(strapi, community, { isActive: false });
    const suspended = await createCommunity(strapi, { accountStatus: 'suspended' });
    const inSuspended = await createMember(strapi, suspended);
    const from = twilio.messages.length;
    await sendOtp(inactive.phone).expect(200);
    await sendOtp(inSuspended.phone).expect(200);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(twilio.messages.slice(from)).toHaveLength(0);
  });

  it('normalises the number and refuses landlines and malformed input with field errors', async () => {
    const member = await createMember(strapi, community);
    const from = twilio.messages.length;
    await sendOtp(member.phone.replace('+91', '0')).expect(200);
    expect((await twilio.waitForMessage(member.phone, from)).to).toBe(member.phone);

    const landline = await sendOtp('+911123456789').expect(400);
    expect(landline.body).toEqual({
      data: null,
      error: expect.objectContaining({
        status: 400,
        name: 'ValidationError',
        // A landline is told why it cannot log in (the rule imports warn with), its number masked.
        message:
          'Phone "+91•••••6789" cannot receive SMS or WhatsApp codes: landline or unallocated number; log in with a mobile number, or ask your community admin to update yours.',
      }),
    });
    expect(JSON.stringify(landline.body.error.message)).not.toContain('+911123456789');
    await http(strapi).post('/api/auth/send-otp').send({ phone: member.phone, extra: 1 }).expect(400);
    await http(strapi).post('/api/auth/send-otp').send({}).expect(400);
  });
});

describe('POST /api/auth/verify-otp', () => {
  let member: MemberFixture;

  beforeAll(async () => {
    member = await createMember(strapi, community, { name: 'Asha Verify' });
  });

  it('logs the member in with a session, their profile and their communities, and records the login', async () => {
    const code = await receiveCode(member.phone);
    const response = await verifyOtp(member.phone, code).expect(200);
    expect(response.body).toEqual(
      expect.objectContaining({
        jwt: expect.any(String),
        refreshToken: expect.any(String),
        user: expect.objectContaining({ id: expect.any(Number), username: member.phone }),
        member: expect.objectContaining({ documentId: member.documentId, name: 'Asha Verify', phone: member.phone }),
        communities: [{ slug: community.slug, name: community.name }],
      })
    );
    expect(response.body.member).not.toHaveProperty('lastLoginAt');

    const me = await http(strapi).get('/api/members/me').set('Authorization', `Bearer ${response.body.jwt}`).expect(200);
    expect(me.body.data.documentId).toBe(member.documentId);

    const row = await strapi.db.query('api::member.member').findOne({
      where: { documentId: member.documentId },
      populate: { user: { populate: { role: true } } },
    });
    expect(new Date(row.lastLoginAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(row.user.role.type).toBe('member');

    await strapi.service('api::audit-log.audit-log').flush();
    const audit = await strapi.db.query('api::audit-log.audit-log').findMany({
      where: { entityDocumentId: member.documentId, action: 'login' },
    });
    expect(audit).toEqual([
      expect.objectContaining({ actorType: 'member', actorLabel: 'Asha Verify', entityType: 'session', communityId: community.id }),
    ]);
  });

  it('refuses a wrong code, saying how many attempts are left, and audits the failure without the number', async () => {
    const code = await receiveCode(member.phone);
    const response = await verifyOtp(member.phone, wrongCodeFor(code)).expect(400);
    expect(response.body.error).toEqual(
      expect.objectContaining({ name: 'ValidationError', message: 'Invalid or expired code', details: { attemptsLeft: 4 } })
    );
    await strapi.service('api::audit-log.audit-log').flush();
    const failures = await strapi.db.query('api::audit-log.audit-log').findMany({
      where: { action: 'login_failed', entityLabel: { $endsWith: member.phone.slice(-4) } },
    });
    expect(failures.length).toBeGreaterThan(0);
    expect(JSON.stringify(failures)).not.toContain(member.phone);
    await verifyOtp(member.phone, code).expect(200);
  });

  it('accepts a code once only', async () => {
    const code = await receiveCode(member.phone);
    await verifyOtp(member.phone, code).expect(200);
    await verifyOtp(member.phone, code).expect(400);
  });

  it('replaces an earlier code when a new one is requested', async () => {
    const { phone } = await createMember(strapi, community);
    const first = await receiveCode(phone);
    const second = await receiveCode(phone);
    if (first !== second) await verifyOtp(phone, first).expect(400);
    await verifyOtp(phone, second).expect(200);
  });

  it('locks the phone after 5 wrong codes: the 6th try is refused with Retry-After, even with the right code', async () => {
    const target = await createMember(strapi, community);
    const code = await receiveCode(target.phone);
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await verifyOtp(target.phone, wrongCodeFor(code)).expect(400);
    }
    const locked = await verifyOtp(target.phone, code).expect(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    expect(locked.body.error).toEqual(expect.objectContaining({ status: 429, name: 'RateLimitError' }));
    // A locked phone cannot ask for a new code either.
    await sendOtp(target.phone).expect(429);
  });

  it('locks a non-member phone the same way, so lockouts reveal nothing', async () => {
    const stranger = randomMobile();
    await sendOtp(stranger).expect(200);
    const attemptsLeft = [];
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      attemptsLeft.push((await verifyOtp(stranger, '123456').expect(400)).body.error.details.attemptsLeft);
    }
    expect(attemptsLeft).toEqual([4, 3, 2, 1, 0]);
    await verifyOtp(stranger, '123456').expect(429);
  });

  it('links one account to every community of the phone, and X-Community picks where to act', async () => {
    const phone = randomMobile();
    const inFirst = await createMember(strapi, community, { phone });
    const inSecond = await createMember(strapi, otherCommunity, { phone });
    const code = await receiveCode(phone);
    const login = await verifyOtp(phone, code, { 'X-Community': otherCommunity.slug }).expect(200);
    expect(login.body.member.documentId).toBe(inSecond.documentId);
    expect(login.body.communities.map((entry: { slug: string }) => entry.slug).sort()).toEqual(
      [community.slug, otherCommunity.slug].sort()
    );
    const rows = await strapi.db.query('api::member.member').findMany({
      where: { documentId: { $in: [inFirst.documentId, inSecond.documentId] } },
      populate: { user: true },
    });
    expect(new Set(rows.map((row: { user: { id: number } }) => row.user.id)).size).toBe(1);

    const me = await http(strapi)
      .get('/api/members/me')
      .set('Authorization', `Bearer ${login.body.jwt}`)
      .set('X-Community', community.slug)
      .expect(200);
    expect(me.body.data.documentId).toBe(inFirst.documentId);
  });

  it('never hands an account to a new number: a record given another phone loses its login', async () => {
    const victimPhone = randomMobile();
    const inFirst = await createMember(strapi, community, { phone: victimPhone });
    await createMember(strapi, otherCommunity, { phone: victimPhone, name: 'Victim Elsewhere' });
    const victim = (await verifyOtp(victimPhone, await receiveCode(victimPhone)).expect(200)).body;

    // An admin of the first community (or a typo) gives the record someone else's number.
    const attackerPhone = randomMobile();
    await strapi.documents('api::member.member').update({ documentId: inFirst.documentId, data: { phone: attackerPhone } } as never);
    const attacker = (await verifyOtp(attackerPhone, await receiveCode(attackerPhone)).expect(200)).body;

    expect(attacker.user.id).not.toBe(victim.user.id);
    expect(attacker.communities).toEqual([{ slug: community.slug, name: community.name }]);
    await http(strapi)
      .get('/api/members/me')
      .set('Authorization', `Bearer ${attacker.jwt}`)
      .set('X-Community', otherCommunity.slug)
      .expect(403);
  });

  it('validates the body strictly', async () => {
    await http(strapi).post('/api/auth/verify-otp').send({ phone: member.phone, code: '12345' }).expect(400);
    await http(strapi).post('/api/auth/verify-otp').send({ phone: member.phone, code: 'abcdef' }).expect(400);
    await http(strapi).post('/api/auth/verify-otp').send({ phone: member.phone, code: '123456', admin: true }).expect(400);
  });
});

describe('lockouts: the sender of wrong codes is locked out, the phone only slowed', () => {
  const verifyFrom = (ip: string, phone: string, code: string) =>
    http(strapi).post('/api/auth/verify-otp').set('X-Forwarded-For', ip).send({ phone, code });
  const sleep = (seconds: number) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));

  /** Five wrong codes from `ip`, each for another (non-member) phone, so only the source is counted. */
  const burnSource = async (ip: string) => {
    for (let attempt = 1; attempt <= 5; attempt += 1) await verifyFrom(ip, randomMobile(), '000000').expect(400);
  };

  it('an attacker on one network locks that network for long, and the member elsewhere logs in after a short delay', async () => {
    const victim = await createMember(strapi, community);
    const attackerIp = `192.0.2.${randomInt(1, 254)}`;
    const memberIp = freshIp();
    const code = await receiveCode(victim.phone);
    const attemptsLeft = [];
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      attemptsLeft.push((await verifyFrom(attackerIp, victim.phone, wrongCodeFor(code)).expect(400)).body.error.details.attemptsLeft);
    }
    expect(attemptsLeft).toEqual([4, 3, 2, 1, 0]);

    // The attacker's address is locked for OTP_LOCKOUT_BASE_SECONDS, for any phone, even with a right code.
    for (const phone of [victim.phone, randomMobile()]) {
      const locked = await verifyFrom(attackerIp, phone, code).expect(429);
      expect(locked.body.error).toEqual({
        status: 429,
        name: 'RateLimitError',
        message: 'Too many wrong codes from this network: try again later',
        details: { lockout: 'source', retryAfterSeconds: expect.any(Number) },
      });
      expect(Number(locked.headers['retry-after'])).toBeGreaterThan(800);
    }

    // The member, from their own network, is only held back for the phone's short lock.
    const slowed = await verifyFrom(memberIp, victim.phone, code).expect(429);
    expect(slowed.body.error.details).toEqual({ lockout: 'phone', retryAfterSeconds: expect.any(Number) });
    const waitSeconds = Number(slowed.headers['retry-after']);
    expect(waitSeconds).toBeGreaterThan(0);
    expect(waitSeconds).toBeLessThanOrEqual(PHONE_LOCKOUT_SECONDS);
    await sleep(waitSeconds + 0.2);
    const fresh = await receiveCode(victim.phone);
    const login = await verifyFrom(memberIp, victim.phone, fresh).expect(200);
    expect(login.body.member.documentId).toBe(victim.documentId);
    // The attacker is still locked out.
    await verifyFrom(attackerIp, randomMobile(), '123456').expect(429);
  });

  it('locks IPv4 addresses one by one and IPv6 by /64, however the address is written', async () => {
    const v4 = `198.51.100.${randomInt(1, 200)}`;
    await burnSource(v4);
    await verifyFrom(v4, randomMobile(), '000000').expect(429);
    await verifyFrom(`::ffff:${v4}`, randomMobile(), '000000').expect(429);
    await verifyFrom(v4.replace(/\d+$/, (last) => String(Number(last) + 1)), randomMobile(), '000000').expect(400);

    const prefix = `2001:db8:${randomInt(0, 0xffff).toString(16)}:${randomInt(0, 0xfffe).toString(16)}`;
    await burnSource(`${prefix}::1`);
    for (const sameNetwork of [`${prefix}::2`, `${prefix}:ffff:ffff:ffff:ffff`, `${prefix.toUpperCase()}::abcd`]) {
      const locked = await verifyFrom(sameNetwork, randomMobile(), '000000').expect(429);
      expect(locked.body.error.details.lockout).toBe('source');
    }
    const [a, b, c, d] = prefix.split(':');
    const nextNetwork = `${a}:${b}:${c}:${(parseInt(d, 16) + 1).toString(16)}::1`;
    await verifyFrom(nextNetwork, randomMobile(), '000000').expect(400);
  });

  describe('admins clear a phone lockout', () => {
    const PASSWORD = 'Lockout-Test-Passw0rd';
    let superAdmin: string;
    let ownAdmin: string;
    let otherAdmin: string;

    const createAdmin = async (roleId: number) => {
      const email = `lockout-${randomBytes(4).toString('hex')}@example.org`;
      const user = (await strapi.service('admin::user').create({ email, password: PASSWORD, firstname: 'Lockout', isActive: true, roles: [roleId] })) as { id: number };
      const login = await http(strapi).post('/admin/login').send({ email, password: PASSWORD }).expect(200);
      return { id: user.id, token: login.body.data.token as string };
    };
    const clear = (token: string | undefined, body: unknown) => {
      const request = http(strapi).post('/community-access/lockouts/clear');
      return (token ? request.set('Authorization', `Bearer ${token}`) : request).send(body as object);
    };
    /** Locks the phone by five wrong codes, each from another address (so no source is locked). */
    const lockPhone = async (phone: string) => {
      await sendOtp(phone).expect(200);
      for (let attempt = 1; attempt <= 5; attempt += 1) await verifyOtp(phone, '000000').expect(400);
      await verifyOtp(phone, '000000').expect(429);
    };

    beforeAll(async () => {
      const admins = strapi.service('api::community.community-admins') as unknown as {
        findOrCreateRole(): Promise<number>;
        link(community: string, adminUserId: number): Promise<void>;
      };
      const communityAdminRole = await admins.findOrCreateRole();
      const superAdminRole = (await strapi.service('admin::role').getSuperAdmin()) as { id: number };
      superAdmin = (await createAdmin(superAdminRole.id)).token;
      const own = await createAdmin(communityAdminRole);
      await admins.link(community.documentId, own.id);
      ownAdmin = own.token;
      const other = await createAdmin(communityAdminRole);
      await admins.link(otherCommunity.documentId, other.id);
      otherAdmin = other.token;
    });

    it("lets a community admin clear their member's lockout, not another community's admin; audited without the number", async () => {
      const member = await createMember(strapi, community, { name: 'Locked Out Member' });
      await lockPhone(member.phone);

      const refused = await clear(otherAdmin, { phone: member.phone }).expect(403);
      expect(refused.body).toEqual({ data: null, error: expect.objectContaining({ status: 403, name: 'ForbiddenError', message: 'You can clear lockouts only of members of your communities' }) });
      await verifyOtp(member.phone, '000000').expect(429);

      const cleared = await clear(ownAdmin, { phone: member.phone.replace('+91', '0') }).expect(200);
      expect(cleared.body).toEqual({ data: { cleared: true, wasLocked: true } });
      const code = await receiveCode(member.phone);
      await verifyOtp(member.phone, code).expect(200);

      await strapi.service('api::audit-log.audit-log').flush();
      const audit = await strapi.db.query('api::audit-log.audit-log').findMany({ where: { entityType: 'login-lockout', entityDocumentId: member.documentId } });
      expect(audit).toEqual([expect.objectContaining({ action: 'update', actorType: 'admin', communityId: community.id })]);
      expect(JSON.stringify(audit)).not.toContain(member.phone);
      expect(audit[0].entityLabel).toContain(member.phone.slice(-4));
    });

    it('lets a super admin clear any number (a member elsewhere, or nobody), and refuses anyone else and bad input', async () => {
      const elsewhere = await createMember(strapi, otherCommunity);
      await lockPhone(elsewhere.phone);
      await clear(ownAdmin, { phone: elsewhere.phone }).expect(403);
      expect((await clear(superAdmin, { phone: elsewhere.phone }).expect(200)).body.data).toEqual({ cleared: true, wasLocked: true });
      await verifyOtp(elsewhere.phone, await receiveCode(elsewhere.phone)).expect(200);

      const nobody = randomMobile();
      // A community admin gets the same answer for nobody's number as for another community's member.
      await clear(ownAdmin, { phone: nobody }).expect(403);
      expect((await clear(superAdmin, { phone: nobody }).expect(200)).body.data).toEqual({ cleared: true, wasLocked: false });

      await clear(undefined, { phone: nobody }).expect(401);
      const member = await createMember(strapi, community);
      const memberLogin = (await verifyOtp(member.phone, await receiveCode(member.phone)).expect(200)).body;
      await clear(memberLogin.jwt, { phone: nobody }).expect(401);
      for (const body of [{}, { phone: '' }, { phone: 'abc' }, { phone: '+911123456789' }, { phone: 919876543210 }, { phone: nobody, community: 'x' }, { phone: '٩'.repeat(12) }, [nobody]]) {
        const bad = await clear(superAdmin, body).expect(400);
        expect(bad.body).toEqual({ data: null, error: expect.objectContaining({ status: 400, name: 'ValidationError' }) });
      }
    });
  });
});

describe('sessions: refresh and logout', () => {
  type Session = { jwt: string; refreshToken: string; user: { id: number } };

  const login = async (phone?: string, deviceId?: string) => {
    const member = phone ? { phone } : await createMember(strapi, community);
    const code = await receiveCode(member.phone);
    const body = deviceId ? { phone: member.phone, code, deviceId } : { phone: member.phone, code };
    return (await http(strapi).post('/api/auth/verify-otp').set('X-Forwarded-For', freshIp()).send(body).expect(200)).body as Session;
  };
  const refresh = (refreshToken: unknown) => http(strapi).post('/api/auth/refresh').send({ refreshToken });
  const me = (jwt: string) => http(strapi).get('/api/members/me').set('Authorization', `Bearer ${jwt}`);
  const logout = (jwt: string, body?: unknown) => {
    const request = http(strapi).post('/api/auth/logout').set('Authorization', `Bearer ${jwt}`);
    return body === undefined ? request : request.send(body as object);
  };
  /** Every token of a session is refused: its access tokens everywhere, its refresh tokens. */
  const expectEnded = async (...sessions: Session[]) => {
    for (const session of sessions) {
      await me(session.jwt).expect(401);
      // A route that resolves no community (users-permissions' own) refuses it too.
      await logout(session.jwt).expect(401);
      await refresh(session.refreshToken).expect(401);
    }
  };
  /** Still usable (checked without rotating its refresh token). */
  const expectLive = async (session: Session) => {
    await me(session.jwt).expect(200);
  };

  it('ends the whole session when a rotated refresh token is used again: thief and member both must log in again', async () => {
    const first = await login();
    const second = (await refresh(first.refreshToken).expect(200)).body as Session;
    const third = (await refresh(second.refreshToken).expect(200)).body as Session;
    await expectLive(third);
    // Someone replays an old refresh token of the chain; once the session has ended, any of its tokens is simply invalid.
    const reused = await refresh(second.refreshToken).expect(401);
    expect(reused.body).toEqual({
      data: null,
      error: { status: 401, name: 'UnauthorizedError', message: expect.stringMatching(/already used.*log in again/), details: { reason: 'refresh_token_reused' } },
    });
    expect((await refresh(first.refreshToken).expect(401)).body.error.message).toMatch(/log in again/);
    // The legitimate holder's next refresh fails clearly, and every access token of the chain is dead.
    const next = await refresh(third.refreshToken).expect(401);
    expect(next.body.error.message).toMatch(/log in again/);
    await expectEnded(first, { ...second, refreshToken: third.refreshToken }, third);

    await strapi.service('api::audit-log.audit-log').flush();
    const audit = await strapi.db.query('api::audit-log.audit-log').findMany({ where: { action: 'logout', entityLabel: { $startsWith: 'refresh token reused' } } });
    expect(audit.length).toBeGreaterThan(0);
  });

  it('lets only one of two concurrent refreshes with the same token through, and then ends the session', async () => {
    const session = await login();
    const answers = await Promise.all([refresh(session.refreshToken), refresh(session.refreshToken), refresh(session.refreshToken)]);
    expect(answers.filter((answer) => answer.status === 200).length).toBeLessThanOrEqual(1);
    expect(answers.every((answer) => answer.status === 200 || answer.status === 401)).toBe(true);
    for (const answer of answers.filter((each) => each.status === 200)) await expectEnded(answer.body as Session);
    await expectEnded(session);
  });

  it('answers every malformed or foreign refresh token with a 400 or 401 in the envelope, never a 500', async () => {
    const session = await login();
    const [header, payload] = session.refreshToken.split('.');
    const forged = `${header}.${payload}.${Buffer.from('not the signature').toString('base64url')}`;
    const unsigned = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${payload}.`;
    for (const token of ['garbage', 'a.b.c', forged, unsigned, session.jwt, `${session.refreshToken} `, 'é'.repeat(300), session.refreshToken.toUpperCase()]) {
      const answer = await refresh(token).expect(401);
      expect(answer.body).toEqual({
        data: null,
        error: expect.objectContaining({ status: 401, name: 'UnauthorizedError', message: 'Invalid or expired refresh token: log in again' }),
      });
    }
    for (const body of [{}, { refreshToken: '' }, { refreshToken: 42 }, { refreshToken: null }, { refreshToken: ['x'] }, { refreshToken: 'x'.repeat(5000) }, { refreshToken: session.refreshToken, extra: 1 }]) {
      const answer = await http(strapi).post('/api/auth/refresh').send(body).expect(400);
      expect(answer.body).toEqual({ data: null, error: expect.objectContaining({ status: 400, name: 'ValidationError' }) });
    }
    await http(strapi).post('/api/auth/refresh').expect(400);
    // None of that touched the real session (a forged token is not a reuse).
    await refresh(session.refreshToken).expect(200);
  });

  it('rotates refresh tokens: the new pair works, the old refresh token does not', async () => {
    const first = await login();
    const refreshed = await http(strapi).post('/api/auth/refresh').send({ refreshToken: first.refreshToken }).expect(200);
    expect(refreshed.body.jwt).toEqual(expect.any(String));
    expect(refreshed.body.refreshToken).not.toBe(first.refreshToken);
    await http(strapi).get('/api/members/me').set('Authorization', `Bearer ${refreshed.body.jwt}`).expect(200);
    await http(strapi).post('/api/auth/refresh').send({ refreshToken: first.refreshToken }).expect(401);
  });

  it('logout revokes the session: its access token and refresh token stop working at once', async () => {
    const session = await login();
    await http(strapi)
      .post('/api/auth/logout')
      .set('Authorization', `Bearer ${session.jwt}`)
      .send({ refreshToken: session.refreshToken })
      .expect(200);
    // Access tokens are self-contained JWTs: only the session check makes them stop before they expire.
    await http(strapi).get('/api/members/me').set('Authorization', `Bearer ${session.jwt}`).expect(401);
    await http(strapi).post('/api/auth/refresh').send({ refreshToken: session.refreshToken }).expect(401);
  });

  it('logout without a device id ends the whole session the token belongs to, after refreshes too, and no other', async () => {
    // By the first access token (its row was rotated since), by the current one, by an old refresh token, by the current refresh token.
    const ways: Array<(first: Session, current: Session) => ReturnType<typeof logout>> = [
      (first) => logout(first.jwt),
      (_first, current) => logout(current.jwt, {}),
      (first, current) => logout(current.jwt, { refreshToken: first.refreshToken }),
      (first, current) => logout(first.jwt, { refreshToken: current.refreshToken }),
    ];
    for (const way of ways) {
      // A member per way: codes are limited to RATE_LIMIT_OTP_PER_PHONE_PER_HOUR per phone.
      const { phone } = await createMember(strapi, community);
      const other = await login(phone);
      const first = await login(phone);
      const second = (await refresh(first.refreshToken).expect(200)).body as Session;
      const current = { ...second, ...(await refresh(second.refreshToken).expect(200)).body } as Session;
      expect((await way(first, current).expect(200)).body).toEqual({ ok: true });
      await expectEnded(first, current);
      await me(second.jwt).expect(401);
      // The member's other session (another device) is untouched.
      await expectLive(other);
      await refresh(other.refreshToken).expect(200);
    }
  });

  it('logs out one device by its deviceId, or everywhere with {everywhere: true}', async () => {
    const phone = (await createMember(strapi, community)).phone;
    const phoneApp = await login(phone, 'phone-app');
    const laptop = await login(phone, 'laptop');
    const tablet = await login(phone);
    const stranger = await login();
    await logout(tablet.jwt, { deviceId: 'phone-app' }).expect(200);
    await expectEnded(phoneApp);
    await expectLive(laptop);
    await expectLive(tablet);

    const rotatedLaptop = { ...laptop, ...(await refresh(laptop.refreshToken).expect(200)).body } as Session;
    expect((await logout(tablet.jwt, { everywhere: true }).expect(200)).body).toEqual({ ok: true });
    await expectEnded(laptop, rotatedLaptop, tablet);
    // Another member is not logged out by anyone else's "everywhere".
    await expectLive(stranger);
  });

  it("refuses bad logout bodies and another account's refresh token, ending nothing", async () => {
    const session = await login();
    const stranger = await login();
    const refused = await logout(session.jwt, { refreshToken: stranger.refreshToken }).expect(400);
    expect(refused.body).toEqual({ data: null, error: expect.objectContaining({ status: 400, name: 'ValidationError' }) });
    for (const body of [
      { everywhere: 'yes' },
      { everywhere: 1 },
      { everywhere: true, deviceId: 'x' },
      { everywhere: true, refreshToken: session.refreshToken },
      { deviceId: 'x', refreshToken: session.refreshToken },
      { deviceId: '' },
      { deviceId: 'd'.repeat(129) },
      { scope: 'all' },
      { refreshToken: 'not a token' },
      [1],
    ]) {
      const answer = await logout(session.jwt, body).expect(400);
      expect(answer.body.error).toEqual(expect.objectContaining({ status: 400, name: 'ValidationError' }));
    }
    await http(strapi).post('/api/auth/logout').send({ everywhere: true }).expect((answer) => expect([401, 403]).toContain(answer.status));
    await expectLive(session);
    await expectLive(stranger);
    await refresh(stranger.refreshToken).expect(200);
  });
});

describe('members act only as themselves', () => {
  it('can PATCH their own profile, but not their phone, and never another member', async () => {
    const self = await createMember(strapi, community);
    const other = await createMember(strapi, community, { name: 'Someone Else' });
    const code = await receiveCode(self.phone);
    const { jwt } = (await verifyOtp(self.phone, code).expect(200)).body;
    const auth = { Authorization: `Bearer ${jwt}` };

    const updated = await http(strapi).patch('/api/members/me').set(auth).send({ data: { city: 'Pune', skills: ['Tax'] } }).expect(200);
    expect(updated.body.data).toEqual(expect.objectContaining({ city: 'Pune', skills: ['Tax'] }));
    await http(strapi).patch('/api/members/me').set(auth).send({ data: { phone: randomMobile() } }).expect(400);
    await http(strapi).patch('/api/members/me').set(auth).send({ data: { isActive: false } }).expect(400);

    await http(strapi).put(`/api/members/${other.documentId}`).set(auth).send({ data: { name: 'Hijacked' } }).expect(403);
    await http(strapi).delete(`/api/members/${other.documentId}`).set(auth).expect(403);
    const row = await strapi.db.query('api::member.member').findOne({ where: { documentId: other.documentId } });
    expect(row.name).toBe('Someone Else');
    expect(row.isActive).toBe(true);
  });

  it('cannot read another community', async () => {
    const self = await createMember(strapi, community);
    const elsewhere = await createMember(strapi, otherCommunity);
    const code = await receiveCode(self.phone);
    const { jwt } = (await verifyOtp(self.phone, code).expect(200)).body;
    await http(strapi).get(`/api/members/${elsewhere.documentId}`).set('Authorization', `Bearer ${jwt}`).expect(404);
    await http(strapi)
      .get('/api/members')
      .set('Authorization', `Bearer ${jwt}`)
      .set('X-Community', otherCommunity.slug)
      .expect(403);
  });
});
