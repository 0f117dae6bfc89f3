#!/usr/bin/env node
// @ts-check
'use strict';

/**
 * Starts Strapi (`develop` or `start`) with the project's defaults:
 * - without DATABASE_URL, an embedded PostgreSQL + pgvector (PGlite) with data under .tmp/;
 * - in development, missing Strapi secrets are generated into .env;
 * - telemetry off, and demo data loaded into an empty embedded database.
 */
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const command = process.argv[2];
if (command !== 'develop' && command !== 'start') {
  console.error('usage: node scripts/run.js <develop|start> [strapi options]');
  process.exit(2);
}

require('dotenv').config({ path: path.join(root, '.env'), quiet: true });
if (command === 'develop' && !process.env.NODE_ENV) process.env.NODE_ENV = 'development';
process.env.STRAPI_TELEMETRY_DISABLED ??= 'true';

const log = (message) => console.log(`[community-connect] ${message}`);

/** @type {{ stop: () => Promise<void> } | undefined} */
let embedded;

const main = async () => {
  if (process.env.NODE_ENV !== 'production') {
    const { ensureDevelopmentSecrets } = require('./lib/dev-secrets');
    const generated = ensureDevelopmentSecrets(path.join(root, '.env'));
    if (generated.length > 0) log(`Generated development secrets into .env: ${generated.join(', ')}`);
  }

  if (command === 'start' && !fs.existsSync(path.join(root, 'dist', 'build', 'index.html'))) {
    console.error('[community-connect] No production build found. Run `npm run build` before `npm start`.');
    process.exit(1);
  }

  if (!process.env.DATABASE_URL && !process.env.DATABASE_HOST) {
    if (process.env.NODE_ENV === 'production') {
      console.error('[community-connect] DATABASE_URL is required in production (PostgreSQL with pgvector).');
      process.exit(1);
    }
    const { startEmbeddedPostgres } = require('./lib/embedded-postgres');
    const dataDir = process.env.EMBEDDED_DATABASE_DIR || path.join(root, '.tmp', 'pglite');
    const database = await startEmbeddedPostgres({
      dataDir,
      port: process.env.EMBEDDED_DATABASE_PORT ? Number(process.env.EMBEDDED_DATABASE_PORT) : undefined,
      log,
    });
    embedded = database;
    process.env.DATABASE_URL = database.url;
    process.env.EMBEDDED_DATABASE = 'true';
    process.env.DEMO_DATA ??= 'true';
  }
  if (!process.env.REDIS_URL) log('REDIS_URL is not set: sessions, rate limits and queues use in-process stores.');

  const strapiPackage = require.resolve('@strapi/strapi/package.json', { paths: [root] });
  const strapiBin = path.join(path.dirname(strapiPackage), 'bin', 'strapi.js');
  const child = spawn(process.execPath, [strapiBin, command, ...process.argv.slice(3)], {
    cwd: root,
    env: process.env,
    stdio: 'inherit',
  });

  let exiting = false;
  const shutdown = async (code) => {
    if (exiting) return;
    exiting = true;
    // Closing PGlite cleanly flushes its data files; a killed process may leave them inconsistent.
    if (embedded) await embedded.stop().catch((error) => console.error(error));
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
  console.error('[community-connect] failed to start:', error);
  if (embedded) await embedded.stop().catch(() => {});
  process.exit(1);
});
