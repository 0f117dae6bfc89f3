import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { Client } from 'pg';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startFakeTwilio } = require('../../scripts/lib/fake-twilio-api') as {
  startFakeTwilio(options?: { accountSid?: string; authToken?: string }): Promise<FakeTwilio>;
};

import { QUEUE_HANDOFF_TIMEOUT_MS } from '../../src/plugins/whatsapp-bot/server/src/queue/handoff';
import { startAppInstance, type AppInstance } from './helpers/app';
import { startPostgresCluster, startRedisServer, type PostgresCluster, type RedisServer } from './helpers/services';
import { LOAD } from './helpers/settings';
import {
  cleanErrorProblem,
  formatReport,
  memberRequests,
  postWebhook,
  runTraffic,
  searchRequests,
  webhookRequests,
  type LoadFixtures,
  type TrafficReport,
  type Twilio,
} from './helpers/traffic';

type SentMessage = { to: string; body: string };
type FakeTwilio = { url: string; accountSid: string; authToken: string; messages: SentMessage[]; close(): Promise<void> };

const PUBLIC_URL = 'http://load-test.local';
const SMS_FROM = '+12025550199';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const out = (line: string) => process.stdout.write(`${line}\n`);

describe('load and faults: two app instances on a throwaway PostgreSQL and Redis', () => {
  let postgres: PostgresCluster;
  let redis: RedisServer;
  let fake: FakeTwilio;
  const apps: AppInstance[] = [];
  let fixtures: LoadFixtures;
  let twilioAccount: Twilio;
  let memberJwt: string;
  const accepted = new Set<string>();
  const reports: Array<TrafficReport & { phase: string }> = [];
  const logDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-load-logs-'));

  const urls = () => apps.map((app) => app.url);
  const api = (app: AppInstance, route: string, init: RequestInit = {}) => fetch(`${app.url}${route}`, init);
  const json = async (response: Response) => ({ status: response.status, body: (await response.json()) as Record<string, unknown> });
  const tokenHeaders = (slug = fixtures.community.slug) => ({ Authorization: `Bearer ${fixtures.token}`, 'X-Community': slug });

  /** Logs a member in through the real OTP flow: the code comes from the fake Twilio's SMS. */
  const loginByOtp = async (phone: string, sendTo: AppInstance, verifyAt: AppInstance) => {
    const before = fake.messages.length;
    const sent = await api(sendTo, '/api/auth/send-otp', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ phone }) });
    expect(sent.status).toBe(200);
    let code: string | undefined;
    for (let attempt = 0; attempt < 100 && !code; attempt += 1) {
      code = fake.messages.slice(before).find((message) => message.to === phone)?.body.match(/\b(\d{6})\b/)?.[1];
      if (!code) await sleep(50);
    }
    expect(code).toBeDefined();
    const verified = await json(
      await api(verifyAt, '/api/auth/verify-otp', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ phone, code }) })
    );
    expect(verified.status).toBe(200);
    return verified.body as { jwt: string; refreshToken: string };
  };

  const inboundStates = async (sids: string[]) => {
    const client = new Client({ connectionString: postgres.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ status: string; count: string }>(
        'SELECT status, count(*)::text AS count FROM whatsapp_inbound_messages WHERE message_sid = ANY($1) GROUP BY status',
        [sids]
      );
      return Object.fromEntries(rows.map((row) => [row.status, Number(row.count)])) as Record<string, number>;
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    [postgres, redis, fake] = await Promise.all([startPostgresCluster(), startRedisServer(), startFakeTwilio()]);
    twilioAccount = { accountSid: fake.accountSid, authToken: fake.authToken, publicUrl: PUBLIC_URL };
    const env: Record<string, string> = {
      NODE_ENV: 'test',
      APP_KEYS: 'load-key-a,load-key-b',
      API_TOKEN_SALT: 'load-api-token-salt',
      ADMIN_JWT_SECRET: 'load-admin-jwt-secret',
      JWT_SECRET: 'load-jwt-secret',
      TRANSFER_TOKEN_SALT: 'load-transfer-token-salt',
      ENCRYPTION_KEY: 'load-encryption-key',
      DATABASE_URL: postgres.url,
      REDIS_URL: redis.url,
      PUBLIC_URL,
      SERVE_ADMIN_PANEL: 'false',
      DEMO_DATA: 'false',
      DOCUMENTATION_ENABLED: 'false',
      STRAPI_TELEMETRY_DISABLED: 'true',
      LOG_FORMAT: 'json',
      LOG_LEVEL: 'warn',
      TWILIO_ACCOUNT_SID: fake.accountSid,
      TWILIO_AUTH_TOKEN: fake.authToken,
      TWILIO_API_BASE_URL: fake.url,
      SMS_PROVIDER: 'twilio',
      TWILIO_SMS_FROM: SMS_FROM,
      // Limits stay on (two instances must share them) but high enough not to throttle the load.
      RATE_LIMIT_ENABLED: 'true',
      RATE_LIMIT_GLOBAL_PER_HOUR: '100000000',
      RATE_LIMIT_SEARCH_PER_HOUR: '100000000',
      RATE_LIMIT_OTP_PER_PHONE_PER_HOUR: '3',
      WHATSAPP_SWEEP_MIN_AGE_SECONDS: '5',
      WHATSAPP_INBOUND_BACKOFF_MS: '500',
      WHATSAPP_SEND_BACKOFF_MS: '500',
    };
    const seedFile = path.join(logDir, 'fixtures.json');
    // One instance migrates and seeds first; the second starts on the ready schema.
    apps.push(await startAppInstance('app-a', { ...env, LOAD_SEED_FILE: seedFile, LOAD_MEMBERS: String(LOAD.members) }, logDir));
    apps.push(await startAppInstance('app-b', env, logDir));
    fixtures = JSON.parse(fs.readFileSync(seedFile, 'utf8')) as LoadFixtures;
    memberJwt = (await loginByOtp(fixtures.loginPhones[0], apps[0], apps[1])).jwt;
    out(`load settings: ${JSON.stringify(LOAD)}; app logs in ${logDir}`);
  });

  afterAll(async () => {
    await Promise.all(apps.map((app) => app.stop().catch(() => undefined)));
    await redis?.stop();
    postgres?.destroy();
    await fake?.close();
    out('');
    for (const report of reports) out(`${report.phase.padEnd(14)} ${formatReport(report)}`);
    fs.mkdirSync(path.resolve(__dirname, '..', '..', '.tmp'), { recursive: true });
    fs.writeFileSync(
      path.resolve(__dirname, '..', '..', '.tmp', 'load-results.json'),
      JSON.stringify({ at: new Date().toISOString(), settings: LOAD, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, reports }, null, 2)
    );
  });

  const scenario = async (phase: string, name: string, requests: Parameters<typeof runTraffic>[1]['requests'], connections = LOAD.connections, durationSeconds = LOAD.durationSeconds) => {
    const overallRate = name === 'whatsapp webhook' && LOAD.webhookRate > 0 ? LOAD.webhookRate : undefined;
    const report = await runTraffic(overallRate ? `${name} (${overallRate}/s offered)` : name, { urls: urls(), connections, durationSeconds, requests, overallRate });
    reports.push({ ...report, phase });
    out(`${phase}: ${formatReport(report)}`);
    return report;
  };

  // First, with the queues idle: the state two instances share.
  it('two instances, sessions: log in on one, use, refresh and log out across both', async () => {
    const [a, b] = apps;
    const session = await loginByOtp(fixtures.loginPhones[1], a, b);
    expect((await api(a, '/api/members/me', { headers: { Authorization: `Bearer ${session.jwt}` } })).status).toBe(200);
    const refreshed = await json(
      await api(a, '/api/auth/refresh', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ refreshToken: session.refreshToken }) })
    );
    expect(refreshed.status).toBe(200);
    expect((await api(b, '/api/members/me', { headers: { Authorization: `Bearer ${String(refreshed.body.jwt)}` } })).status).toBe(200);
    // The refresh token was single use on every instance, and its reuse ended the whole session on both.
    const reused = await api(b, '/api/auth/refresh', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ refreshToken: session.refreshToken }) });
    expect(reused.status).toBe(401);
    expect((await api(a, '/api/members/me', { headers: { Authorization: `Bearer ${String(refreshed.body.jwt)}` } })).status).toBe(401);
    // A new login, logged out on the other instance.
    const jwt = (await loginByOtp(fixtures.loginPhones[1], a, b)).jwt;
    expect((await api(b, '/api/members/me', { headers: { Authorization: `Bearer ${jwt}` } })).status).toBe(200);
    expect((await api(b, '/api/auth/logout', { method: 'POST', headers: { Authorization: `Bearer ${jwt}`, 'Content-Type': 'application/json' }, body: '{}' })).status).toBe(200);
    expect((await api(a, '/api/members/me', { headers: { Authorization: `Bearer ${jwt}` } })).status).toBe(401);
  });

  it('two instances, rate limits: the per-phone login code limit counts requests on both instances', async () => {
    const phone = fixtures.loginPhones[2];
    const send = (app: AppInstance) => api(app, '/api/auth/send-otp', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ phone }) });
    expect([(await send(apps[0])).status, (await send(apps[1])).status, (await send(apps[0])).status]).toEqual([200, 200, 200]);
    const limited = await send(apps[1]);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(cleanErrorProblem(429, await limited.text())).toBeNull();
  });

  it('two instances, quotas: concurrent searches on both instances never overshoot the monthly limit', async () => {
    const { slug, searchLimitPerMonth } = fixtures.quotaCommunity;
    const statuses = await Promise.all(
      Array.from({ length: searchLimitPerMonth * 2 }, async (_, index) => {
        const response = await api(apps[index % 2], `/api/community-search/search?q=${encodeURIComponent('python in Pune')}`, { headers: tokenHeaders(slug) });
        await response.arrayBuffer();
        return response.status;
      })
    );
    expect(statuses.filter((status) => status === 200).length).toBe(searchLimitPerMonth);
    expect(statuses.filter((status) => status === 429).length).toBe(searchLimitPerMonth);
  });

  it('two instances, queue work: messages taken on either instance are answered exactly once, retries dropped', async () => {
    const senders = fixtures.queueSenders;
    const before = fake.messages.length;
    const sids: string[] = [];
    await Promise.all(
      senders.map(async (sender, index) => {
        const first = await postWebhook(apps[index % 2].url, twilioAccount, fixtures, sender, 'help');
        // Twilio's retry of the same message reaches the other instance.
        const retry = await postWebhook(apps[(index + 1) % 2].url, twilioAccount, fixtures, sender, 'help', first.sid);
        expect([first.status, retry.status]).toEqual([200, 200]);
        sids.push(first.sid);
        accepted.add(first.sid);
      })
    );
    const deadline = Date.now() + 60_000;
    while ((await inboundStates(sids)).done !== sids.length && Date.now() < deadline) await sleep(250);
    expect(await inboundStates(sids)).toEqual({ done: sids.length });
    await sleep(1000);
    const repliesBySender = senders.map((sender) => fake.messages.slice(before).filter((message) => message.to === `whatsapp:${sender}`).length);
    // Each sender got the answer to one "help" (however many parts it has), never two.
    expect(repliesBySender[0]).toBeGreaterThan(0);
    expect(new Set(repliesBySender)).toEqual(new Set([repliesBySender[0]]));
  });

  it(`serves search, the WhatsApp webhook and members at ${LOAD.connections} concurrent clients without errors`, async () => {
    for (const [name, requests] of [
      ['search', searchRequests(fixtures)],
      ['whatsapp webhook', webhookRequests(twilioAccount, fixtures, accepted)],
      ['members', memberRequests(fixtures, memberJwt)],
    ] as const) {
      const report = await scenario('load', name, requests);
      expect(report.requests).toBeGreaterThan(LOAD.connections);
      expect({ name, non2xx: report.non2xx, socketErrors: report.socketErrors, timeouts: report.timeouts, unclean: report.uncleanErrors }).toEqual({
        name,
        non2xx: 0,
        socketErrors: 0,
        timeouts: 0,
        unclean: [],
      });
    }
  });

  /**
   * Traffic on both instances (search, webhook, members: LOAD.connections clients in all) while
   * `stop` takes a service away for the middle third of LOAD.faultSeconds; then measures how long
   * after `start` both instances answer everything again.
   */
  const underFault = async (phase: string, stop: () => Promise<void> | void, start: () => Promise<void>, duringOutage: () => Promise<void>) => {
    const share = Math.max(1, Math.floor(LOAD.connections / 5));
    const traffic = Promise.all([
      scenario(phase, 'search', searchRequests(fixtures), share * 2, LOAD.faultSeconds),
      scenario(phase, 'whatsapp webhook', webhookRequests(twilioAccount, fixtures, accepted), share * 2, LOAD.faultSeconds),
      scenario(phase, 'members', memberRequests(fixtures, memberJwt), LOAD.connections - share * 4, LOAD.faultSeconds),
    ]);
    const third = (LOAD.faultSeconds * 1000) / 3;
    await sleep(third);
    await stop();
    await sleep(Math.min(1000, third / 2));
    await duringOutage();
    await sleep(Math.max(0, third - Math.min(1000, third / 2)));
    await start();
    const restartedAt = Date.now();
    const healthy = async (app: AppInstance) => {
      const search = await api(app, `/api/community-search/search?q=doctors`, { headers: tokenHeaders() });
      const members = await api(app, '/api/members/me', { headers: { Authorization: `Bearer ${memberJwt}` } });
      const webhook = await postWebhook(app.url, twilioAccount, fixtures, fixtures.senders[0], 'hi');
      if (webhook.status === 200) accepted.add(webhook.sid);
      return search.status === 200 && members.status === 200 && webhook.status === 200;
    };
    let recoveredAt: number | undefined;
    while (Date.now() - restartedAt < 60_000) {
      if ((await Promise.all(apps.map(healthy))).every(Boolean)) {
        recoveredAt = Date.now();
        break;
      }
      await sleep(200);
    }
    const results = await traffic;
    const recoverySeconds = recoveredAt === undefined ? Infinity : (recoveredAt - restartedAt) / 1000;
    out(`${phase}: both instances served search, members and the webhook again ${recoverySeconds.toFixed(1)} s after the restart`);
    return { results, recoverySeconds };
  };

  const expectCleanDegradation = (results: TrafficReport[]) => {
    for (const report of results) {
      // Failures are answers (clean envelopes), never dropped connections or stack traces.
      expect({ name: report.name, socketErrors: report.socketErrors, unclean: report.uncleanErrors }).toEqual({ name: report.name, socketErrors: 0, unclean: [] });
      expect(report.requests).toBeGreaterThan(0);
    }
  };

  it(`Redis stopped and restarted under traffic: clean errors, serving again within ${LOAD.recoverySeconds} s`, async () => {
    const { results, recoverySeconds } = await underFault(
      'redis fault',
      () => redis.stop(),
      () => redis.start(),
      async () => {
        const health = await json(await api(apps[0], '/health'));
        out(`redis fault: /health during the outage → ${health.status} ${JSON.stringify(health.body)}`);
        expect(health.body.redis).toBe('down');
        expect((await api(apps[1], '/healthz')).status).toBe(200);
      }
    );
    expectCleanDegradation(results);
    expect(recoverySeconds).toBeLessThanOrEqual(LOAD.recoverySeconds);
    // Twilio retries a webhook it waited 15 s for: acknowledging must not wait for Redis to return
    // (the stored message is handed to the queue later), so no answer takes much longer than the
    // queue hand-off's own time limit, however long the outage.
    const webhook = results.find((report) => report.name.startsWith('whatsapp webhook'));
    expect(webhook?.max).toBeLessThan(QUEUE_HANDOFF_TIMEOUT_MS + 2000);
  });

  it(`PostgreSQL stopped and restarted under traffic: clean errors, serving again within ${LOAD.recoverySeconds} s`, async () => {
    const { results, recoverySeconds } = await underFault(
      'database fault',
      () => postgres.stop(),
      () => postgres.start(),
      async () => {
        const health = await json(await api(apps[1], '/health'));
        out(`database fault: /health during the outage → ${health.status} ${JSON.stringify(health.body)}`);
        expect(health.status).toBe(503);
        expect(health.body.database).toBe('down');
        expect((await api(apps[0], '/ready')).status).toBe(503);
        expect((await api(apps[0], '/healthz')).status).toBe(200);
      }
    );
    expectCleanDegradation(results);
    expect(recoverySeconds).toBeLessThanOrEqual(LOAD.recoverySeconds);
    // What failed for want of the database was told to retry (503 + Retry-After), not a server fault.
    for (const report of results) {
      expect({ name: report.name, serverFaults: report.statuses['500'] ?? 0 }).toEqual({ name: report.name, serverFaults: 0 });
    }
  });

  it('loses no accepted webhook message: every MessageSid answered 200 ends answered', async () => {
    const sids = [...accepted];
    expect(sids.length).toBeGreaterThan(0);
    const started = Date.now();
    const waitForAnswers = async (seconds: number) => {
      const deadline = Date.now() + seconds * 1000;
      let states = await inboundStates(sids);
      while ((states.done ?? 0) !== sids.length && Date.now() < deadline) {
        await sleep(1000);
        states = await inboundStates(sids);
      }
      return states;
    };
    // Messages whose answer the database outage cut off could not be given back while it was down;
    // the process holding them gives them back once the database answers (the message's next
    // attempt, or that process's sweep, every minute), without waiting for the 5-minute lease.
    const states = await waitForAnswers(LOAD.drainSeconds + 90);
    out(`accepted webhook messages: ${sids.length}; after ${((Date.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(states)}`);
    expect(states).toEqual({ done: sids.length });
  });
});
