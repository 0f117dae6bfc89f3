import { randomBytes, randomInt } from 'node:crypto';

import type { Core } from '@strapi/strapi';

import { startFakeTwilio, TEST_SMS_FROM, type FakeTwilio } from './fakes/twilio-server';
import { createApiToken, createCommunity, createMember, loginAsMember, randomMobile, type CommunityFixture, type MemberFixture } from './helpers/fixtures';
import { bootStrapi, http, stopStrapi } from './helpers/strapi';
import { chatAs, PUBLIC_URL, randomWhatsappNumber } from './helpers/whatsapp';

/**
 * Limits that must not be side-stepped (issue 17): the per-IP limit in every spelling of `/api`,
 * IPv6 clients counted by their /64, a warning when a proxy is not trusted, and each member's
 * fair share of the community's monthly searches over the API and WhatsApp.
 */
let strapi: Core.Strapi;
let fake: FakeTwilio;
let apiToken: string;

const LIMITS = { global: 5, otpPerIp: 3, otpVerifyPerIp: 3 };
/** Share = max(ceil(10% of the monthly limit), 2), at most the limit. */
const SHARE = { percent: 10, minimum: 2 };

const freshIPv4 = () => `10.${randomInt(0, 255)}.${randomInt(0, 255)}.${randomInt(1, 254)}`;
/** A random /64, as `2001:db8:<a>:<b>`; addresses inside it are `${prefix}::<n>` etc. */
const freshIPv6Prefix = () => `2001:db8:${randomInt(1, 0xffff).toString(16)}:${randomInt(1, 0xffff).toString(16)}`;
/** The same address written out in full, with leading zeros and upper case. */
const expanded = (prefix: string, interfaceId: string) =>
  `${prefix
    .split(':')
    .map((group) => group.padStart(4, '0'))
    .join(':')}:${interfaceId}`.toUpperCase();

beforeAll(async () => {
  fake = await startFakeTwilio();
  Object.assign(process.env, {
    TRUST_PROXY: 'true',
    RATE_LIMIT_GLOBAL_PER_HOUR: String(LIMITS.global),
    RATE_LIMIT_SEARCH_PER_HOUR: '1000',
    RATE_LIMIT_OTP_PER_PHONE_PER_HOUR: '3',
    RATE_LIMIT_OTP_PER_IP_PER_HOUR: String(LIMITS.otpPerIp),
    RATE_LIMIT_OTP_VERIFY_PER_IP_PER_HOUR: String(LIMITS.otpVerifyPerIp),
    SEARCH_MEMBER_SHARE_PERCENT: String(SHARE.percent),
    SEARCH_MEMBER_SHARE_MIN: String(SHARE.minimum),
    SMS_PROVIDER: 'twilio',
    TWILIO_SMS_FROM: TEST_SMS_FROM,
    TWILIO_ACCOUNT_SID: fake.accountSid,
    TWILIO_AUTH_TOKEN: fake.authToken,
    TWILIO_API_BASE_URL: fake.url,
    PUBLIC_URL,
  });
  strapi = await bootStrapi();
  apiToken = await createApiToken(strapi);
});

afterAll(async () => {
  strapi?.service('api::community.quotas').useClock(() => new Date());
  await stopStrapi(strapi);
  await fake.close();
});

describe('the per-IP limit counts /api in every spelling', () => {
  let slug: string;
  beforeAll(async () => {
    slug = (await createCommunity(strapi)).slug;
  });

  const spellings = () => [
    '/API/community-search/ping',
    '/Api/Community-Search/Ping',
    '/api/community-search/ping/',
    '//api/community-search/ping',
    '/api//community-search//ping',
    '/%61pi/community-search/ping',
    '/%2Fapi/community-search/ping',
    '/./api/community-search/ping',
    `/api/c/${slug}/members`,
    `/API/C/${slug}/Members`,
    `/api/c/${slug}/community-search/search?q=x`,
    '/api/no-such-route',
    '/api',
  ];

  it('counts each spelling against the same address, then refuses it (never a 500)', async () => {
    for (const path of spellings()) {
      const ip = freshIPv4();
      for (let request = 1; request <= LIMITS.global; request += 1) {
        const response = await http(strapi).get(path).set('X-Forwarded-For', ip);
        expect([path, response.status < 500 && response.status !== 429]).toEqual([path, true]);
      }
      // The spelling used the address's whole allowance: the plain path is refused too, and so is the spelling.
      const plain = await http(strapi).get('/api/community-search/ping').set('X-Forwarded-For', ip);
      expect([path, plain.status]).toEqual([path, 429]);
      const again = await http(strapi).get(path).set('X-Forwarded-For', ip);
      expect([path, again.status, again.body.error?.details?.limit]).toEqual([path, 429, 'global']);
    }
  });

  it('still exempts signed webhooks in any letter case, and does not count the admin panel or /health', async () => {
    const ip = freshIPv4();
    for (let request = 1; request <= LIMITS.global + 2; request += 1) {
      for (const path of ['/api/whatsapp-bot/webhook', '/API/WhatsApp-Bot/Webhook', '/api/billing/webhook/']) {
        const webhook = await http(strapi).post(path).set('X-Forwarded-For', ip).send({});
        expect([path, webhook.status]).not.toEqual([path, 429]);
      }
      expect((await http(strapi).get('/admin/init').set('X-Forwarded-For', ip)).status).not.toBe(429);
      expect((await http(strapi).get('/healthz').set('X-Forwarded-For', ip)).status).toBe(200);
    }
    await http(strapi).get('/api/community-search/ping').set('X-Forwarded-For', ip).expect(200);
  });
});

describe('per-IP limits count an IPv6 client by its /64', () => {
  /** Different addresses of one /64, in different spellings. */
  const sameSubnet = (prefix: string) => [
    `${prefix}::1`,
    `${prefix}:aaaa:bbbb:cccc:dddd`,
    expanded(prefix, '0000:0000:0000:0002'),
    `${prefix}::3%eth0`,
    `${prefix}:0:0:0:4`.toUpperCase(),
    `[${prefix}::5]`,
    `${prefix}:1:2:3.4.5.6`,
  ];

  it('global: rotating addresses inside one /64 shares one allowance; another /64 has its own', async () => {
    const prefix = freshIPv6Prefix();
    const addresses = sameSubnet(prefix);
    for (let request = 0; request < LIMITS.global; request += 1) {
      await http(strapi).get('/api/community-search/ping').set('X-Forwarded-For', addresses[request]).expect(200);
    }
    for (const address of addresses) {
      const refused = await http(strapi).get('/api/community-search/ping').set('X-Forwarded-For', address);
      expect([address, refused.status]).toEqual([address, 429]);
    }
    // Neighbouring /64s (last group of the prefix, and the group before it, differ) are other clients.
    const [a, b, c, d] = prefix.split(':');
    for (const neighbour of [`${a}:${b}:${c}:${(parseInt(d, 16) ^ 1).toString(16)}::1`, `${a}:${b}:${(parseInt(c, 16) ^ 1).toString(16)}:${d}::1`]) {
      await http(strapi).get('/api/community-search/ping').set('X-Forwarded-For', neighbour).expect(200);
    }
  });

  it('global: IPv4-mapped IPv6 is the IPv4 address; IPv4 addresses stay apart', async () => {
    const ip = freshIPv4();
    const [w, x, y, z] = ip.split('.').map(Number);
    const hexMapped = `::ffff:${((w << 8) | x).toString(16)}:${((y << 8) | z).toString(16)}`;
    const spellings = [ip, `::ffff:${ip}`, `::FFFF:${ip}`, `0:0:0:0:0:ffff:${ip}`, hexMapped];
    for (let request = 0; request < LIMITS.global; request += 1) {
      await http(strapi).get('/api/community-search/ping').set('X-Forwarded-For', spellings[request]).expect(200);
    }
    for (const spelling of spellings) {
      const refused = await http(strapi).get('/api/community-search/ping').set('X-Forwarded-For', spelling);
      expect([spelling, refused.status]).toEqual([spelling, 429]);
    }
    const nextDoor = `${w}.${x}.${y}.${z === 254 ? 253 : z + 1}`;
    await http(strapi).get('/api/community-search/ping').set('X-Forwarded-For', nextDoor).expect(200);
  });

  it('OTP send: rotating addresses inside one /64 does not buy more codes', async () => {
    const addresses = sameSubnet(freshIPv6Prefix());
    for (let request = 0; request < LIMITS.otpPerIp; request += 1) {
      await http(strapi).post('/api/auth/send-otp').set('X-Forwarded-For', addresses[request]).send({ phone: randomMobile() }).expect(200);
    }
    const refused = await http(strapi).post('/api/auth/send-otp').set('X-Forwarded-For', addresses[LIMITS.otpPerIp]).send({ phone: randomMobile() }).expect(429);
    expect(refused.body.error.details.limit).toBe('otpPerIp');
    await http(strapi).post('/api/auth/send-otp').set('X-Forwarded-For', `${freshIPv6Prefix()}::1`).send({ phone: randomMobile() }).expect(200);
  });

  it('OTP verify: rotating addresses inside one /64 does not buy more guesses', async () => {
    const addresses = sameSubnet(freshIPv6Prefix());
    for (let request = 0; request < LIMITS.otpVerifyPerIp; request += 1) {
      await http(strapi).post('/api/auth/verify-otp').set('X-Forwarded-For', addresses[request]).send({ phone: randomMobile(), code: '123456' }).expect(400);
    }
    const refused = await http(strapi)
      .post('/api/auth/verify-otp')
      .set('X-Forwarded-For', addresses[LIMITS.otpVerifyPerIp])
      .send({ phone: randomMobile(), code: '123456' })
      .expect(429);
    expect(refused.body.error.details.limit).toBe('otpVerifyPerIp');
  });
});

describe('a proxy that is not trusted', () => {
  const freshHealth = async () => {
    // /health answers from a one-second cache.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    return http(strapi).get('/health').expect(200);
  };

  it('is warned about once in the log and reported on /health when X-Forwarded-For arrives', async () => {
    const before = await freshHealth();
    expect(before.body.warnings).toBeUndefined();
    const warn = jest.spyOn(strapi.log, 'warn');
    const proxyWarnings = () => warn.mock.calls.filter(([message]) => /TRUST_PROXY/.test(String(message))).map(([message]) => String(message));
    let warned: string[] = [];
    const app = strapi.server.app;
    // As with TRUST_PROXY unset (the koa setting config/server.ts derives from it).
    app.proxy = false;
    try {
      // A direct request (no X-Forwarded-For) is nothing to warn about.
      await http(strapi).get('/healthz').expect(200);
      expect(proxyWarnings()).toHaveLength(0);
      for (const forwarded of ['203.0.113.9', '2001:db8::9, 10.0.0.1', '']) {
        await http(strapi).get('/healthz').set('X-Forwarded-For', forwarded).expect(200);
      }
      warned = proxyWarnings();
    } finally {
      app.proxy = true;
      warn.mockRestore();
    }
    expect(warned).toHaveLength(1);
    // Says what to do, and carries no client address.
    expect(warned[0]).toMatch(/Set TRUST_PROXY=true/);
    expect(warned[0]).not.toMatch(/203\.0\.113\.9|2001:db8/);
    const after = await freshHealth();
    expect(after.body.warnings).toEqual({ proxy: expect.stringMatching(/X-Forwarded-For .* TRUST_PROXY is not set/) });
    expect(after.body.status).toBe('ok');
  });
});

describe("each member's share of the community's monthly searches", () => {
  const quotas = () => strapi.service('api::community.quotas');
  const indexer = () => strapi.plugin('community-search').service('indexer') as { flush(): Promise<void> };
  const searchAs = (jwt: string, q = 'accounting') =>
    http(strapi).get('/api/community-search/search').query({ q }).set('Authorization', `Bearer ${jwt}`).set('X-Forwarded-For', freshIPv4());
  const usageOf = async (community: CommunityFixture) =>
    (await http(strapi).get('/api/communities/current/usage').set('Authorization', `Bearer ${apiToken}`).set('X-Community', community.slug).set('X-Forwarded-For', freshIPv4()).expect(200))
      .body.data;

  beforeAll(() => quotas().useClock(() => new Date('2026-11-20T10:00:00Z')));
  afterAll(() => quotas().useClock(() => new Date()));

  it('refuses a member past their share with a clear 429, over the API and on WhatsApp, while others keep searching', async () => {
    const whatsappNumber = randomWhatsappNumber();
    const community = await createCommunity(strapi, { name: `Share Club ${randomBytes(2).toString('hex')}`, plan: 'free', searchLimitPerMonth: 10, whatsappNumber });
    const heavy: MemberFixture = await createMember(strapi, community, { name: 'Heavy Searcher' });
    const other: MemberFixture = await createMember(strapi, community, { name: 'Other Member' });
    await indexer().flush();
    const heavyJwt = (await loginAsMember(strapi, heavy)).jwt;
    const otherJwt = (await loginAsMember(strapi, other)).jwt;
    const chat = chatAs(strapi, fake, heavy.phone, whatsappNumber);
    await chat.say('hi');

    // Share of 10 = max(ceil(1), 2) = 2: one search over the API and one on WhatsApp use it up.
    await searchAs(heavyJwt).expect(200);
    expect(await chat.say('accounting')).toContain('🔍 Found');
    const refused = await searchAs(heavyJwt).expect(429);
    expect(refused.body).toEqual({
      data: null,
      error: {
        status: 429,
        name: 'QuotaExceeded',
        message: "You have used your share of this community's searches this month (2 of 2); it renews on 2026-12-01",
        details: { quota: 'memberSearches', limit: 2, used: 2, renewsOn: '2026-12-01', upgrade: true },
      },
    });
    expect(await chat.say('accounting')).toBe(
      `You’ve used your share of the *${community.name}* directory’s searches this month (2 of 2). It renews on 1 December 2026.`
    );

    // The community's other searches are left for the others.
    await searchAs(otherJwt).expect(200);
    const usage = await usageOf(community);
    expect(usage.searches).toEqual({ used: 3, limit: 10 });
    expect(usage.memberSearches).toEqual({
      share: 2,
      top: [
        { documentId: heavy.documentId, name: 'Heavy Searcher', used: 2, share: 2 },
        { documentId: other.documentId, name: 'Other Member', used: 1, share: 2 },
      ],
    });
    // The admin homepage's searches widget lists the same members for the community's admins.
    const dashboard = strapi.plugin('community-search').service('dashboard') as {
      searches(scope: { adminId: number; isSuperAdmin: boolean; communityIds: number[] | null }, offsetMinutes: number): Promise<{ communities: Array<{ id: number; topMembers: unknown[] }> }>;
    };
    const widget = await dashboard.searches({ adminId: 0, isSuperAdmin: false, communityIds: [community.id] }, 0);
    expect(widget.communities.map((row) => [row.id, row.topMembers])).toEqual([[community.id, usage.memberSearches.top]]);
    // Names only: no phone or email of anyone.
    expect(JSON.stringify(usage)).not.toMatch(new RegExp(`${heavy.phone.replace('+', '\\+')}|${heavy.email}|${other.phone.replace('+', '\\+')}`));

    // API tokens (integrations) search for no member: only the community's count applies.
    for (let request = 0; request < 3; request += 1) {
      await http(strapi).get('/api/community-search/search').query({ q: 'accounting' }).set('Authorization', `Bearer ${apiToken}`).set('X-Community', community.slug).set('X-Forwarded-For', freshIPv4()).expect(200);
    }

    // Next month the share renews.
    quotas().useClock(() => new Date('2026-12-01T00:00:01Z'));
    try {
      await searchAs(heavyJwt).expect(200);
    } finally {
      quotas().useClock(() => new Date('2026-11-20T10:00:00Z'));
    }
  });

  it('never lets concurrent searches pass the share, and gives back what the community refused', async () => {
    const community = await createCommunity(strapi, { plan: 'free', searchLimitPerMonth: 3 });
    const first = await createMember(strapi, community);
    const second = await createMember(strapi, community);
    const firstJwt = (await loginAsMember(strapi, first)).jwt;
    const secondJwt = (await loginAsMember(strapi, second)).jwt;

    const statuses = (await Promise.all(Array.from({ length: 6 }, () => searchAs(firstJwt)))).map((response) => response.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(2);
    expect(statuses.filter((status) => status === 429)).toHaveLength(4);

    await searchAs(secondJwt).expect(200);
    // The community's 3 are used: the second member is refused by the community's limit, and that
    // refusal does not eat into their share.
    const communityRefusal = await searchAs(secondJwt).expect(429);
    expect(communityRefusal.body.error.details).toEqual({ quota: 'searches', limit: 3, used: 3, upgrade: true });
    const usage = await usageOf(community);
    expect(usage.memberSearches.top.map((entry: { documentId: string; used: number }) => [entry.documentId, entry.used])).toEqual([
      [first.documentId, 2],
      [second.documentId, 1],
    ]);
  });

  it('does not count searches refused as invalid against the share', async () => {
    const community = await createCommunity(strapi, { plan: 'free', searchLimitPerMonth: 10 });
    const member = await createMember(strapi, community);
    const { jwt } = await loginAsMember(strapi, member);
    for (const q of ['', 'x'.repeat(501), ' ']) await searchAs(jwt, q).expect(400);
    await searchAs(jwt, 'accounting').expect(200);
    await searchAs(jwt, 'café ☕ 会计').expect(200);
    await searchAs(jwt, 'accounting').expect(429);
  });

  it("gives the community's own refusal when a member's share is the whole limit", async () => {
    // Share of 2 = max(ceil(0.2), 2) = 2 = the limit: the share holds nobody back.
    const community = await createCommunity(strapi, { plan: 'free', searchLimitPerMonth: 2 });
    const member = await createMember(strapi, community);
    const { jwt } = await loginAsMember(strapi, member);
    await searchAs(jwt).expect(200);
    await searchAs(jwt).expect(200);
    const refused = await searchAs(jwt).expect(429);
    expect(refused.body.error.details).toEqual({ quota: 'searches', limit: 2, used: 2, upgrade: true });
    expect((await usageOf(community)).memberSearches.top).toEqual([{ documentId: member.documentId, name: member.name, used: 2, share: 2 }]);
  });

  it('sizes the share from the limit: a percentage rounded up, a minimum, never above the limit; none when unlimited', async () => {
    const cases: Array<[number | null, number | null]> = [
      [25, 3], // ceil(2.5) = 3 > minimum 2
      [500, 50],
      [10, 2], // ceil(1) = 1 < minimum 2
      [1, 1], // the minimum would exceed the limit
      [0, 0],
      [null, null],
    ];
    for (const [limit, share] of cases) {
      const community = await createCommunity(strapi, { plan: limit === null ? 'enterprise' : 'free', searchLimitPerMonth: limit });
      const usage = await usageOf(community);
      expect([limit, usage.memberSearches]).toEqual([limit, { share, top: [] }]);
    }
  });
});
