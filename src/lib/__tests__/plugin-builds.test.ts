import path from 'node:path';

import type { Core } from '@strapi/strapi';

import app from '../../index';
import { assertConfiguredPluginsBuilt, findUnbuiltPlugins } from '../plugin-builds';

const APP_ROOT = '/srv/community-connect';

const localPlugin = (name: string) => ({
  enabled: true,
  pathToPlugin: path.join(APP_ROOT, 'src', 'plugins', name),
  packageInfo: {
    name: `@community-connect/${name}`,
    exports: { './strapi-server': { source: './server/src/index.ts', require: './dist/server/index.js', default: './dist/server/index.js' } },
  },
});
const installedPlugin = (packageName: string) => ({
  enabled: true,
  pathToPlugin: path.join(APP_ROOT, 'node_modules', ...packageName.split('/')),
  packageInfo: { name: packageName },
});

/** As Strapi records config/plugins.ts resolved: its own plugins from node_modules, ours from src/plugins. */
const ENABLED = {
  'content-manager': installedPlugin('@strapi/content-manager'),
  documentation: installedPlugin('@strapi/plugin-documentation'),
  'users-permissions': installedPlugin('@strapi/plugin-users-permissions'),
  'community-search': localPlugin('community-search'),
  'whatsapp-bot': localPlugin('whatsapp-bot'),
  billing: localPlugin('billing'),
};
const ALL = Object.keys(ENABLED);
const LOCAL = ['community-search', 'whatsapp-bot', 'billing'];

/** Just what the check reads from Strapi: what it resolved, what it loaded, the app's root. */
const fakeStrapi = (loaded: string[], enabled: Record<string, unknown> = ENABLED) =>
  ({
    config: { get: (key: string, fallback?: unknown) => (key === 'enabledPlugins' ? enabled : fallback) },
    plugin: (name: string) => (loaded.includes(name) ? { name } : undefined),
    dirs: { app: { root: APP_ROOT } },
  }) as unknown as Core.Strapi;

describe('findUnbuiltPlugins', () => {
  it('finds nothing when every enabled plugin was loaded', () => {
    expect(findUnbuiltPlugins(ENABLED, (name) => ALL.includes(name), APP_ROOT)).toEqual([]);
  });

  it.each(LOCAL)('names %s, its build command and its missing server entry', (missing) => {
    expect(findUnbuiltPlugins(ENABLED, (name) => name !== missing, APP_ROOT)).toEqual([
      {
        name: missing,
        dir: `src/plugins/${missing}`,
        packageName: `@community-connect/${missing}`,
        serverEntry: `src/plugins/${missing}/dist/server/index.js`,
      },
    ]);
  });

  it('names every unbuilt plugin (the fresh clone: none of the three built)', () => {
    const unbuilt = findUnbuiltPlugins(ENABLED, (name) => !LOCAL.includes(name), APP_ROOT);
    expect(unbuilt.map((plugin) => plugin.name)).toEqual(LOCAL);
  });

  it('leaves installed packages, disabled plugins and entries without a path to Strapi', () => {
    const enabled = {
      'content-manager': installedPlugin('@strapi/content-manager'),
      windows: { enabled: true, pathToPlugin: 'C:\\app\\node_modules\\some-plugin' },
      disabled: { ...localPlugin('disabled'), enabled: false },
      pathless: { enabled: true },
      nothing: undefined,
    };
    expect(findUnbuiltPlugins(enabled, () => false, APP_ROOT)).toEqual([]);
  });

  it('names a local plugin without a package export map (an example plugin) with the generic command', () => {
    const enabled = { mentors: { enabled: true, pathToPlugin: path.join(APP_ROOT, 'examples', 'mentors-plugin'), packageInfo: { name: 'mentors-plugin' } } };
    expect(findUnbuiltPlugins(enabled, () => false, APP_ROOT)).toEqual([
      { name: 'mentors', dir: 'examples/mentors-plugin', packageName: 'mentors-plugin', serverEntry: undefined },
    ]);
  });

  it.each([
    ['a string export', './dist/server/index.js'],
    ['only a default condition', { default: './dist/server/index.js' }],
  ])('reads the server entry from %s', (_label, serverExport) => {
    const enabled = { billing: { ...localPlugin('billing'), packageInfo: { name: '@community-connect/billing', exports: { './strapi-server': serverExport } } } };
    const [unbuilt] = findUnbuiltPlugins(enabled, () => false, APP_ROOT);
    expect(unbuilt.serverEntry).toBe('src/plugins/billing/dist/server/index.js');
  });
});

describe('assertConfiguredPluginsBuilt', () => {
  it('lets start-up go on when every configured plugin is loaded', () => {
    expect(() => assertConfiguredPluginsBuilt(fakeStrapi(ALL))).not.toThrow();
  });

  it('refuses, naming the plugin, the file and the command to run', () => {
    expect(() => assertConfiguredPluginsBuilt(fakeStrapi(ALL.filter((name) => name !== 'billing')))).toThrow(
      /Refusing to start[\s\S]*billing \(src\/plugins\/billing\) has no built server entry \(src\/plugins\/billing\/dist\/server\/index\.js does not exist\): run `npm run build --workspace @community-connect\/billing`/
    );
  });

  it('names all three on a fresh clone, and the command that builds them all', () => {
    let message = '';
    try {
      assertConfiguredPluginsBuilt(fakeStrapi(ALL.filter((name) => !LOCAL.includes(name))));
    } catch (error) {
      message = (error as Error).message;
    }
    for (const name of LOCAL) expect(message).toContain(`npm run build --workspace @community-connect/${name}`);
    expect(message).toContain('npm run build:plugins');
  });
});

describe("the app's register (what `strapi develop`/`strapi start` and the tests' boot run)", () => {
  it('refuses before anything else when a configured plugin was not built', async () => {
    const strapi = fakeStrapi(ALL.filter((name) => name !== 'whatsapp-bot'));
    await expect(app.register({ strapi })).rejects.toThrow(/whatsapp-bot \(src\/plugins\/whatsapp-bot\) has no built server entry/);
  });
});
