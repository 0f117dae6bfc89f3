#!/usr/bin/env node
'use strict';

/**
 * Compiles the app's TypeScript (config/, src/, database/) into dist/ the way `strapi build` does,
 * without building the admin panel: enough for the server and the integration tests.
 */
const path = require('node:path');
const tsUtils = require('@strapi/typescript-utils');

const root = path.resolve(__dirname, '..');

tsUtils
  .compile(root, { configOptions: { options: { incremental: true } } })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
