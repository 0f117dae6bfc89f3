#!/usr/bin/env node
// @ts-check
'use strict';

/**
 * npm run test:load: builds the plugins and the server (skip with LOAD_SKIP_BUILD=1), then runs
 * the load and fault tests (tests/load). They need `redis-server` and a local PostgreSQL server
 * with pgvector (initdb/pg_ctl; PG_BIN to choose one); they never touch DATABASE_URL or REDIS_URL.
 * Sizes: LOAD_CONNECTIONS (50), LOAD_DURATION_SECONDS, LOAD_MEMBERS, LOAD_FAULT_SECONDS,
 * LOAD_RECOVERY_SECONDS, LOAD_DRAIN_SECONDS (tests/load/helpers/settings.ts).
 */
const { spawnSync } = require('node:child_process');

const run = (command, args) => {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (process.env.LOAD_SKIP_BUILD !== '1') {
  run('npm', ['run', 'build:plugins']);
  run('npm', ['run', 'build:server']);
}
run('npx', ['jest', '-c', 'tests/load/jest.config.js', '--runInBand', ...process.argv.slice(2)]);
