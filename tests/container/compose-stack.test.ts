import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import twilio from 'twilio';

import { createStack, sleep, type Stack } from './helpers/stack';

/**
 * The production image and docker-compose.yml as an operator runs them: build, start, serve,
 * survive restarts and a Redis outage, back up and restore. Everything goes through the published
 * port or `docker exec`, as it would on a real host.
 */
const WHATSAPP_NUMBER = '+12025550142';
const DEMO_CSV = path.resolve(__dirname, '../../database/seed/demo-community.csv');
const DEMO_MEMBERS = fs.readFileSync(DEMO_CSV, 'utf8').trim().split('\n').length - 1;
// A member of the demo community (first data row of the CSV).
const MEMBER_PHONE = fs.readFileSync(DEMO_CSV, 'utf8').split('\n')[1].split(',')[1];

let stack: Stack;
let communityToken: string;

const get = (route: string, headers: Record<string, string> = {}) => fetch(`${stack.baseUrl}${route}`, { headers });

const json = async (response: Response) => ({ status: response.status, body: (await response.json()) as Record<string, any> });

const post = (route: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${stack.baseUrl}${route}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });

const search = async (q: string) =>
  json(await get(`/api/community-search/search?${new URLSearchParams({ q, pageSize: '5' })}`, { Authorization: `Bearer ${communityToken}` }));

const sql = (statement: string) => {
  const result = stack.exec('db', ['psql', '-U', 'community_connect', '-d', 'community_connect', '-Atc', statement]);
  if (result.status !== 0) throw new Error(`psql failed: ${result.stderr}`);
  return result.stdout.trim();
};

const until = async <T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined) return { value, waitedMs: timeoutMs - (deadline - Date.now()) };
    } catch (error) {
      last = error;
    }
    await sleep(500);
  }
  throw new Error(`${what}: not within ${timeoutMs / 1000} s${last ? ` (${String(last)})` : ''}`);
};

const healthReport = async () => json(await get('/health'));

beforeAll(async () => {
  stack = await createStack();
  const started = Date.now();
  const up = stack.composeRun(['up', '--detach', '--build']);
  if (up.status !== 0) {
    const logs = stack.composeRun(['logs', '--no-color', '--tail', '100']).stdout;
    stack.down();
    throw new Error(`docker compose up failed:\n${up.stderr.slice(-4000)}\n${logs}`);
  }
  await stack.waitHealthy('app');
  await stack.waitHealthy('worker');
  console.log(`compose stack built and healthy in ${Math.round((Date.now() - started) / 1000)} s`);
}, 1_800_000);

afterAll(() => {
  if (!stack) return;
  if (process.env.CONTAINER_KEEP === '1') {
    console.log(`stack kept: ${stack.project} on ${stack.baseUrl}`);
    return;
  }
  stack.down();
});

describe('the production image', () => {
  it('runs as an unprivileged user, without development dependencies, with the migrations', () => {
    expect(stack.exec('app', ['id', '-u']).stdout.trim()).not.toBe('0');
    // Development-only packages (the plugin build kit, test runner, browser driver) are not in the image.
    for (const devOnly of ['@strapi/sdk-plugin', 'jest', 'playwright-core']) {
      expect(stack.exec('app', ['node', '-e', `require.resolve('${devOnly}')`]).status).not.toBe(0);
    }
    expect(stack.exec('app', ['ls', 'database/migrations']).stdout).toMatch(/create-extensions/);
    expect(stack.exec('app', ['test', '-f', 'dist/build/index.html']).status).toBe(0);
    const image = stack.docker(['image', 'inspect', '-f', '{{.Size}}', stack.settings.APP_IMAGE]).stdout.trim();
    console.log(`image ${stack.settings.APP_IMAGE}: ${(Number(image) / 1e6).toFixed(0)} MB`);
  });

  it('starts web and worker healthy, and /health sees every dependency', async () => {
    expect(stack.healthOf('db')).toBe('healthy');
    expect(stack.healthOf('redis')).toBe('healthy');
    expect((await get('/healthz')).status).toBe(200);
    expect((await get('/ready')).status).toBe(200);
    const health = await healthReport();
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ status: 'ok', database: 'connected', redis: 'connected', queue: 'connected' });
    // The worker serves the same probes on its own port inside the network.
    const workerReady = stack.exec('worker', ['node', '-e', "fetch('http://127.0.0.1:1337/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]);
    expect(workerReady.status).toBe(0);
  });

  it('serves the admin panel and guards /metrics with the bearer token', async () => {
    const admin = await get('/admin');
    expect(admin.status).toBe(200);
    expect(admin.headers.get('content-type')).toMatch(/text\/html/);
    expect((await get('/metrics')).status).toBe(401);
    const metrics = await get('/metrics', { Authorization: `Bearer ${stack.settings.METRICS_TOKEN}` });
    expect(metrics.status).toBe(200);
    expect(await metrics.text()).toMatch(/http_request_duration_seconds_bucket/);
  });
});

describe('the product in containers', () => {
  it('onboards a community, imports its members and answers a search with reasons', async () => {
    const registered = await json(
      await post('/admin/register-admin', { firstname: 'Ops', lastname: 'Check', email: 'ops@example.org', password: 'Container-Check-1' })
    );
    expect(registered.status).toBe(200);
    const onboarded = await json(
      await post(
        '/community-onboarding/communities',
        {
          data: {
            name: 'Container Alumni',
            slug: 'container-alumni',
            plan: 'pro',
            whatsappNumber: WHATSAPP_NUMBER,
            admin: { name: 'Lata Menon', email: 'lata@example.org' },
          },
        },
        { Authorization: `Bearer ${registered.body.data.token}` }
      )
    );
    expect(onboarded.status).toBe(201);
    communityToken = onboarded.body.meta.apiToken.accessKey;

    const form = new FormData();
    form.append('file', new Blob([fs.readFileSync(DEMO_CSV)], { type: 'text/csv' }), 'members.csv');
    const imported = await fetch(`${stack.baseUrl}/api/members/import?mode=upsert`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${communityToken}` },
      body: form,
    });
    expect(imported.status).toBe(200);
    expect(await imported.json()).toMatchObject({ created: DEMO_MEMBERS, errors: [] });

    const status = await until(
      'every member indexed',
      async () => {
        const body = (await json(await get('/api/community-search/status', { Authorization: `Bearer ${communityToken}` }))).body;
        return body.data.indexed === DEMO_MEMBERS ? body.data : undefined;
      },
      60_000
    );
    expect(status.value).toMatchObject({ searchable: DEMO_MEMBERS, embeddingProvider: 'local' });

    const found = await search('doctors in Chennai');
    expect(found.status).toBe(200);
    expect(found.body.data.length).toBeGreaterThan(0);
    expect(found.body.data[0].city).toBe('Chennai');
    expect(found.body.data[0].why).toEqual(expect.arrayContaining(['city: Chennai']));
  });

  it('hands WhatsApp messages the web container accepted to the worker container, losing none while it is down', async () => {
    stack.composeOk(['stop', 'worker']);
    const params = {
      MessageSid: `SM${randomBytes(16).toString('hex')}`,
      AccountSid: stack.settings.TWILIO_ACCOUNT_SID,
      From: `whatsapp:${MEMBER_PHONE}`,
      To: `whatsapp:${WHATSAPP_NUMBER}`,
      Body: 'doctors in Chennai',
      NumMedia: '0',
    };
    const webhookUrl = `${stack.settings.PUBLIC_URL}/api/whatsapp-bot/webhook`;
    const accepted = await fetch(webhookUrl, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        'X-Twilio-Signature': twilio.getExpectedTwilioSignature(stack.settings.TWILIO_AUTH_TOKEN, webhookUrl, params),
      },
      body: new URLSearchParams(params).toString(),
    });
    expect(accepted.status).toBe(200);
    const statusOf = () => sql(`SELECT status FROM whatsapp_inbound_messages WHERE message_sid = '${params.MessageSid}'`);

    // The web process only accepts; with no worker running the message waits in the queue.
    await sleep(5000);
    expect(statusOf()).toBe('pending');

    stack.composeOk(['start', 'worker']);
    await stack.waitHealthy('worker');
    const answered = await until('the worker answers the message', () => (statusOf() === 'done' ? true : undefined), 120_000);
    console.log(`worker answered the queued message ${Math.round(answered.waitedMs / 1000)} s after it started`);
  });

  it('keeps its data across an app restart', async () => {
    const before = await search('doctors in Chennai');
    stack.composeOk(['restart', 'app']);
    await stack.waitHealthy('app');
    const after = await search('doctors in Chennai');
    expect(after.status).toBe(200);
    expect(after.body.meta.total).toBe(before.body.meta.total);
  });

  it('reports Redis down while it is stopped and recovers by itself when it returns', async () => {
    stack.composeOk(['stop', 'redis']);
    const down = await until(
      'health reports redis down',
      async () => {
        const health = await healthReport();
        return health.body.redis === 'down' ? health : undefined;
      },
      30_000
    );
    expect(down.value.body.database).toBe('connected');

    stack.composeOk(['start', 'redis']);
    const back = await until(
      'health reports redis connected again',
      async () => {
        const health = await healthReport();
        return health.body.redis === 'connected' && health.body.queue === 'connected' ? health : undefined;
      },
      60_000
    );
    console.log(`redis reconnected ${(back.waitedMs / 1000).toFixed(1)} s after its container started`);
    expect((await search('doctors in Chennai')).status).toBe(200);
  });

  it('backs up with pg_dump in the db container and restores with scripts/ops/restore.sh', () => {
    // The command docs/deployment.md gives operators of the compose stack.
    const dump = stack.composeBinary(
      ['exec', '-T', 'db', 'pg_dump', '-U', 'community_connect', '-d', 'community_connect', '--format=custom', '--no-owner', '--no-privileges']
    );
    expect(dump.stderr).toBe('');
    expect(dump.status).toBe(0);
    const dumpFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cc-dump-')), 'community-connect.dump');
    fs.writeFileSync(dumpFile, dump.stdout);
    expect(fs.statSync(dumpFile).size).toBeGreaterThan(10_000);

    const db = stack.containerId('db');
    expect(stack.docker(['cp', dumpFile, `${db}:/tmp/drill.dump`]).status).toBe(0);
    expect(stack.docker(['cp', path.resolve(__dirname, '../../scripts/ops/restore.sh'), `${db}:/tmp/restore.sh`]).status).toBe(0);
    const target = `postgres://community_connect:${stack.settings.POSTGRES_PASSWORD}@127.0.0.1:5432/community_connect_drill`;
    const restored = stack.exec('db', ['bash', '/tmp/restore.sh', '--create', '/tmp/drill.dump', target]);
    expect(restored.stderr).toBe('');
    expect(restored.status).toBe(0);

    const count = (database: string) =>
      stack.exec('db', ['psql', '-U', 'community_connect', '-d', database, '-Atc', 'SELECT count(*) FROM members']).stdout.trim();
    expect(count('community_connect_drill')).toBe(count('community_connect'));
    expect(Number(count('community_connect_drill'))).toBe(DEMO_MEMBERS);
    fs.rmSync(path.dirname(dumpFile), { recursive: true, force: true });
  });

  it('writes only JSON log lines, with request ids and without secrets', () => {
    for (const service of ['app', 'worker']) {
      const { stdout, stderr } = stack.logs(service);
      const lines = `${stdout}\n${stderr}`.split('\n').filter((line) => line.trim() !== '');
      expect(lines.length).toBeGreaterThan(5);
      const notJson = lines.filter((line) => {
        try {
          return typeof JSON.parse(line) !== 'object';
        } catch {
          return true;
        }
      });
      expect(notJson).toEqual([]);
      const text = lines.join('\n');
      for (const value of [stack.settings.POSTGRES_PASSWORD, stack.settings.TWILIO_AUTH_TOKEN, stack.settings.METRICS_TOKEN, MEMBER_PHONE]) {
        expect(text).not.toContain(value);
      }
    }
    const access = stack.logs('app').stdout.split('\n').filter((line) => line.includes('"type":"access"'));
    expect(access.length).toBeGreaterThan(0);
    expect(JSON.parse(access[0])).toMatchObject({ requestId: expect.any(String), status: expect.any(Number) });
  });
});
