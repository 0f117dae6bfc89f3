// @ts-check
'use strict';

/** Boots the compiled app in this process (no HTTP listener) for operational scripts. */
const fs = require('node:fs');
const path = require('node:path');

const { root } = require('./app-environment');

const bootApp = async ({ logLevel = 'warn' } = {}) => {
  if (!fs.existsSync(path.join(root, 'dist', 'src', 'index.js'))) {
    throw new Error('The app is not compiled: run `npm run build` (or `npm run build:server`) first.');
  }
  const { createStrapi } = require('@strapi/strapi');
  const strapi = createStrapi({ appDir: root, distDir: path.join(root, 'dist'), autoReload: false });
  strapi.log.level = process.env.LOG_LEVEL || logLevel;
  await strapi.load();
  return strapi;
};

module.exports = { bootApp };
