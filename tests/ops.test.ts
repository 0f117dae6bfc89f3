import path from 'node:path';
import { Writable } from 'node:stream';

import type { Core } from '@strapi/strapi';
import { winston } from '@strapi/logger';

import { startFakeChatServer, type FakeChatServer } from './fakes/openai-chat-server';
import { createApiToken, createCommunity, createMember, loginAsMember, randomMobile, type CommunityFixture, type MemberFixture } from './helpers/fixtures';
import { bootStrapi, http, stopStrapi } from './helpers/strapi';

// The running app loads its modules from dist/: the test registers probes in that same registry.
type HealthProbes = typeof import('../src/lib/ops/health-probes');
const healthProbes = (): HealthProbes => require(path.resolve(__dirname, '..', 'dist', 'src', 'lib', 'ops', 'health-probes'));

const METRICS_TOKEN = 'ops-test-metrics-token';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The value of one series in a Prometheus text body (0 when absent). */
const sample = (body: string, name: string, labels: Record<string, string>) => {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  for (const line of body.split('\n')) {
    if (!line.startsWith(`${name}{`)) continue;
    const labelText = line.slice(name.length + 1, line.indexOf('}'));
    if (wanted.every((pair) => labelText.split(',').includes(pair))) return Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return 0;
};

const waitFor = async (check: () => Promise<boolean>, timeoutMs = 5000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

describe('operations: request ids, access log, health, readiness, metrics', () => {
  let strapi: Core.Strapi;
  let llm: FakeChatServer;
  let token: string;
  let community: CommunityFixture;
  let member: MemberFixture;
  const lines: Array<Record<string, unknown>> = [];
  const saved = { ...process.env };

  const metrics = async () => (await http(strapi).get('/metrics').set('Authorization', `Bearer ${METRICS_TOKEN}`).expect(200)).text;
  const search = (q: string, slug = community.slug) =>
    http(strapi)
      .get(`/api/community-search/search?q=${encodeURIComponent(q)}`)
      .set('Authorization', `Bearer ${token}`)
      .set('X-Community', slug);
  const restoreBuiltInProbes = () => (strapi.service('api::ops.health') as unknown as { registerBuiltInProbes(): () => void }).registerBuiltInProbes();
  /** /health answers from a one-second cache: wait it out before reading a change. */
  const freshHealth = async () => {
    await new Promise((resolve) => setTimeout(resolve, 1100));
    return http(strapi).get('/health');
  };

  beforeAll(async () => {
    llm = await startFakeChatServer();
    process.env.METRICS_TOKEN = METRICS_TOKEN;
    process.env.LOG_FORMAT = 'json';
    // The search parser talks to a local fake LLM that fails (its default reply is a 500).
    process.env.QUERY_PARSER = 'llm';
    process.env.LLM_BASE_URL = llm.baseUrl;
    process.env.LLM_MODEL = 'fake-model';
    process.env.LLM_TIMEOUT_MS = '2000';
    strapi = await bootStrapi();
    // Capture what the app logs, through its own configured format (context + redaction).
    strapi.log.add(
      new winston.transports.Stream({
        stream: new Writable({
          write(chunk, _encoding, done) {
            lines.push(JSON.parse(String(chunk)));
            done();
          },
        }),
        format: winston.format.json(),
      })
    );
    strapi.log.level = 'info';
    // Captured above; the console stays as quiet as in the other suites.
    for (const transport of strapi.log.transports) if (transport instanceof winston.transports.Console) transport.silent = true;
    token = await createApiToken(strapi);
    community = await createCommunity(strapi, { plan: 'free', searchLimitPerMonth: 3 });
    member = await createMember(strapi, community, { skills: ['Accounting', 'Audit'], city: 'Chennai' });
    await strapi.plugin('community-search').service('indexer').flush();
  });

  afterAll(async () => {
    await stopStrapi(strapi).catch(() => undefined);
    await llm.close();
    process.env = saved;
  });

  it('gives every response a request id: the caller\'s when sane, a new one otherwise', async () => {
    const fresh = await http(strapi).get('/healthz').expect(200);
    expect(fresh.body).toEqual({ status: 'ok' });
    expect(fresh.headers['x-request-id']).toMatch(UUID);

    const echoed = await http(strapi).get('/healthz').set('X-Request-Id', 'lb-7f3a:42').expect(200);
    expect(echoed.headers['x-request-id']).toBe('lb-7f3a:42');

    for (const insane of ['has spaces', 'x'.repeat(200), 'quote"inside', '<script>']) {
      const replaced = await http(strapi).get('/healthz').set('X-Request-Id', insane).expect(200);
      expect(replaced.headers['x-request-id']).toMatch(UUID);
    }
  });

  it('writes one access line per request with ids, community, route template, status and duration, without personal data', async () => {
    const requestId = `access-${Date.now()}`;
    const phone = randomMobile();
    await http(strapi)
      .get(`/api/members/${member.documentId}?filters[phone][$eq]=${encodeURIComponent(phone)}`)
      .set('Authorization', `Bearer ${token}`)
      .set('X-Community', community.slug)
      .set('X-Request-Id', requestId);
    const access = lines.filter((line) => line.type === 'access' && line.requestId === requestId);
    expect(access).toHaveLength(1);
    expect(access[0]).toMatchObject({
      method: 'GET',
      route: '/api/members/:id',
      path: `/api/members/${member.documentId}`,
      community: community.slug,
      communityId: community.id,
      level: 'info',
    });
    expect(typeof access[0].status).toBe('number');
    expect(typeof access[0].durationMs).toBe('number');
    expect(access[0].apiTokenId).toBeDefined();
    expect(JSON.stringify(lines)).not.toContain(phone.slice(1));
    expect(JSON.stringify(lines)).not.toContain(member.phone.slice(1));

    // A member's own request carries their login and member ids.
    const { jwt, userId } = await loginAsMember(strapi, member);
    const memberRequest = `member-${Date.now()}`;
    await http(strapi).get('/api/members/me').set('Authorization', `Bearer ${jwt}`).set('X-Request-Id', memberRequest).expect(200);
    const own = lines.find((line) => line.type === 'access' && line.requestId === memberRequest);
    expect(own).toMatchObject({ userId, memberId: member.documentId, community: community.slug, status: 200, route: '/api/members/me' });
  });

  it('reports each dependency on /health, and degrades when a registered probe does', async () => {
    const response = await http(strapi).get('/health').expect(200);
    expect(Object.keys(response.body).sort()).toEqual(['database', 'llm', 'queue', 'redis', 'status', 'timestamp', 'uptime', 'version'].sort());
    expect(response.body).toMatchObject({
      status: 'ok',
      version: require('../package.json').version,
      database: 'connected',
      redis: process.env.REDIS_URL ? 'connected' : 'disabled',
      llm: 'connected',
      // The WhatsApp bot's queues (BullMQ with Redis, in-process without).
      queue: 'connected',
    });
    expect(typeof response.body.uptime).toBe('number');
    expect(Number.isNaN(Date.parse(response.body.timestamp))).toBe(false);
    expect(response.headers['cache-control']).toBe('no-store');
    // Nothing about how to reach the dependencies.
    expect(JSON.stringify(response.body)).not.toMatch(/postgres|redis:\/\/|127\.0\.0\.1/);

    const unregister = healthProbes().registerHealthProbe('queue', async () => 'degraded');
    try {
      const degraded = await freshHealth();
      expect(degraded.status).toBe(200);
      expect(degraded.body).toMatchObject({ status: 'degraded', queue: 'degraded', database: 'connected' });
    } finally {
      unregister();
    }
    expect((await freshHealth()).body.queue).toBe('disabled');
  });

  it('answers application/health+json in the IETF health-check draft shape when the Accept header asks for it', async () => {
    // The test above replaced the queue probe and removed it: put the app's own probes back.
    restoreBuiltInProbes();
    const asHealthJson = ['application/health+json', 'APPLICATION/HEALTH+JSON', 'application/json;q=0.5, application/health+json', 'application/health+json, application/json', 'text/html, application/health+json;q=0.9'];
    for (const accept of asHealthJson) {
      const response = await freshHealth().then(() => http(strapi).get('/health').set('Accept', accept));
      expect([accept, response.status]).toEqual([accept, 200]);
      expect(response.headers['content-type']).toMatch(/^application\/health\+json/);
      expect(response.headers['cache-control']).toBe('no-store');
      const body = JSON.parse(response.text) as { status: string; version: string; checks: Record<string, Array<Record<string, unknown>>> };
      expect(body).toMatchObject({ status: 'pass', version: require('../package.json').version });
      const wanted = ['database:responseTime', 'llm:responseTime', 'queue:responseTime', ...(process.env.REDIS_URL ? ['redis:responseTime'] : [])];
      expect(Object.keys(body.checks).sort()).toEqual(wanted.sort());
      for (const [name, entries] of Object.entries(body.checks)) {
        expect([name, entries.length]).toEqual([name, 1]);
        const [entry] = entries;
        expect(Object.keys(entry).sort()).toEqual(['componentType', 'observedUnit', 'observedValue', 'status', 'time']);
        expect(entry).toMatchObject({ status: 'pass', observedUnit: 'ms', componentType: name.startsWith('database') || name.startsWith('redis') ? 'datastore' : 'component' });
        expect(Number.isInteger(entry.observedValue) && (entry.observedValue as number) >= 0).toBe(true);
        expect(Number.isNaN(Date.parse(String(entry.time)))).toBe(false);
      }
      expect(response.text).not.toMatch(/postgres|redis:\/\/|127\.0\.0\.1/);
    }
    // Anything else keeps the plain JSON report.
    for (const accept of [undefined, '*/*', 'application/json', 'application/json, application/health+json;q=0.5', 'text/html', '']) {
      const call = http(strapi).get('/health');
      const response = await (accept === undefined ? call : call.set('Accept', accept));
      expect([accept, response.status, response.headers['content-type']]).toEqual([accept, 200, expect.stringMatching(/^application\/json/)]);
      expect(response.body).toMatchObject({ status: 'ok', database: 'connected' });
    }
    // A degraded component is a warning; the service as a whole too.
    const unregister = healthProbes().registerHealthProbe('queue', async () => 'degraded');
    try {
      await freshHealth();
      const degraded = await http(strapi).get('/health').set('Accept', 'application/health+json').expect(200);
      const body = JSON.parse(degraded.text) as { status: string; checks: Record<string, Array<Record<string, unknown>>> };
      expect(body.status).toBe('warn');
      expect(body.checks['queue:responseTime'][0]).toMatchObject({ status: 'warn', output: 'queue is degraded' });
      expect(body.checks['database:responseTime'][0]).toMatchObject({ status: 'pass' });
    } finally {
      unregister();
    }
  });

  it('answers within a Kubernetes probe\'s default 1 s when a dependency hangs, reporting that dependency as failed', async () => {
    restoreBuiltInProbes();
    const hanging = healthProbes().registerHealthProbe('queue', () => new Promise(() => undefined));
    try {
      await new Promise((resolve) => setTimeout(resolve, 1100));
      let startedAt = performance.now();
      const plain = await http(strapi).get('/health').expect(200);
      expect(performance.now() - startedAt).toBeLessThan(1000);
      expect(plain.body).toMatchObject({ status: 'degraded', queue: 'down', database: 'connected' });

      await new Promise((resolve) => setTimeout(resolve, 1100));
      startedAt = performance.now();
      const draft = await http(strapi).get('/health').set('Accept', 'application/health+json').expect(200);
      expect(performance.now() - startedAt).toBeLessThan(1000);
      const body = JSON.parse(draft.text) as { status: string; checks: Record<string, Array<Record<string, unknown>>> };
      expect(body.status).toBe('warn');
      expect(body.checks['queue:responseTime'][0]).toMatchObject({ status: 'fail', output: expect.stringContaining('did not answer within 800 ms') });
      expect(body.checks['queue:responseTime'][0].observedValue as number).toBeGreaterThanOrEqual(790);
    } finally {
      hanging();
    }
    // A hanging database is the service failing: 503.
    const database = healthProbes().registerHealthProbe('database', () => new Promise(() => undefined));
    try {
      await new Promise((resolve) => setTimeout(resolve, 1100));
      const startedAt = performance.now();
      const down = await http(strapi).get('/health').set('Accept', 'application/health+json').expect(503);
      expect(performance.now() - startedAt).toBeLessThan(1000);
      const body = JSON.parse(down.text) as { status: string; checks: Record<string, Array<Record<string, unknown>>> };
      expect(body.status).toBe('fail');
      expect(body.checks['database:responseTime'][0]).toMatchObject({ status: 'fail', componentType: 'datastore' });
    } finally {
      database();
      restoreBuiltInProbes();
    }
  });

  it('is ready once the database answers and the migrations ran', async () => {
    const response = await http(strapi).get('/ready').expect(200);
    expect(response.body).toEqual({ status: 'ready', database: 'connected', migrations: 'applied' });
  });

  it('refuses /metrics without the bearer token, and everyone when METRICS_TOKEN is unset', async () => {
    const missing = await http(strapi).get('/metrics').expect(401);
    expect(missing.body).toMatchObject({ data: null, error: { status: 401, name: 'UnauthorizedError' } });
    await http(strapi).get('/metrics').set('Authorization', 'Bearer wrong-token').expect(401);
    await http(strapi).get('/metrics').set('Authorization', `Bearer ${METRICS_TOKEN}x`).expect(401);
    await http(strapi).get('/metrics').set('Authorization', `Basic ${METRICS_TOKEN}`).expect(401);

    strapi.config.set('ops.metricsToken', undefined);
    try {
      const disabled = await http(strapi).get('/metrics').set('Authorization', `Bearer ${METRICS_TOKEN}`).expect(403);
      expect(disabled.body.error).toMatchObject({ status: 403, message: expect.stringContaining('METRICS_TOKEN') });
    } finally {
      strapi.config.set('ops.metricsToken', METRICS_TOKEN);
    }
  });

  it('measures HTTP requests by route template, never by raw URL', async () => {
    await http(strapi).get(`/api/members/${member.documentId}`).set('Authorization', `Bearer ${token}`).set('X-Community', community.slug).expect(200);
    const response = await http(strapi).get('/metrics').set('Authorization', `Bearer ${METRICS_TOKEN}`).expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
    const body = response.text;
    expect(sample(body, 'community_connect_http_request_duration_seconds_count', { route: '/api/members/:id', method: 'get', status: '200' })).toBeGreaterThanOrEqual(1);
    expect(sample(body, 'community_connect_http_request_duration_seconds_count', { route: '/healthz', status: '200' })).toBeGreaterThanOrEqual(1);
    expect(body).not.toContain(member.documentId);
    expect(body).toMatch(/^process_cpu_user_seconds_total /m);
  });

  it('counts searches by parser and channel, LLM failures, embeddings, and opens the LLM circuit on /health', async () => {
    const before = await metrics();
    const failuresBefore = sample(before, 'community_connect_llm_failures_total', { purpose: 'search_query', reason: 'error' });
    // Three different questions (parsed queries are cached): the fake LLM fails each, the rules answer.
    for (const q of ['accountants in Chennai', 'audit experts', 'who does accounting']) {
      const response = await search(q).expect(200);
      expect(response.body.meta.parsed.parser).toBe('rules');
    }
    const after = await metrics();
    expect(sample(after, 'community_connect_search_duration_seconds_count', { parser: 'rules', channel: 'api' })).toBeGreaterThanOrEqual(3);
    expect(sample(after, 'community_connect_search_results_count', { parser: 'rules', channel: 'api' })).toBeGreaterThanOrEqual(3);
    expect(sample(after, 'community_connect_llm_failures_total', { purpose: 'search_query', reason: 'error' }) - failuresBefore).toBe(3);
    expect(sample(after, 'community_connect_llm_request_duration_seconds_count', { purpose: 'search_query', outcome: 'failure' })).toBeGreaterThanOrEqual(3);
    expect(sample(after, 'community_connect_embedding_duration_seconds_count', { provider: 'local', outcome: 'success' })).toBeGreaterThanOrEqual(1);

    // Three failures in a row open the circuit: search skips the LLM, and /health says so.
    expect((await freshHealth()).body).toMatchObject({ status: 'degraded', llm: 'degraded' });
  });

  it('counts quota rejections, and a line logged inside a request carries its request id', async () => {
    const before = sample(await metrics(), 'community_connect_quota_rejections_total', { quota: 'searches' });
    // The community allows 3 searches a month and used them above.
    const requestId = `quota-${Date.now()}`;
    const refused = await search('tax consultants').set('X-Request-Id', requestId).expect(429);
    expect(refused.body.error.name).toBe('QuotaExceeded');
    expect(sample(await metrics(), 'community_connect_quota_rejections_total', { quota: 'searches' }) - before).toBe(1);

    // The 80% warning was written inside the third search's request: find one such line with a request id.
    const warning = lines.find((line) => line.level === 'warn' && String(line.message).includes(`"${community.slug}" has used`));
    expect(warning?.requestId).toEqual(expect.any(String));
    expect(lines.some((line) => line.type === 'access' && line.requestId === warning?.requestId)).toBe(true);
  });

  it('counts login codes handed to the SMS provider', async () => {
    const before = sample(await metrics(), 'community_connect_otp_deliveries_total', { provider: 'log', outcome: 'sent' });
    await http(strapi).post('/api/auth/send-otp').send({ phone: member.phone }).expect(200);
    await waitFor(async () => sample(await metrics(), 'community_connect_otp_deliveries_total', { provider: 'log', outcome: 'sent' }) === before + 1);
    // The development provider's line keeps the code (outside production) but never the number.
    expect(JSON.stringify(lines)).not.toContain(member.phone.slice(1));
  });

  it('answers 503 on /health and /ready when the database is unreachable, while /healthz stays up', async () => {
    // Close the app's connection pool: every query now fails, as with a database that went away.
    await strapi.db.connection.destroy();
    const health = await freshHealth();
    expect(health.status).toBe(503);
    expect(health.body).toMatchObject({ status: 'down', database: 'down' });
    const ready = await http(strapi).get('/ready').expect(503);
    expect(ready.body).toMatchObject({ status: 'not_ready', database: 'down' });
    await http(strapi).get('/healthz').expect(200);
  });
});
