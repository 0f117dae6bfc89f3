import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import type { Core } from '@strapi/strapi';
import { Client } from 'pg';

import { createApiToken, createCommunity, createMember, type CommunityFixture } from './helpers/fixtures';
import { bootStrapi, http, stopStrapi } from './helpers/strapi';

const run = promisify(execFile);
const root = path.resolve(__dirname, '..');

const embedded = process.env.EMBEDDED_DATABASE === 'true';
const hasPgTools = (() => {
  try {
    require('node:child_process').execFileSync('pg_dump', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const skipReason = embedded
  ? 'skipped on the embedded PGlite database: pg_dump/pg_restore need a PostgreSQL server (set DATABASE_URL)'
  : !hasPgTools
    ? 'skipped: pg_dump/pg_restore are not installed'
    : '';
const describeOnPostgres = skipReason ? describe.skip : describe;

/** The same server as DATABASE_URL, another database. */
const withDatabase = (url: string, database: string) => {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
};

if (skipReason) {
  describe('backup and restore', () => {
    it.skip(skipReason, () => undefined);
  });
}

describeOnPostgres('backup and restore (scripts/ops/backup.sh, scripts/ops/restore.sh) on PostgreSQL', () => {
  const sourceUrl = process.env.DATABASE_URL as string;
  const sourceDatabase = new URL(sourceUrl).pathname.slice(1);
  // Named after the test database (its prefix), so parallel workers and runs never collide.
  const restoredDatabase = `${sourceDatabase}_restore_${randomBytes(4).toString('hex')}`.slice(0, 63);
  const restoredUrl = withDatabase(sourceUrl, restoredDatabase);
  const workDir = mkdtempSync(path.join(tmpdir(), 'cc-backup-'));
  const archive = path.join(workDir, 'community-connect.dump');

  let strapi: Core.Strapi | undefined;
  let token: string;
  let community: CommunityFixture;
  const names: string[] = [];

  const admin = async <T>(work: (client: Client) => Promise<T>) => {
    const client = new Client({ connectionString: withDatabase(sourceUrl, 'postgres') });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    strapi = await bootStrapi();
    token = await createApiToken(strapi);
    community = await createCommunity(strapi);
    for (const skills of [['Welding', 'Fabrication'], ['Welding', 'Robotics'], ['Pottery']]) {
      names.push((await createMember(strapi, community, { skills, city: 'Coimbatore' })).name);
    }
    await strapi.plugin('community-search').service('indexer').flush();
    await stopStrapi(strapi);
    strapi = undefined;
  });

  afterAll(async () => {
    await stopStrapi(strapi).catch(() => undefined);
    process.env.DATABASE_URL = sourceUrl;
    await admin((client) => client.query(`DROP DATABASE IF EXISTS "${restoredDatabase}" WITH (FORCE)`));
    rmSync(workDir, { recursive: true, force: true });
  });

  it('backs up with embeddings, restores into a fresh database, and the restored app finds the members', async () => {
    const backup = await run('bash', [path.join(root, 'scripts', 'ops', 'backup.sh'), '-o', archive], {
      env: { ...process.env, DATABASE_URL: sourceUrl },
    });
    expect(backup.stdout).toMatch(/backup: wrote .*community-connect\.dump/);

    const restore = await run('bash', [path.join(root, 'scripts', 'ops', 'restore.sh'), '--create', archive, restoredUrl]);
    expect(restore.stdout).toContain(`restored ${archive} into ${restoredDatabase}`);

    // The restored index still has the members' vectors (nothing to re-embed).
    const client = new Client({ connectionString: restoredUrl });
    await client.connect();
    try {
      const { rows } = await client.query(
        'SELECT count(*)::int AS count FROM community_search_members WHERE community_id = $1 AND embedding IS NOT NULL',
        [community.id]
      );
      expect(rows[0].count).toBe(3);
    } finally {
      await client.end();
    }

    // A second app on the restored database: the API token from before the backup still works,
    // and search finds the welders.
    process.env.DATABASE_URL = restoredUrl;
    strapi = await bootStrapi();
    const response = await http(strapi)
      .get(`/api/community-search/search?q=${encodeURIComponent('welding experts in Coimbatore')}`)
      .set('Authorization', `Bearer ${token}`)
      .set('X-Community', community.slug)
      .expect(200);
    const found = (response.body.data as Array<{ name: string }>).map((hit) => hit.name).sort();
    expect(found).toEqual([names[0], names[1]].sort());
  });

  it('refuses to restore over a database that has tables', async () => {
    await expect(run('bash', [path.join(root, 'scripts', 'ops', 'restore.sh'), archive, restoredUrl])).rejects.toMatchObject({
      stderr: expect.stringContaining('already has'),
    });
  });

  it('fails loudly on a damaged archive and without a database', async () => {
    const damaged = path.join(workDir, 'damaged.dump');
    require('node:fs').writeFileSync(damaged, 'not an archive');
    await expect(run('bash', [path.join(root, 'scripts', 'ops', 'restore.sh'), damaged, restoredUrl])).rejects.toMatchObject({
      stderr: expect.stringContaining('not a pg_dump custom-format archive'),
    });
    const env = { ...process.env };
    delete env.DATABASE_URL;
    await expect(run('bash', [path.join(root, 'scripts', 'ops', 'backup.sh')], { env })).rejects.toMatchObject({
      stderr: expect.stringContaining('no database'),
    });
  });
});
