#!/usr/bin/env node
// @ts-check
'use strict';

/**
 * Smoke test of the fresh-machine path: starts the app exactly as `npm run dev` does, on the
 * embedded database (no DATABASE_URL, no REDIS_URL), with a brand-new data directory, then checks
 * over HTTP that the admin panel is served, the plugins answer, and the demo community was loaded
 * and is reachable through the REST API. Exits non-zero on the first failure.
 *
 * usage: node scripts/ci/smoke-embedded.js [develop|start]
 */
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { findFreePort } = require('../lib/embedded-postgres');

const root = path.resolve(__dirname, '..', '..');
const command = process.argv[2] || 'develop';
const STARTUP_TIMEOUT_MS = 8 * 60 * 1000;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** @param {boolean} condition @param {string} message */
const check = (condition, message) => {
  if (!condition) throw new Error(`smoke: ${message}`);
  console.log(`smoke: ok - ${message}`);
};

const main = async () => {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'community-connect-smoke-'));
  const port = await findFreePort();
  const base = `http://127.0.0.1:${port}`;
  const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', EMBEDDED_DATABASE_DIR: path.join(workDir, 'pglite') };
  delete env.DATABASE_URL;
  delete env.DATABASE_HOST;
  delete env.REDIS_URL;
  delete env.NODE_ENV;
  delete env.DEMO_DATA;

  const child = spawn(process.execPath, [path.join(root, 'scripts', 'ops', 'run.js'), command, ...(command === 'develop' ? ['--no-watch-admin'] : [])], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));

  try {
    const started = Date.now();
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the app exited during start-up (code ${child.exitCode})`);
      if (Date.now() - started > STARTUP_TIMEOUT_MS) throw new Error('the app did not become healthy in time');
      const health = await fetch(`${base}/_health`).catch(() => null);
      if (health?.status === 204) break;
      await sleep(1000);
    }
    check(true, `app healthy on ${base} after ${Math.round((Date.now() - started) / 1000)} s`);

    const admin = await fetch(`${base}/admin`);
    check(admin.status === 200 && (await admin.text()).includes('<html'), 'admin panel served at /admin');

    for (const plugin of ['community-search', 'whatsapp-bot', 'billing']) {
      const ping = await fetch(`${base}/api/${plugin}/ping`);
      check(ping.status === 200, `plugin ${plugin} answers /api/${plugin}/ping`);
    }

    const anonymous = await fetch(`${base}/api/members`, { headers: { 'X-Community': 'demo' } });
    check(anonymous.status === 403, 'members are not readable without credentials');

    const credentials = { email: 'smoke@example.org', password: 'Smoke-test-Passw0rd' };
    const registered = await fetch(`${base}/admin/register-admin`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ firstname: 'Smoke', lastname: 'Test', ...credentials }),
    });
    check(registered.status === 200 || registered.status === 201, 'first administrator registered');
    const adminJwt = (await registered.json()).data.token;

    const tokenResponse = await fetch(`${base}/admin/api-tokens`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${adminJwt}` },
      body: JSON.stringify({ name: 'smoke', type: 'read-only', lifespan: null, kind: 'content-api' }),
    });
    check(tokenResponse.status === 201 || tokenResponse.status === 200, 'read-only API token created');
    const accessKey = (await tokenResponse.json()).data.accessKey;

    const members = await fetch(`${base}/api/members?pagination[pageSize]=5`, {
      headers: { Authorization: `Bearer ${accessKey}`, 'X-Community': 'demo' },
    });
    const body = await members.json();
    check(members.status === 200, 'GET /api/members with X-Community: demo answers 200');
    check(body.meta?.pagination?.total === 60, `demo community has 60 members (got ${body.meta?.pagination?.total})`);

    const headers = { Authorization: `Bearer ${accessKey}`, 'X-Community': 'demo' };
    // The demo community is indexed in the background right after it is loaded.
    const indexedBy = Date.now() + 60_000;
    let indexed = 0;
    while (Date.now() < indexedBy) {
      const status = await (await fetch(`${base}/api/community-search/status`, { headers })).json();
      indexed = status.data?.indexed ?? 0;
      if (indexed === 60) break;
      await sleep(500);
    }
    check(indexed === 60, `demo community indexed for search (${indexed} of 60)`);
    const search = await fetch(`${base}/api/community-search/search?q=${encodeURIComponent('AI experts in Chennai')}`, { headers });
    const found = await search.json();
    check(
      search.status === 200 && found.data.length > 0 && found.data.every((hit) => hit.city === 'Chennai' && hit.why.length > 0),
      `"AI experts in Chennai" finds ${found.data?.length} member(s) in Chennai, each with reasons`
    );
  } catch (error) {
    console.error(output.split('\n').slice(-60).join('\n'));
    throw error;
  } finally {
    const stopping = Date.now();
    if (child.exitCode === null && child.pid) process.kill(child.pid, 'SIGINT');
    const result = await Promise.race([exited, sleep(30000).then(() => null)]);
    if (result === null && child.pid) {
      process.kill(-child.pid, 'SIGKILL');
      throw new Error('smoke: the app did not stop within 30 s of SIGINT');
    }
    console.log(`smoke: app stopped ${Math.round((Date.now() - stopping) / 1000)} s after SIGINT`);
    fs.rmSync(workDir, { recursive: true, force: true });
  }
  console.log('smoke: passed');
};

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
