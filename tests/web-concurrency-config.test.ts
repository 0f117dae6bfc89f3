import { spawnSync } from 'node:child_process';
import path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parseWebConcurrency, clusterBlockers, MAX_WEB_CONCURRENCY } = require('../scripts/lib/web-cluster') as {
  parseWebConcurrency(value: string | undefined): { ok: true; count: number } | { ok: false; message: string };
  clusterBlockers(count: number, env: NodeJS.ProcessEnv): string[];
  MAX_WEB_CONCURRENCY: number;
};

const root = path.resolve(__dirname, '..');

/** `npm start` as the Dockerfile runs it, stopped by its own checks before Strapi boots. */
const runStart = (env: Record<string, string | undefined>) => {
  const merged: NodeJS.ProcessEnv = { ...process.env, SERVE_ADMIN_PANEL: 'false', ...env };
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete merged[key];
  return spawnSync(process.execPath, [path.join(root, 'scripts', 'ops', 'run.js'), 'start'], { cwd: root, env: merged, encoding: 'utf8', timeout: 60_000 });
};

describe('WEB_CONCURRENCY is read strictly', () => {
  it.each([
    [undefined, 1],
    ['', 1],
    ['1', 1],
    [' 3 ', 3],
    ['16', 16],
    [String(MAX_WEB_CONCURRENCY), MAX_WEB_CONCURRENCY],
  ])('%p means %p web processes', (value, count) => {
    expect(parseWebConcurrency(value)).toEqual({ ok: true, count });
  });

  it('"auto" means one process per core Node may use', () => {
    const parsed = parseWebConcurrency('AUTO');
    expect(parsed.ok && parsed.count).toBeGreaterThanOrEqual(1);
  });

  it.each(['0', '-1', '2.5', 'two', '1e2', String(MAX_WEB_CONCURRENCY + 1), '٣'])('%p is refused with a message naming the variable', (value) => {
    const parsed = parseWebConcurrency(value);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toMatch(/^WEB_CONCURRENCY must be a whole number from 1 to 64, or "auto"/);
  });

  it('several processes need the shared database and Redis; one process needs neither', () => {
    expect(clusterBlockers(1, {})).toEqual([]);
    expect(clusterBlockers(2, { DATABASE_URL: 'postgres://x', REDIS_URL: 'redis://x' })).toEqual([]);
    expect(clusterBlockers(2, { REDIS_URL: 'redis://x' }).join(' ')).toMatch(/needs DATABASE_URL/);
    expect(clusterBlockers(2, { DATABASE_URL: 'postgres://x' }).join(' ')).toMatch(/needs REDIS_URL/);
    expect(clusterBlockers(3, {})).toHaveLength(2);
  });
});

describe('npm start refuses a WEB_CONCURRENCY it cannot honour, before booting', () => {
  it('without REDIS_URL', () => {
    const result = runStart({ WEB_CONCURRENCY: '2', DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/unused', REDIS_URL: undefined });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('WEB_CONCURRENCY=2 needs REDIS_URL');
    expect(result.stdout).not.toContain('Strapi started');
  });

  it('with a value that is not a count', () => {
    const result = runStart({ WEB_CONCURRENCY: 'lots' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('WEB_CONCURRENCY must be a whole number from 1 to 64, or "auto" (got "lots")');
  });
});
