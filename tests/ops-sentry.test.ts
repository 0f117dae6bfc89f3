import type { Core } from '@strapi/strapi';

import { startFakeSentry, type FakeSentry } from './fakes/sentry-ingest-server';
import { randomMobile } from './helpers/fixtures';
import { bootStrapi, http, stopStrapi } from './helpers/strapi';

const waitFor = async (check: () => boolean, timeoutMs = 5000) => {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

describe('error tracking: a route error reaches Sentry without personal data', () => {
  let strapi: Core.Strapi;
  let sentry: FakeSentry;
  const phone = randomMobile();
  const email = `ravi-${Date.now()}@example.org`;
  const saved = { ...process.env };

  beforeAll(async () => {
    sentry = await startFakeSentry();
    process.env.SENTRY_DSN = sentry.dsn;
    strapi = await bootStrapi();
    // A route that fails the way a bug would, with personal data in the error and in the request.
    strapi.server.routes([
      {
        method: 'POST',
        path: '/ops-test/boom',
        handler: async () => {
          throw new Error(`could not save member ${phone} <${email}>`);
        },
        config: { auth: false },
      },
    ]);
  });

  afterAll(async () => {
    await stopStrapi(strapi);
    await sentry.close();
    process.env = saved;
  });

  it('reports a 500 with request id, route and method, stripped of phone numbers, e-mails, credentials and bodies', async () => {
    const response = await http(strapi)
      .post(`/ops-test/boom?phone=${encodeURIComponent(phone)}`)
      .set('Authorization', 'Bearer secret-bearer-value')
      .set('Cookie', 'koa.sess=session-cookie-value')
      .set('X-Request-Id', 'sentry-test-1')
      .send({ phone, email, Body: 'a private message' })
      .expect(500);
    // The client still gets Strapi's envelope, without the error text or a stack.
    expect(response.body).toEqual({ data: null, error: { status: 500, name: 'InternalServerError', message: 'Internal Server Error' } });

    await waitFor(() => sentry.events().length > 0);
    const [event] = sentry.events() as Array<{
      exception: { values: Array<{ type: string; value: string }> };
      tags: Record<string, string>;
      request: { method: string; url: string; headers: Record<string, string> };
      user?: unknown;
    }>;
    expect(event.exception.values[0].type).toBe('Error');
    expect(event.exception.values[0].value).toBe('could not save member [phone] <[email]>');
    expect(event.tags).toMatchObject({ request_id: 'sentry-test-1', route: '/ops-test/boom', method: 'POST' });
    expect(event.request.method).toBe('POST');
    expect(event.request.url).toMatch(/\/ops-test\/boom$/);
    expect(event.request.headers).not.toHaveProperty('authorization');
    expect(event.request.headers).not.toHaveProperty('cookie');
    expect(event.user).toBeUndefined();

    const everything = sentry.raw.join('\n');
    for (const secret of [phone.slice(1), email, 'secret-bearer-value', 'session-cookie-value', 'a private message']) {
      expect(everything).not.toContain(secret);
    }
  });

  it('reports the LLM as disabled on /health when the rules parser is configured', async () => {
    const health = await http(strapi).get('/health').expect(200);
    expect(health.body).toMatchObject({ llm: 'disabled', queue: 'connected', database: 'connected' });
  });

  it('does not report client errors (4xx)', async () => {
    const before = sentry.events().length;
    await http(strapi).get('/api/members').expect((res) => expect([401, 403]).toContain(res.status));
    await http(strapi).post('/api/auth/send-otp').send({ phone: 'not a phone' }).expect(400);
    // Give a (wrongly) sent event time to arrive.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(sentry.events().length).toBe(before);
  });
});
