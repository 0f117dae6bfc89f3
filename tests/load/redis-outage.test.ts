import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { Client } from 'pg';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startFakeTwilio } = require('../../scripts/lib/fake-twilio-api') as {
  startFakeTwilio(): Promise<FakeTwilio>;
};

import { startAppInstance, type AppInstance } from './helpers/app';
import { startPostgresCluster, startRedisServer, type PostgresCluster, type RedisServer } from './helpers/services';
import { formatReport, memberRequests, runTraffic, searchRequests, webhookRequests, type LoadFixtures, type TrafficReport, type Twilio } from './helpers/traffic';

type SentMessage = { to: string; body: string };
type FakeTwilio = { url: string; accountSid: string; authToken: string; messages: SentMessage[]; close(): Promise<void> };

const PUBLIC_URL = 'http://outage-test.local';
/** Shorter than the 10 s default, so the test is quick; the app must honour the variable. */
const SHUTDOWN_TIMEOUT_MS = 6000;
/** Scheduling on a shared 2-core machine: the exit may come this much after the deadline fires. */
const SHUTDOWN_SLACK_MS = 3000;
/** Light load: a few clients per route, for a few seconds each. */
const CLIENTS = 2;
const SECONDS_PER_ROUTE = 3;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const out = (line: string) => process.stdout.write(`${line}\n`);

/**
 * Redis (caches, limits, OTP codes, queues: never the truth) goes away: every route keeps
 * answering fast with degraded features, the webhook keeps acknowledging without losing a
 * message, and a process told to stop exits within SHUTDOWN_TIMEOUT_MS, whether Redis or
 * PostgreSQL is the one that is down.
 */
describe('Redis outage: latency while it is down, and stopping during outages', () => {
  let postgres: PostgresCluster;
  let redis: RedisServer;
  let fake: FakeTwilio;
  let app: AppInstance;
  let fixtures: LoadFixtures;
  let twilioAccount: Twilio;
  let memberJwt: string;
  let env: Record<string, string>;
  const logDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-outage-logs-'));
  const started: AppInstance[] = [];

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

  /** Lines of an app's output that are not JSON log lines but mention ioredis (raw "[ioredis] Unhandled error event" text). */
  const rawRedisLines = (logFile: string) =>
    fs
      .readFileSync(logFile, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.startsWith('{') && !line.startsWith('LOAD_APP_READY'))
      .filter((line) => /ioredis|ECONNREFUSED|redis/i.test(line));

  beforeAll(async () => {
    [postgres, redis, fake] = await Promise.all([startPostgresCluster(), startRedisServer(), startFakeTwilio()]);
    twilioAccount = { accountSid: fake.accountSid, authToken: fake.authToken, publicUrl: PUBLIC_URL };
    env = {
      NODE_ENV: 'test',
      APP_KEYS: 'outage-key-a,outage-key-b',
      API_TOKEN_SALT: 'outage-api-token-salt',
      ADMIN_JWT_SECRET: 'outage-admin-jwt-secret',
      JWT_SECRET: 'outage-jwt-secret',
      TRANSFER_TOKEN_SALT: 'outage-transfer-token-salt',
      ENCRYPTION_KEY: 'outage-encryption-key',
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
      TWILIO_SMS_FROM: '+12025550199',
      RATE_LIMIT_ENABLED: 'true',
      RATE_LIMIT_GLOBAL_PER_HOUR: '100000000',
      RATE_LIMIT_SEARCH_PER_HOUR: '100000000',
      WHATSAPP_SWEEP_MIN_AGE_SECONDS: '2',
      WHATSAPP_INBOUND_BACKOFF_MS: '500',
      WHATSAPP_SEND_BACKOFF_MS: '500',
      SHUTDOWN_TIMEOUT_MS: String(SHUTDOWN_TIMEOUT_MS),
    };
    const seedFile = path.join(logDir, 'fixtures.json');
    app = await startAppInstance('outage-a', { ...env, LOAD_SEED_FILE: seedFile, LOAD_MEMBERS: '150' }, logDir);
    started.push(app);
    fixtures = JSON.parse(fs.readFileSync(seedFile, 'utf8')) as LoadFixtures;
    // A member session from before the outage, through the real OTP flow (the code from the fake Twilio's SMS).
    const phone = fixtures.loginPhones[0];
    const post = (route: string, body: unknown) =>
      fetch(`${app.url}${route}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    expect((await post('/api/auth/send-otp', { phone })).status).toBe(200);
    let code: string | undefined;
    for (let attempt = 0; attempt < 100 && !code; attempt += 1) {
      code = fake.messages.find((message) => message.to === phone)?.body.match(/\b(\d{6})\b/)?.[1];
      if (!code) await sleep(50);
    }
    const verified = await post('/api/auth/verify-otp', { phone, code });
    expect(verified.status).toBe(200);
    memberJwt = ((await verified.json()) as { jwt: string }).jwt;
    out(`app logs in ${logDir}`);
  });

  afterAll(async () => {
    await Promise.all(started.map((instance) => instance.stop().catch(() => undefined)));
    await redis?.stop();
    postgres?.destroy();
    await fake?.close();
  });

  it('while Redis is down, every route answers within 1 s (p95) and the webhook acknowledges within 2 s, losing nothing', async () => {
    // Warm every measured route first (first requests compile queries and fill caches), as in production.
    for (const requests of [searchRequests(fixtures), memberRequests(fixtures, memberJwt), [{ method: 'GET' as const, path: '/health' }]]) {
      await runTraffic('warm-up', { urls: [app.url], connections: CLIENTS, durationSeconds: 1, requests });
    }
    await redis.stop();
    await sleep(300);

    const accepted = new Set<string>();
    const otpPhones = [...fixtures.loginPhones, ...fixtures.senders.slice(0, 5)];
    let otpIndex = 0;
    const routes: Array<[string, Parameters<typeof runTraffic>[1]['requests'], number]> = [
      ['search', searchRequests(fixtures), 1000],
      ['members', memberRequests(fixtures, memberJwt), 1000],
      [
        'otp send',
        [
          {
            method: 'POST',
            path: '/api/auth/send-otp',
            headers: { 'Content-Type': 'application/json' },
            setupRequest: (request) => ({ ...request, body: JSON.stringify({ phone: otpPhones[otpIndex++ % otpPhones.length] }) }),
          },
        ],
        1000,
      ],
      ['health', [{ method: 'GET', path: '/health' }], 1000],
      ['whatsapp webhook', webhookRequests(twilioAccount, fixtures, accepted), 2000],
    ];
    const reports: Array<TrafficReport & { limitMs: number }> = [];
    for (const [name, requests, limitMs] of routes) {
      const report = await runTraffic(name, { urls: [app.url], connections: CLIENTS, durationSeconds: SECONDS_PER_ROUTE, requests });
      out(`redis down: ${formatReport(report)}`);
      reports.push({ ...report, limitMs });
    }

    const health = await fetch(`${app.url}/health`);
    const healthBody = (await health.json()) as Record<string, unknown>;
    out(`redis down: /health → ${health.status} ${JSON.stringify(healthBody)}`);
    expect({ status: healthBody.status, redis: healthBody.redis, database: healthBody.database }).toEqual({ status: 'degraded', redis: 'down', database: 'connected' });

    for (const report of reports) {
      expect({ name: report.name, fastEnough: report.p95 < report.limitMs, socketErrors: report.socketErrors, timeouts: report.timeouts, unclean: report.uncleanErrors }).toEqual({
        name: report.name,
        fastEnough: true,
        socketErrors: 0,
        timeouts: 0,
        unclean: [],
      });
      expect(report.requests).toBeGreaterThan(CLIENTS);
      // Degraded, not broken: no server faults.
      expect({ name: report.name, serverFaults: report.statuses['500'] ?? 0 }).toEqual({ name: report.name, serverFaults: 0 });
    }
    // The features that do not need Redis keep working: search, members, health, the webhook.
    for (const name of ['search', 'members', 'whatsapp webhook']) {
      const report = reports.find((candidate) => candidate.name === name);
      expect({ name, non2xx: report?.non2xx }).toEqual({ name, non2xx: 0 });
    }

    // Every acknowledged message was stored, and is answered once Redis is back.
    const sids = [...accepted];
    expect(sids.length).toBeGreaterThan(0);
    const stored = await inboundStates(sids);
    expect(Object.values(stored).reduce((sum, count) => sum + count, 0)).toBe(sids.length);
    await redis.start();
    const deadline = Date.now() + 90_000;
    let states = await inboundStates(sids);
    while ((states.done ?? 0) !== sids.length && Date.now() < deadline) {
      await sleep(1000);
      states = await inboundStates(sids);
    }
    out(`messages acknowledged during the outage: ${sids.length}; after Redis returned: ${JSON.stringify(states)}`);
    expect(states).toEqual({ done: sids.length });
  });

  /**
   * The production command (`strapi start`): Strapi's own signal handling,
   * which is where a stop during an outage used to hang (retrying Redis for over an hour).
   */
  const startProductionProcess = (name: string) =>
    startAppInstance(name, { ...env, LOG_LEVEL: 'info' }, logDir, 240_000, 'strapi-start');

  it(`a process told to stop while Redis is down exits within SHUTDOWN_TIMEOUT_MS (${SHUTDOWN_TIMEOUT_MS} ms), logging only JSON`, async () => {
    const production = await startProductionProcess('stop-during-redis-outage');
    started.push(production);
    await redis.stop();
    // Let the connections notice and start reconnecting, as in a real outage.
    await sleep(1500);
    const result = await production.terminate(SHUTDOWN_TIMEOUT_MS + 30_000);
    out(`stop during a Redis outage: exited after ${result.elapsedMs} ms (code ${result.code}, by itself: ${result.exitedByItself})`);
    expect(result.exitedByItself).toBe(true);
    expect(result.elapsedMs).toBeLessThan(SHUTDOWN_TIMEOUT_MS + SHUTDOWN_SLACK_MS);
    expect(rawRedisLines(production.logFile)).toEqual([]);
    await redis.start();
  });

  it(`a process told to stop while PostgreSQL is down exits within SHUTDOWN_TIMEOUT_MS (${SHUTDOWN_TIMEOUT_MS} ms)`, async () => {
    const production = await startProductionProcess('stop-during-database-outage');
    started.push(production);
    // Work in flight when the database goes: webhook messages being answered.
    await runTraffic('webhook', { urls: [production.url], connections: CLIENTS, durationSeconds: 1, requests: webhookRequests(twilioAccount, fixtures, new Set()) });
    postgres.stop();
    await sleep(1500);
    const result = await production.terminate(SHUTDOWN_TIMEOUT_MS + 30_000);
    out(`stop during a PostgreSQL outage: exited after ${result.elapsedMs} ms (code ${result.code}, by itself: ${result.exitedByItself})`);
    expect(result.exitedByItself).toBe(true);
    expect(result.elapsedMs).toBeLessThan(SHUTDOWN_TIMEOUT_MS + SHUTDOWN_SLACK_MS);
    expect(rawRedisLines(production.logFile)).toEqual([]);
    await postgres.start();
  });
});
