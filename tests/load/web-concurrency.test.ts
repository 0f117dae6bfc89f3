import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { freePort, startPostgresCluster, startRedisServer, type PostgresCluster, type RedisServer } from './helpers/services';

const root = path.resolve(__dirname, '..', '..');
const WORKERS = 2;
const READY_LINE = 'Strapi started successfully';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const out = (line: string) => process.stdout.write(`${line}\n`);

/** Process ids of the primary's children, the web processes (pgrep from procps). */
const childPids = (pid: number): number[] => {
  try {
    return execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
};

const waitFor = async (what: string, check: () => boolean, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(250);
  }
};

/** `count` health requests a few at a time; returns how many answered 2xx. */
const healthRequests = async (url: string, count: number) => {
  let ok = 0;
  for (let i = 0; i < count; i += 4) {
    const answers = await Promise.all(
      Array.from({ length: Math.min(4, count - i) }, () =>
        fetch(`${url}/_health`, { signal: AbortSignal.timeout(5000) }).then(
          (response) => response.ok,
          () => false
        )
      )
    );
    ok += answers.filter(Boolean).length;
  }
  return ok;
};

/**
 * WEB_CONCURRENCY (../shared/CONTRACT.md): `npm start` runs that many web processes on one port,
 * sharing their state through PostgreSQL and Redis. The processes are real (`node scripts/ops/run.js
 * start`, as the Dockerfile runs it); the test kills them to show each one serves and is replaced.
 */
describe('WEB_CONCURRENCY: several web processes on one port', () => {
  let postgres: PostgresCluster;
  let redis: RedisServer;
  let primary: ChildProcess;
  let url: string;
  let output = '';
  const logDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-web-concurrency-'));

  beforeAll(async () => {
    [postgres, redis] = await Promise.all([startPostgresCluster(), startRedisServer()]);
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    primary = spawn(process.execPath, [path.join(root, 'scripts', 'ops', 'run.js'), 'start'], {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: 'test',
        WEB_CONCURRENCY: String(WORKERS),
        PORT: String(port),
        HOST: '127.0.0.1',
        APP_KEYS: 'cluster-key-a,cluster-key-b',
        API_TOKEN_SALT: 'cluster-api-token-salt',
        ADMIN_JWT_SECRET: 'cluster-admin-jwt-secret',
        JWT_SECRET: 'cluster-jwt-secret',
        TRANSFER_TOKEN_SALT: 'cluster-transfer-token-salt',
        ENCRYPTION_KEY: 'cluster-encryption-key',
        DATABASE_URL: postgres.url,
        REDIS_URL: redis.url,
        PUBLIC_URL: url,
        SERVE_ADMIN_PANEL: 'false',
        DEMO_DATA: 'false',
        DOCUMENTATION_ENABLED: 'false',
        STRAPI_TELEMETRY_DISABLED: 'true',
        LOG_FORMAT: 'json',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const log = fs.createWriteStream(path.join(logDir, 'app.log'));
    for (const stream of [primary.stdout, primary.stderr]) {
      stream?.on('data', (chunk: Buffer) => {
        log.write(chunk);
        output += chunk.toString('utf8');
      });
    }
    await waitFor(`${WORKERS} web processes to start (log: ${logDir}/app.log)`, () => output.split(READY_LINE).length - 1 >= WORKERS, 300_000);
  });

  afterAll(async () => {
    if (primary && primary.exitCode === null) {
      primary.kill('SIGKILL');
      for (const pid of childPids(primary.pid ?? 0)) process.kill(pid, 'SIGKILL');
    }
    redis?.stop();
    postgres?.destroy();
  });

  it(`starts ${WORKERS} web processes behind the one port, and both answer`, async () => {
    const workers = childPids(primary.pid!);
    expect(workers).toHaveLength(WORKERS);
    expect(output).toContain(`${WORKERS} web processes serve this port (WEB_CONCURRENCY=${WORKERS})`);
    expect(await healthRequests(url, 20)).toBe(20);
  });

  it('a web process that dies is replaced, and the survivor serves meanwhile', async () => {
    const [first, second] = childPids(primary.pid!);
    process.kill(first, 'SIGKILL');
    await waitFor('the primary to notice', () => output.includes(`web process ${first} exited (SIGKILL); starting a new one`), 10_000);
    // Only `second` is left: every request it can take succeeds.
    const whileOneIsDown = await healthRequests(url, 20);
    out(`health requests answered while one of two processes was down: ${whileOneIsDown}/20`);
    expect(whileOneIsDown).toBe(20);

    await waitFor('a replacement to start', () => output.split(READY_LINE).length - 1 >= WORKERS + 1, 300_000);
    const replacement = childPids(primary.pid!).find((pid) => pid !== second);
    expect(replacement).toBeDefined();
    expect(childPids(primary.pid!)).toHaveLength(WORKERS);

    // With the last original process gone too, only the replacement can answer.
    process.kill(second, 'SIGKILL');
    await waitFor('the primary to notice', () => output.includes(`web process ${second} exited (SIGKILL)`), 10_000);
    const servedByReplacement = await healthRequests(url, 20);
    out(`health requests answered by the replacement alone: ${servedByReplacement}/20`);
    expect(servedByReplacement).toBe(20);
  });

  it('SIGTERM stops every web process and the primary exits 0', async () => {
    await waitFor('the second replacement to start', () => childPids(primary.pid!).length === WORKERS && output.split(READY_LINE).length - 1 >= WORKERS + 2, 300_000);
    const workers = childPids(primary.pid!);
    const exited = new Promise<number | null>((resolve) => primary.once('exit', (code) => resolve(code)));
    const startedAt = Date.now();
    primary.kill('SIGTERM');
    const code = await exited;
    out(`primary exited ${Date.now() - startedAt} ms after SIGTERM with code ${code}`);
    expect(code).toBe(0);
    for (const pid of workers) expect(() => process.kill(pid, 0)).toThrow();
  });
});
