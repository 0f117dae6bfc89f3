#!/usr/bin/env node
// @ts-check
'use strict';

/**
 * Builds the local plugins whose build is missing or older than their sources, and only those
 * (`npm test` runs it: a checkout whose plugins were just built, as in CI after the first-run
 * check, does not pay for three more builds). `npm run build:plugins` still rebuilds all of them.
 */
const { buildOutdatedPlugins } = require('../lib/plugin-builds');

try {
  const built = buildOutdatedPlugins({ log: (message) => console.log(`[build-plugins] ${message}`) });
  if (built.length === 0) console.log('[build-plugins] every local plugin is built and up to date');
} catch (error) {
  console.error(`[build-plugins] ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
