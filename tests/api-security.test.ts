import { randomInt } from 'node:crypto';
import { request as httpRequest } from 'node:http';

import type { Core } from '@strapi/strapi';

import { createApiToken, createCommunity, createMember, loginAsMember, randomMobile, type CommunityFixture } from './helpers/fixtures';
import { bootStrapi, http, stopStrapi } from './helpers/strapi';

/**
 * Rate limits, request validation, security headers and CORS, over real HTTP. Limits are set low
 * for this suite; each test calls from its own X-Forwarded-For address so per-IP counts stay apart.
 */
let strapi: Core.Strapi;
let community: CommunityFixture;
let apiToken: string;

const LIMITS = { global: 8, search: 3, otpPerPhone: 3, otpPerIp: 4, otpVerifyPerIp: 3 };
const ALLOWED_ORIGIN = 'https://directory.example.org';

const freshIp = () => `10.${randomInt(0, 255)}.${randomInt(0, 255)}.${randomInt(1, 254)}`;

beforeAll(async () => {
  Object.assign(process.env, {
    TRUST_PROXY: 'true',
    RATE_LIMIT_GLOBAL_PER_HOUR: String(LIMITS.global),
    RATE_LIMIT_SEARCH_PER_HOUR: String(LIMITS.search),
    RATE_LIMIT_OTP_PER_PHONE_PER_HOUR: String(LIMITS.otpPerPhone),
    RATE_LIMIT_OTP_PER_IP_PER_HOUR: String(LIMITS.otpPerIp),
    RATE_LIMIT_OTP_VERIFY_PER_IP_PER_HOUR: String(LIMITS.otpVerifyPerIp),
    ALLOWED_ORIGINS: ALLOWED_ORIGIN,
  });
  strapi = await bootStrapi();
  community = await createCommunity(strapi);
  apiToken = await createApiToken(strapi);
});

afterAll(() => stopStrapi(strapi));

describe('rate limits', () => {
  it(`allows ${LIMITS.global} content-API requests per IP per hour, then answers 429 with Retry-After`, async () => {
    const ip = freshIp();
    for (let request = 1; request <= LIMITS.global; request += 1) {
      await http(strapi).get('/api/community-search/ping').set('X-Forwarded-For', ip).expect(200);
    }
    const limited = await http(strapi).get('/api/community-search/ping').set('X-Forwarded-For', ip).expect(429);
    const retryAfter = Number(limited.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    expect(limited.body).toEqual({
      data: null,
      error: {
        status: 429,
        name: 'RateLimitError',
        message: expect.stringMatching(/Too many requests/),
        details: { limit: 'global', retryAfterSeconds: retryAfter },
      },
    });
    // Another address is unaffected.
    await http(strapi).get('/api/community-search/ping').set('X-Forwarded-For', freshIp()).expect(200);
  });

  it('does not count the admin panel\'s own routes or signed webhooks', async () => {
    const ip = freshIp();
    for (let request = 1; request <= LIMITS.global + 2; request += 1) {
      const admin = await http(strapi).get('/admin/init').set('X-Forwarded-For', ip);
      expect(admin.status).not.toBe(429);
      const webhook = await http(strapi).post('/api/whatsapp-bot/webhook').set('X-Forwarded-For', ip).send({});
      expect(webhook.status).not.toBe(429);
    }
    await http(strapi).get('/api/community-search/ping').set('X-Forwarded-For', ip).expect(200);
  });

  it(`allows a member ${LIMITS.search} searches per hour; API tokens are not held to it`, async () => {
    const member = await createMember(strapi, community);
    const { jwt } = await loginAsMember(strapi, member);
    const search = (auth: Record<string, string>) =>
      http(strapi).get('/api/community-search/search').query({ q: 'accountants in Chennai' }).set('X-Forwarded-For', freshIp()).set(auth);
    for (let request = 1; request <= LIMITS.search; request += 1) {
      await search({ Authorization: `Bearer ${jwt}` }).expect(200);
    }
    const limited = await search({ Authorization: `Bearer ${jwt}` }).expect(429);
    expect(limited.body.error.details.limit).toBe('search');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // The member can still read profiles; only searching is capped.
    await http(strapi).get('/api/members/me').set('Authorization', `Bearer ${jwt}`).set('X-Forwarded-For', freshIp()).expect(200);
    for (let request = 1; request <= LIMITS.search + 1; request += 1) {
      await search({ Authorization: `Bearer ${apiToken}`, 'X-Community': community.slug }).expect(200);
    }
  });

  it(`sends at most ${LIMITS.otpPerPhone} codes per phone per hour, whichever address asks`, async () => {
    const phone = randomMobile();
    for (let request = 1; request <= LIMITS.otpPerPhone; request += 1) {
      await http(strapi).post('/api/auth/send-otp').set('X-Forwarded-For', freshIp()).send({ phone }).expect(200);
    }
    const limited = await http(strapi).post('/api/auth/send-otp').set('X-Forwarded-For', freshIp()).send({ phone }).expect(429);
    expect(limited.body.error.details.limit).toBe('otpPerPhone');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });

  it(`accepts at most ${LIMITS.otpPerIp} code requests per IP per hour, whatever the phone`, async () => {
    const ip = freshIp();
    for (let request = 1; request <= LIMITS.otpPerIp; request += 1) {
      await http(strapi).post('/api/auth/send-otp').set('X-Forwarded-For', ip).send({ phone: randomMobile() }).expect(200);
    }
    const limited = await http(strapi).post('/api/auth/send-otp').set('X-Forwarded-For', ip).send({ phone: randomMobile() }).expect(429);
    expect(limited.body.error.details.limit).toBe('otpPerIp');
  });
});

describe('code checks per address', () => {
  it(`accepts at most ${LIMITS.otpVerifyPerIp} code checks per IP per hour, across phones`, async () => {
    const ip = freshIp();
    for (let request = 1; request <= LIMITS.otpVerifyPerIp; request += 1) {
      await http(strapi).post('/api/auth/verify-otp').set('X-Forwarded-For', ip).send({ phone: randomMobile(), code: '123456' }).expect(400);
    }
    const limited = await http(strapi).post('/api/auth/verify-otp').set('X-Forwarded-For', ip).send({ phone: randomMobile(), code: '123456' }).expect(429);
    expect(limited.body.error.details.limit).toBe('otpVerifyPerIp');
  });

  it('believes only the last X-Forwarded-For hop: a client cannot pick its own address', async () => {
    const ip = freshIp();
    for (let request = 1; request <= LIMITS.otpVerifyPerIp; request += 1) {
      await http(strapi).post('/api/auth/verify-otp').set('X-Forwarded-For', `${freshIp()}, ${ip}`).send({ phone: randomMobile(), code: '123456' }).expect(400);
    }
    await http(strapi).post('/api/auth/verify-otp').set('X-Forwarded-For', `${freshIp()}, ${ip}`).send({ phone: randomMobile(), code: '123456' }).expect(429);
  });
});

describe('request validation', () => {
  it('answers malformed JSON with a 400 in the standard envelope', async () => {
    const response = await http(strapi)
      .post('/api/auth/send-otp')
      .set('X-Forwarded-For', freshIp())
      .set('Content-Type', 'application/json')
      .send('{"phone": "+91')
      .expect(400);
    expect(response.body).toEqual({ data: null, error: expect.objectContaining({ status: 400, name: expect.any(String), message: expect.any(String) }) });
  });

  it('refuses bodies over the size cap with a 413 in the standard envelope, before parsing them', async () => {
    const response = await http(strapi)
      .post('/api/auth/send-otp')
      .set('X-Forwarded-For', freshIp())
      .send({ phone: 'x'.repeat(1024 * 1024 + 10) })
      .expect(413);
    expect(response.body).toEqual({ data: null, error: expect.objectContaining({ status: 413 }) });
  });

  it('requires a declared length for bodies outside the import routes (a chunked body could dodge the cap)', async () => {
    const server = strapi.server.httpServer;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const response = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = httpRequest(
        { host: '127.0.0.1', port, method: 'POST', path: '/api/auth/send-otp', headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked', 'X-Forwarded-For': freshIp() } },
        (res) => {
          let body = '';
          res.on('data', (chunk) => (body += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        }
      );
      request.on('error', reject);
      request.write('{"phone":');
      request.end('"+919876543210"}');
    }).finally(() => new Promise((resolve) => server.close(resolve)));
    expect(response.status).toBe(411);
    expect(JSON.parse(response.body).error).toMatchObject({ status: 411, name: 'LengthRequired' });
  });

  it('answers oversized fields and non-object bodies with a 400 and field errors', async () => {
    const long = await http(strapi).post('/api/auth/send-otp').set('X-Forwarded-For', freshIp()).send({ phone: '9'.repeat(40) }).expect(400);
    expect(long.body.error.details.errors[0].path).toEqual(['phone']);
    await http(strapi).post('/api/auth/send-otp').set('X-Forwarded-For', freshIp()).send([1, 2]).expect(400);
    const search = await http(strapi)
      .get('/api/community-search/search')
      .query({ q: 'a'.repeat(501) })
      .set('X-Forwarded-For', freshIp())
      .set('Authorization', `Bearer ${apiToken}`)
      .set('X-Community', community.slug)
      .expect(400);
    expect(search.body.error.name).toBe('ValidationError');
  });
});

describe('security headers and CORS', () => {
  it('sends a CSP and frame/content-type protections, and no HSTS outside production', async () => {
    const response = await http(strapi).get('/api/community-search/ping').set('X-Forwarded-For', freshIp()).expect(200);
    expect(response.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(response.headers['content-security-policy']).toMatch(/object-src 'none'/);
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['strict-transport-security']).toBeUndefined();
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('allows only ALLOWED_ORIGINS to call from a browser', async () => {
    const allowed = await http(strapi)
      .options('/api/community-search/search')
      .set('X-Forwarded-For', freshIp())
      .set('Origin', ALLOWED_ORIGIN)
      .set('Access-Control-Request-Method', 'GET')
      .set('Access-Control-Request-Headers', 'authorization,x-community');
    expect(allowed.headers['access-control-allow-origin']).toBe(ALLOWED_ORIGIN);
    expect(allowed.headers['access-control-allow-headers']).toMatch(/X-Community/i);

    const other = await http(strapi)
      .get('/api/community-search/ping')
      .set('X-Forwarded-For', freshIp())
      .set('Origin', 'https://evil.example.com');
    expect(other.headers['access-control-allow-origin']).not.toBe('https://evil.example.com');
  });
});
