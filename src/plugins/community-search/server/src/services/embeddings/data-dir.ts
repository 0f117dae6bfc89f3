import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const PLUGIN_PACKAGE_NAME = '@community-connect/community-search';
const DATA_DIR_IN_PACKAGE = path.join('dist', 'embeddings');

function isPluginPackage(dir: string): boolean {
  const manifestPath = path.join(dir, 'package.json');
  if (!existsSync(manifestPath)) return false;
  try {
    return (JSON.parse(readFileSync(manifestPath, 'utf8')) as { name?: unknown }).name === PLUGIN_PACKAGE_NAME;
  } catch {
    return false;
  }
}

/** The plugin's package folder at or above `start`, or reached through node_modules on the way up. */
function findPluginPackageFrom(start: string): string | undefined {
  let dir = path.resolve(start);
  for (;;) {
    if (isPluginPackage(dir)) return dir;
    const installed = path.join(dir, 'node_modules', PLUGIN_PACKAGE_NAME);
    if (isPluginPackage(installed)) return installed;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * `dist/embeddings` of this plugin's package. This module runs both bundled (dist/server/index.js)
 * and from source (server/src/..., under Jest), so it searches upwards instead of assuming a depth.
 * The ES module bundle has no __dirname; there the search starts at the working directory.
 */
export function defaultEmbeddingsDataDir(): string {
  const starts = typeof __dirname === 'string' ? [__dirname, process.cwd()] : [process.cwd()];
  for (const start of starts) {
    const packageDir = findPluginPackageFrom(start);
    if (packageDir) return path.join(packageDir, DATA_DIR_IN_PACKAGE);
  }
  throw new Error(
    `Cannot find the ${PLUGIN_PACKAGE_NAME} package above ${starts.join(' or ')} to locate its ${DATA_DIR_IN_PACKAGE}; ` +
      'pass dataDir to createLocalEmbeddingProvider.',
  );
}
