import path from 'node:path';

import type { Core } from '@strapi/strapi';

/** What Strapi recorded about an enabled plugin while resolving config/plugins.ts (the fields read here). */
type EnabledPlugin = { enabled?: unknown; pathToPlugin?: string; packageInfo?: { name?: string; exports?: Record<string, unknown> } };

export type UnbuiltPlugin = { name: string; dir: string; packageName?: string; serverEntry?: string };

const serverEntryOf = (plugin: EnabledPlugin): string | undefined => {
  const target = plugin.packageInfo?.exports?.['./strapi-server'];
  if (typeof target === 'string') return target;
  if (target && typeof target === 'object') {
    const { require: required, default: fallback } = target as Record<string, unknown>;
    if (typeof required === 'string') return required;
    if (typeof fallback === 'string') return fallback;
  }
  return undefined;
};

const isInstalledPackage = (dir: string) => dir.split(/[\\/]/).includes('node_modules');

/**
 * The enabled plugins that live in the app (config/plugins.ts `resolve`s them from a path: our
 * workspaces under src/plugins, the examples) and that Strapi did not load. Strapi skips such a
 * plugin without a word when its server entry is not built, and the app would then run without its
 * routes, content types and admin pages. Installed packages (Strapi's own) come built.
 */
export const findUnbuiltPlugins = (
  enabled: Record<string, EnabledPlugin | undefined>,
  isLoaded: (name: string) => boolean,
  appRoot: string
): UnbuiltPlugin[] =>
  Object.entries(enabled).flatMap(([name, plugin]) => {
    if (!plugin || plugin.enabled === false || !plugin.pathToPlugin) return [];
    if (isInstalledPackage(plugin.pathToPlugin) || isLoaded(name)) return [];
    const entry = serverEntryOf(plugin);
    return [
      {
        name,
        dir: path.relative(appRoot, plugin.pathToPlugin) || '.',
        packageName: plugin.packageInfo?.name,
        serverEntry: entry ? path.relative(appRoot, path.join(plugin.pathToPlugin, entry)) : undefined,
      },
    ];
  });

export const unbuiltPluginsMessage = (unbuilt: UnbuiltPlugin[]): string => {
  const lines = unbuilt.map((plugin) => {
    const command = plugin.packageName ? `npm run build --workspace ${plugin.packageName}` : 'npm run build:plugins';
    const entry = plugin.serverEntry ? ` (${plugin.serverEntry} does not exist)` : '';
    return `- ${plugin.name} (${plugin.dir}) has no built server entry${entry}: run \`${command}\``;
  });
  return [
    `Refusing to start without ${unbuilt.length === 1 ? 'a configured plugin' : 'configured plugins'} (config/plugins.ts):`,
    ...lines,
    'or `npm run build:plugins` for all of them. `npm run dev` and `npm start` build missing plugins themselves.',
  ].join('\n');
};

/** Stops start-up (`strapi develop`/`start` run directly, the tests' boot) when a configured plugin is not built. */
export const assertConfiguredPluginsBuilt = (strapi: Core.Strapi): void => {
  const unbuilt = findUnbuiltPlugins(
    strapi.config.get('enabledPlugins', {}),
    (name) => strapi.plugin(name) !== undefined,
    strapi.dirs.app.root
  );
  if (unbuilt.length > 0) throw new Error(unbuiltPluginsMessage(unbuilt));
};
