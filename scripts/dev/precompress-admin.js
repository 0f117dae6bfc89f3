#!/usr/bin/env node
// @ts-check
'use strict';

/**
 * Writes a gzipped copy (`name.js.gz`) next to each script, stylesheet and SVG of the built admin
 * panel (dist/build), once, after `strapi build`. Strapi serves the panel through koa-send, which
 * sends such a copy as it is (Content-Encoding: gzip, with its length) to a browser that accepts
 * gzip; without it, strapi::compression gzips the 5.7 MB main chunk again on every cold load
 * (about 1.4 s of CPU on a busy 2-core machine, docs/benchmarks.md).
 */
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const BUILD_DIR = path.resolve(__dirname, '..', '..', 'dist', 'build');
const COMPRESSIBLE = /\.(js|css|svg)$/;
/** Smaller files gain less than their own request headers. */
const MIN_BYTES = 1024;

const precompress = (dir = BUILD_DIR) => {
  if (!fs.existsSync(path.join(dir, 'index.html'))) throw new Error(`No built admin panel in ${dir}: run \`strapi build\` first`);
  let files = 0;
  let before = 0;
  let after = 0;
  for (const name of fs.readdirSync(dir)) {
    const file = path.join(dir, name);
    if (!COMPRESSIBLE.test(name) || !fs.statSync(file).isFile()) continue;
    const content = fs.readFileSync(file);
    if (content.length < MIN_BYTES) continue;
    const gzipped = zlib.gzipSync(content, { level: zlib.constants.Z_BEST_COMPRESSION });
    // Written aside, then renamed: a server reading the build never sees half a file.
    fs.writeFileSync(`${file}.gz.tmp`, gzipped);
    fs.renameSync(`${file}.gz.tmp`, `${file}.gz`);
    files += 1;
    before += content.length;
    after += gzipped.length;
  }
  return { files, before, after };
};

if (require.main === module) {
  const started = Date.now();
  const { files, before, after } = precompress();
  const mb = (/** @type {number} */ bytes) => (bytes / 1024 / 1024).toFixed(1);
  console.log(`[precompress-admin] ${files} files gzipped: ${mb(before)} MB → ${mb(after)} MB (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

module.exports = { precompress };
