#!/usr/bin/env node
// @ts-check
'use strict';

/**
 * Starts Strapi (`develop` or `start`) with the project's defaults: without DATABASE_URL an
 * embedded PostgreSQL + pgvector (PGlite) with data under .tmp/ and the demo community loaded on
 * first start; in development, missing Strapi secrets generated into .env; telemetry off. Local
 * plugins whose build is missing or older than their sources are built first (a fresh clone has
 * none, and Strapi would otherwise start without them). `start` with WEB_CONCURRENCY > 1 runs that
 * many web processes on one port (scripts/lib/web-cluster.js).
 */
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const { prepareAppEnvironment, log, root } = require('../lib/app-environment');
const { buildOutdatedPlugins } = require('../lib/plugin-builds');
const { parseWebConcurrency, clusterBlockers, runWebCluster } = require('../lib/web-cluster');

const command = process.argv[2];
if (command !== 'develop' && command !== 'start') {
  console.error('usage: node scripts/ops/run.js <develop|start> [strapi options]');
  process.exit(2);
}
if (command === 'develop' && !process.env.NODE_ENV) process.env.NODE_ENV = 'development';

/** @type {{ stop: () => Promise<void> } | undefined} */
let environment;

const main = async () => {
  // An API-only process (SERVE_ADMIN_PANEL=false, as in the load tests) has no panel to serve.
  const servesAdminPanel = !/^(false|0|no|off)$/i.test(process.env.SERVE_ADMIN_PANEL ?? '');
  if (command === 'start' && servesAdminPanel && !fs.existsSync(path.join(root, 'dist', 'build', 'index.html'))) {
    console.error('[community-connect] No production build found. Run `npm run build` before `npm start`.');
    process.exit(1);
  }
  const concurrency = parseWebConcurrency(process.env.WEB_CONCURRENCY);
  if (!concurrency.ok) {
    console.error(`[community-connect] ${concurrency.message}`);
    process.exit(1);
  }
  const webProcesses = command === 'start' ? concurrency.count : 1;
  if (command === 'develop' && concurrency.count > 1) log('WEB_CONCURRENCY applies to `npm start`; development runs one process.');
  const blockers = clusterBlockers(webProcesses, process.env);
  if (blockers.length > 0) {
    for (const blocker of blockers) console.error(`[community-connect] ${blocker}`);
    process.exit(1);
  }
  buildOutdatedPlugins({ log });
  environment = await prepareAppEnvironment({ seedDemoData: true });
  if (!process.env.REDIS_URL) log('REDIS_URL is not set: sessions, rate limits and queues use in-process stores.');

  const strapiPackage = require.resolve('@strapi/strapi/package.json', { paths: [root] });
  const strapiBin = path.join(path.dirname(strapiPackage), 'bin', 'strapi.js');
  if (webProcesses > 1) {
    const code = await runWebCluster({ count: webProcesses, exec: strapiBin, args: [command, ...process.argv.slice(3)], cwd: root, log });
    await environment?.stop().catch((error) => console.error(error));
    process.exit(code);
  }
  const child = spawn(process.execPath, [strapiBin, command, ...process.argv.slice(3)], {
    cwd: root,
    env: process.env,
    stdio: 'inherit',
  });

  let exiting = false;
  const shutdown = async (code) => {
    if (exiting) return;
    exiting = true;
    await environment?.stop().catch((error) => console.error(error));
    process.exit(code);
  };
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
    process.on(signal, () => {
      if (child.exitCode === null) child.kill(signal);
    });
  }
  child.on('exit', (code, signal) => shutdown(code ?? (signal ? 1 : 0)));
};

main().catch(async (error) => {
  console.error(`[community-connect] failed to start: ${error instanceof Error ? error.message : error}`);
  await environment?.stop().catch(() => {});
  process.exit(1);
});
