#!/usr/bin/env node
'use strict';

/**
 * `npm run test:coverage`: the same build steps and test run as `npm test`, with source maps, and
 * Jest's V8 coverage over the app's and the plugins' server code. The integration tests run the
 * compiled app (dist/) and plugin bundles (src/plugins/x/dist) inside a booted Strapi; their
 * source maps bring that coverage back to the TypeScript files, where it adds up with the unit
 * tests' coverage of the same files. Extra arguments go to Jest (e.g. a test path).
 */
const { execFileSync, execSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');
const run = (command, options = {}) => execSync(command, { stdio: 'inherit', cwd: root, ...options });

// Each plugin's own build script, with source maps switched on for its bundler.
const pluginsDir = path.join(root, 'src', 'plugins');
for (const name of fs.readdirSync(pluginsDir)) {
  const manifest = path.join(pluginsDir, name, 'package.json');
  if (!fs.existsSync(manifest)) continue;
  const build = JSON.parse(fs.readFileSync(manifest, 'utf8')).scripts?.build;
  if (!build) continue;
  console.log(`\n> ${name}: ${build} (with source maps)`);
  run(build.replace(/strapi-plugin build/, '$& --sourcemap'), {
    cwd: path.join(pluginsDir, name),
    env: { ...process.env, PATH: `${path.join(root, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH}` },
  });
}

console.log('\n> compile the app with source maps');
execFileSync(
  process.execPath,
  ['-e', "require('@strapi/typescript-utils').compile(process.argv[1], { configOptions: { options: { incremental: true, inlineSourceMap: true } } }).catch((e) => { console.error(e); process.exit(1); })", root],
  { stdio: 'inherit', cwd: root }
);

console.log('\n> jest --coverage');
try {
  execFileSync(
    process.execPath,
    [require.resolve('jest/bin/jest'), '--runInBand', '--coverage', ...process.argv.slice(2)],
    { stdio: 'inherit', cwd: root }
  );
} catch (error) {
  process.exit(typeof error.status === 'number' ? error.status : 1);
}
