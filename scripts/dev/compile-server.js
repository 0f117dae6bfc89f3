#!/usr/bin/env node
'use strict';

/**
 * Compiles the app's TypeScript (config/, src/, database/) into dist/ the way `strapi build` does,
 * without building the admin panel: enough for the server and the integration tests.
 */
const path = require('node:path');
const tsUtils = require('@strapi/typescript-utils');

const { buildOutdatedPlugins, listLocalPackages } = require('../lib/plugin-builds');

const root = path.resolve(__dirname, '..', '..');

// The app imports the workspace packages (packages/*) through their built type declarations.
buildOutdatedPlugins({ log: (message) => console.log(`[build:server] ${message}`), plugins: listLocalPackages() });

tsUtils
  .compile(root, { configOptions: { options: { incremental: true } } })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
