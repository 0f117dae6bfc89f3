// @ts-check
'use strict';

/**
 * The local plugins (npm workspaces under src/plugins) are loaded by Strapi from their built dist/,
 * which a fresh clone does not have: Strapi silently skips a plugin without a server entry, and the
 * admin panel cannot resolve a plugin's admin entry. `npm run dev` / `npm start` (scripts/ops/run.js)
 * build here whatever is missing or older than its sources before Strapi starts.
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');
const PLUGINS_DIR = path.join(root, 'src', 'plugins');
/** Workspace packages the app and the plugins depend on (the shared kit), built before the plugins. */
const PACKAGES_DIR = path.join(root, 'packages');
/** Never sources: installed dependencies and the build output itself. */
const NOT_SOURCES = new Set(['node_modules', 'dist', '.turbo', '.cache']);

/**
 * @typedef {{ name: string, packageName: string, dir: string, entries: string[] }} LocalPlugin
 *   entries: the built files Strapi and the admin bundler load (from the package's exports map).
 * @typedef {'built' | 'missing' | 'stale'} BuildState
 */

/**
 * The file an exports-map condition points at, e.g. exports['./strapi-server'].require.
 * @param {unknown} target @param {string[]} conditions
 */
const exportTarget = (target, conditions) => {
  if (typeof target === 'string') return target;
  if (!target || typeof target !== 'object') return undefined;
  for (const condition of conditions) {
    const value = /** @type {Record<string, unknown>} */ (target)[condition];
    if (typeof value === 'string') return value;
  }
  return undefined;
};

/** @param {string} [pluginsDir] @returns {LocalPlugin[]} */
const listLocalPlugins = (pluginsDir = PLUGINS_DIR) => {
  if (!fs.existsSync(pluginsDir)) return [];
  return fs
    .readdirSync(pluginsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(pluginsDir, entry.name, 'package.json')))
    .map((entry) => {
      const dir = path.join(pluginsDir, entry.name);
      const packageJson = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
      const exportsMap = packageJson.exports ?? {};
      const entries = [
        exportTarget(exportsMap['./strapi-server'], ['require', 'default']),
        exportTarget(exportsMap['./strapi-admin'], ['import', 'default']),
      ]
        .filter((target) => typeof target === 'string')
        .map((target) => path.join(dir, /** @type {string} */ (target)));
      return { name: packageJson.strapi?.name ?? entry.name, packageName: packageJson.name, dir, entries, kind: packageJson.strapi?.kind };
    })
    .filter((plugin) => plugin.kind === 'plugin' && plugin.entries.length > 0)
    .map(({ kind: _kind, ...plugin }) => plugin);
};

/**
 * The workspace packages under packages/ that have a build (their `main` is what Node loads, and
 * the type declarations beside it are what the app's and the plugins' compilers read).
 * @param {string} [packagesDir] @returns {LocalPlugin[]}
 */
const listLocalPackages = (packagesDir = PACKAGES_DIR) => {
  if (!fs.existsSync(packagesDir)) return [];
  return fs
    .readdirSync(packagesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(packagesDir, entry.name, 'package.json')))
    .map((entry) => {
      const dir = path.join(packagesDir, entry.name);
      const packageJson = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
      return { name: packageJson.name, packageName: packageJson.name, dir, entries: packageJson.main && packageJson.scripts?.build ? [path.join(dir, packageJson.main)] : [] };
    })
    .filter((localPackage) => localPackage.entries.length > 0);
};

/** Newest modification time of the plugin's sources (0 when none are present, as in the image). */
const newestSourceTime = (/** @type {string} */ dir) => {
  let newest = 0;
  const walk = (/** @type {string} */ current) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      if (NOT_SOURCES.has(entry.name)) continue;
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) newest = Math.max(newest, fs.statSync(full).mtimeMs);
    }
  };
  walk(dir);
  return newest;
};

/** @param {string} dir */
const hasSources = (dir) => ['server/src', 'admin/src', 'src'].some((sources) => fs.existsSync(path.join(dir, sources)));

/** @param {LocalPlugin} plugin @returns {BuildState} */
const buildState = (plugin) => {
  if (plugin.entries.some((entry) => !fs.existsSync(entry))) return 'missing';
  // A deployment (the container image) carries dist/ without the sources: nothing to compare.
  if (!hasSources(plugin.dir)) return 'built';
  const builtAt = Math.min(...plugin.entries.map((entry) => fs.statSync(entry).mtimeMs));
  return newestSourceTime(plugin.dir) > builtAt ? 'stale' : 'built';
};

/**
 * Builds every local plugin whose build is missing or older than its sources (by default the
 * workspace packages under packages/ first, which the plugins need to build), one at a time
 * (the machine may be small). Throws, naming the plugin and the command, when a build fails or
 * cannot run (no sources, or no dev dependencies installed).
 * @param {{ log: (message: string) => void, plugins?: LocalPlugin[] }} options
 * @returns {string[]} the names of the plugins built
 */
const buildOutdatedPlugins = ({ log, plugins = [...listLocalPackages(), ...listLocalPlugins()] }) => {
  /** @type {string[]} */
  const built = [];
  for (const plugin of plugins) {
    const state = buildState(plugin);
    if (state === 'built') continue;
    const command = `npm run build --workspace ${plugin.packageName}`;
    if (!hasSources(plugin.dir)) {
      throw new Error(`Plugin ${plugin.name} has no build (${path.relative(root, plugin.entries[0])}) and no sources to build it from.`);
    }
    const started = Date.now();
    log(`Building plugin ${plugin.name} (${state === 'missing' ? 'not built yet' : 'sources changed since its last build'}): ${command}`);
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const result = spawnSync(npm, ['run', 'build', '--workspace', plugin.packageName], { cwd: root, stdio: 'inherit', env: process.env });
    if (result.status !== 0 || buildState(plugin) !== 'built') {
      throw new Error(`Building plugin ${plugin.name} failed (${result.error?.message ?? `exit code ${result.status}`}); run \`${command}\` to see why.`);
    }
    log(`Built plugin ${plugin.name} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    built.push(plugin.name);
  }
  return built;
};

module.exports = { listLocalPlugins, listLocalPackages, buildState, buildOutdatedPlugins };
