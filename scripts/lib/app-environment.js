// @ts-check
'use strict';

/**
 * What every entry point (the server, operational scripts) needs before Strapi loads: .env,
 * development secrets, and — without DATABASE_URL — the embedded database, guarded by a lock so
 * two processes never open the same PGlite data directory.
 */
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');

const logToStdout = (message) => console.log(`[community-connect] ${message}`);

/** @param {number} pid */
const isAlive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** @param {string} dataDir */
const acquireLock = (dataDir) => {
  const lockFile = `${dataDir}.lock`;
  fs.mkdirSync(path.dirname(lockFile), { recursive: true });
  if (fs.existsSync(lockFile)) {
    const holder = Number(fs.readFileSync(lockFile, 'utf8'));
    if (holder && holder !== process.pid && isAlive(holder)) {
      throw new Error(
        `The embedded database in ${dataDir} is in use by process ${holder} (is \`npm run dev\` running?). ` +
          'Stop it first, or set DATABASE_URL.'
      );
    }
  }
  fs.writeFileSync(lockFile, String(process.pid));
  return () => {
    if (fs.existsSync(lockFile) && fs.readFileSync(lockFile, 'utf8') === String(process.pid)) fs.rmSync(lockFile);
  };
};

/**
 * @param {{ seedDemoData?: boolean, inMemory?: boolean, log?: (message: string) => void }} [options]
 *   inMemory: a throw-away embedded database (evaluations, benchmarks) instead of .tmp/pglite.
 *   log: where set-up messages go (stdout by default; a script printing JSON sends them to stderr).
 * @returns {Promise<{ stop: () => Promise<void>, embedded: boolean }>}
 */
const prepareAppEnvironment = async ({ seedDemoData = false, inMemory = false, log = logToStdout } = {}) => {
  require('dotenv').config({ path: path.join(root, '.env'), quiet: true });
  process.env.STRAPI_TELEMETRY_DISABLED ??= 'true';

  if (process.env.NODE_ENV !== 'production') {
    const { ensureDevelopmentSecrets } = require('./dev-secrets');
    const generated = ensureDevelopmentSecrets(path.join(root, '.env'));
    if (generated.length > 0) log(`Generated development secrets into .env: ${generated.join(', ')}`);
  }

  if (process.env.DATABASE_URL || process.env.DATABASE_HOST) {
    return { stop: async () => {}, embedded: false };
  }
  if (process.env.NODE_ENV === 'production') {
    throw new Error('DATABASE_URL is required in production (PostgreSQL with pgvector).');
  }

  const { startEmbeddedPostgres } = require('./embedded-postgres');
  if (inMemory) {
    const database = await startEmbeddedPostgres({ log });
    process.env.DATABASE_URL = database.url;
    process.env.EMBEDDED_DATABASE = 'true';
    return { embedded: true, stop: () => database.stop() };
  }
  const dataDir = path.resolve(root, process.env.EMBEDDED_DATABASE_DIR || path.join('.tmp', 'pglite'));
  const releaseLock = acquireLock(dataDir);
  try {
    const database = await startEmbeddedPostgres({
      dataDir,
      port: process.env.EMBEDDED_DATABASE_PORT ? Number(process.env.EMBEDDED_DATABASE_PORT) : undefined,
      log,
    });
    process.env.DATABASE_URL = database.url;
    process.env.EMBEDDED_DATABASE = 'true';
    if (seedDemoData) process.env.DEMO_DATA ??= 'true';
    return {
      embedded: true,
      // Closing PGlite cleanly flushes its data files; a killed process may leave them inconsistent.
      stop: async () => {
        await database.stop();
        releaseLock();
      },
    };
  } catch (error) {
    releaseLock();
    throw error;
  }
};

module.exports = { prepareAppEnvironment, log: logToStdout, root };
