/**
 * scripts/lib/plugin-builds.js: which local plugins `npm run dev` / `npm start` build before Strapi
 * starts (no Strapi boot here; plugins are fixtures in a temporary directory).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { listLocalPlugins, buildState, buildOutdatedPlugins } = require('../scripts/lib/plugin-builds');

type LocalPlugin = { name: string; packageName: string; dir: string; entries: string[] };

const EXPORTS = {
  '.': './index.js',
  './strapi-admin': { source: './admin/src/index.ts', import: './dist/admin/index.mjs', require: './dist/admin/index.js' },
  './strapi-server': { source: './server/src/index.ts', import: './dist/server/index.mjs', require: './dist/server/index.js' },
};

let pluginsDir: string;
beforeEach(() => {
  pluginsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-plugin-builds-'));
});
afterEach(() => fs.rmSync(pluginsDir, { recursive: true, force: true }));

const write = (file: string, content = '', mtime?: Date) => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  if (mtime) fs.utimesSync(file, mtime, mtime);
};

const HOUR_AGO = new Date(Date.now() - 3600_000);
const NOW = new Date();

/** A plugin as in src/plugins: package.json with its exports map, sources, optionally a build. */
const makePlugin = (name: string, { sources = true, built = false, builtAt = NOW, sourcesAt = HOUR_AGO, packageJson = {} } = {}) => {
  const dir = path.join(pluginsDir, name);
  write(path.join(dir, 'package.json'), JSON.stringify({ name: `@test/${name}`, exports: EXPORTS, strapi: { kind: 'plugin', name }, ...packageJson }), sourcesAt);
  if (sources) {
    write(path.join(dir, 'server', 'src', 'index.ts'), 'export default {};', sourcesAt);
    write(path.join(dir, 'admin', 'src', 'index.ts'), 'export default {};', sourcesAt);
  }
  if (built) {
    write(path.join(dir, 'dist', 'server', 'index.js'), '', builtAt);
    write(path.join(dir, 'dist', 'admin', 'index.mjs'), '', builtAt);
  }
  return dir;
};

const stateOf = (name: string) => buildState(listLocalPlugins(pluginsDir).find((plugin: LocalPlugin) => plugin.name === name));

describe('listLocalPlugins', () => {
  it('lists Strapi plugins with the built entries their exports map names', () => {
    const dir = makePlugin('search');
    expect(listLocalPlugins(pluginsDir)).toEqual([
      { name: 'search', packageName: '@test/search', dir, entries: [path.join(dir, 'dist/server/index.js'), path.join(dir, 'dist/admin/index.mjs')] },
    ]);
  });

  it('skips folders that are not Strapi plugins, have no package.json or no built entries', () => {
    makePlugin('library', { packageJson: { strapi: { kind: 'library' } } });
    makePlugin('no-exports', { packageJson: { exports: { '.': './index.js' } } });
    fs.mkdirSync(path.join(pluginsDir, 'empty'));
    write(path.join(pluginsDir, 'README.md'));
    expect(listLocalPlugins(pluginsDir)).toEqual([]);
  });

  it('finds nothing where there is no plugins folder', () => {
    expect(listLocalPlugins(path.join(pluginsDir, 'absent'))).toEqual([]);
  });
});

describe('buildState', () => {
  it('is missing on a fresh clone (no dist/)', () => {
    makePlugin('search');
    expect(stateOf('search')).toBe('missing');
  });

  it('is missing when only one of the entries was built (an interrupted build)', () => {
    const dir = makePlugin('search');
    write(path.join(dir, 'dist', 'server', 'index.js'));
    expect(stateOf('search')).toBe('missing');
  });

  it('is built when the build is newer than every source', () => {
    makePlugin('search', { built: true });
    expect(stateOf('search')).toBe('built');
  });

  it.each([
    ['a server source', 'server/src/services/search.ts'],
    ['an admin source', 'admin/src/pages/App.tsx'],
    ['package.json', 'package.json'],
    ['a build script', 'scripts/distill-embeddings.js'],
    ['a file with a unicode name', 'server/src/données.ts'],
  ])('is stale when %s changed after the build', (_label, file) => {
    const dir = makePlugin('search', { built: true, builtAt: HOUR_AGO, sourcesAt: new Date(HOUR_AGO.getTime() - 60_000) });
    const changed = path.join(dir, file);
    if (fs.existsSync(changed)) fs.utimesSync(changed, NOW, NOW);
    else write(changed, 'changed', NOW);
    expect(stateOf('search')).toBe('stale');
  });

  it('ignores node_modules and dist/ when comparing (neither is a source)', () => {
    const dir = makePlugin('search', { built: true, builtAt: HOUR_AGO, sourcesAt: new Date(HOUR_AGO.getTime() - 60_000) });
    write(path.join(dir, 'node_modules', 'dep', 'index.js'), '', NOW);
    write(path.join(dir, 'dist', 'server', 'extra.js'), '', NOW);
    expect(stateOf('search')).toBe('built');
  });

  it('is built when a deployment carries dist/ without sources (the container image)', () => {
    makePlugin('search', { sources: false, built: true, builtAt: HOUR_AGO });
    expect(stateOf('search')).toBe('built');
  });
});

describe('buildOutdatedPlugins', () => {
  it('builds nothing and says nothing when every plugin is built', () => {
    makePlugin('search', { built: true });
    makePlugin('bot', { built: true });
    const log = jest.fn();
    expect(buildOutdatedPlugins({ log, plugins: listLocalPlugins(pluginsDir) })).toEqual([]);
    expect(log).not.toHaveBeenCalled();
  });

  it('refuses, naming the plugin, when there is neither a build nor sources to build from', () => {
    makePlugin('search', { sources: false });
    expect(() => buildOutdatedPlugins({ log: jest.fn(), plugins: listLocalPlugins(pluginsDir) })).toThrow(
      /Plugin search has no build \(.*dist\/server\/index\.js\) and no sources to build it from/
    );
  });
});
