#!/usr/bin/env node
// @ts-check
'use strict';

/**
 * `npm run typecheck`: the app (tsconfig.json) and every workspace (the shared kit and each plugin's
 * server and admin), with no output written. The kit is built first when stale: the app and the
 * plugins read its type declarations from its dist/, as an installed package's.
 */
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const { buildOutdatedPlugins, listLocalPackages } = require('../lib/plugin-builds');

const root = path.resolve(__dirname, '..', '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const run = (/** @type {string} */ what, /** @type {string} */ command, /** @type {string[]} */ args) => {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    console.error(`[typecheck] ${what} failed`);
    process.exit(result.status ?? 1);
  }
  console.log(`[typecheck] ${what}: no errors (${((Date.now() - started) / 1000).toFixed(1)} s)`);
};

try {
  buildOutdatedPlugins({ log: (message) => console.log(`[typecheck] ${message}`), plugins: listLocalPackages() });
} catch (error) {
  console.error(`[typecheck] ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
run('the app', process.execPath, [require.resolve('typescript/bin/tsc', { paths: [root] }), '-p', 'tsconfig.json', '--noEmit']);
run('the workspaces (kit and plugins)', npm, ['run', 'typecheck', '--workspaces', '--if-present']);
