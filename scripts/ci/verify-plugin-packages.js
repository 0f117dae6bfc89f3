#!/usr/bin/env node
'use strict';

/**
 * Checks that the three plugins are fit to publish and install into a fresh Strapi 5.54 app:
 *
 * 1. each package.json has what a published Strapi plugin needs (name, version, description,
 *    `strapi-plugin` keyword, `strapi` metadata, a peer dependency on @strapi/strapi 5.54.0, `files`);
 * 2. `npm pack` makes a tarball holding the built server and admin bundles, the type declarations,
 *    the README and (community-search) the local embedding model, and no sources or tests;
 * 3. a fresh Strapi 5.54 app is created in a temporary folder with nothing but @strapi/strapi, pg,
 *    the three tarballs (and that of the shared @community-connect/kit they depend on) and the host contract the plugins document in their READMEs (two content
 *    types, a tenancy policy, two route middlewares, a plan catalogue), installed with
 *    `npm install --prefer-offline` (tarballs from the local npm cache where it has them);
 * 4. that app boots on an embedded PostgreSQL (PGlite with pgvector): Strapi finds the plugins as
 *    installed dependencies, each registers its routes and its `extensions` service, and a plugin of
 *    the app registers a plan, a parser and a bot command through them;
 * 5. a TypeScript file importing the plugins' public types compiles against the installed packages
 *    (node10 and node16 module resolution).
 *
 * Usage: npm run verify:packages [-- --keep] (build the plugins first: npm run build:plugins).
 * --keep leaves the temporary app for inspection. Needs the npm registry for package metadata.
 */
const { execFileSync, spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { startEmbeddedPostgres } = require('../lib/embedded-postgres');

const ROOT = path.resolve(__dirname, '..', '..');
const STRAPI_VERSION = '5.54.0';
const PLUGINS = ['community-search', 'whatsapp-bot', 'billing'];
/** Workspace packages the plugins depend on (packages/*), published and installed with them. */
const SHARED_PACKAGES = ['kit'];
const keep = process.argv.includes('--keep');

const started = Date.now();
const step = (message) => console.log(`[verify-packages +${((Date.now() - started) / 1000).toFixed(0)}s] ${message}`);
const fail = (message) => {
  throw new Error(message);
};

const npm = (args, cwd) =>
  execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_update_notifier: 'false' } });

/** What publishing a Strapi plugin needs in package.json. */
const checkManifest = (name, manifest) => {
  const problems = [];
  if (manifest.private) problems.push('"private": true (npm publish would refuse it)');
  for (const field of ['name', 'version', 'description', 'license']) if (!manifest[field]) problems.push(`no ${field}`);
  if (!manifest.keywords?.includes('strapi-plugin')) problems.push('keywords lack "strapi-plugin"');
  if (manifest.strapi?.kind !== 'plugin' || manifest.strapi?.name !== name) problems.push(`strapi metadata must be { kind: "plugin", name: "${name}" }`);
  if (manifest.peerDependencies?.['@strapi/strapi'] !== STRAPI_VERSION) problems.push(`peer dependency @strapi/strapi must be ${STRAPI_VERSION}`);
  if (!Array.isArray(manifest.files) || !manifest.files.includes('dist')) problems.push('files must list dist');
  if (!manifest.exports?.['./strapi-server'] || !manifest.exports?.['./strapi-admin']) problems.push('exports lack ./strapi-server or ./strapi-admin');
  if (manifest.types !== './index.d.ts') problems.push('types must be ./index.d.ts');
  if (problems.length > 0) fail(`${manifest.name}: ${problems.join('; ')}`);
};

const pack = (name, destination) => {
  const dir = path.join(ROOT, 'src', 'plugins', name);
  if (!fs.existsSync(path.join(dir, 'dist', 'server', 'index.js'))) fail(`${name} is not built: run npm run build:plugins first`);
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  checkManifest(name, manifest);
  const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', destination], dir));
  const files = packed.files.map((file) => file.path);
  const required = ['package.json', 'README.md', 'index.js', 'index.d.ts', 'dist/server/index.js', 'dist/server/index.mjs', 'dist/server/src/index.d.ts', 'dist/admin/index.js', 'dist/admin/index.mjs'];
  if (name === 'community-search') required.push('dist/embeddings/manifest.json', 'dist/embeddings/vectors.i8', 'dist/embeddings/vocabulary.txt');
  const missing = required.filter((file) => !files.includes(file));
  if (missing.length > 0) fail(`${packed.filename} lacks ${missing.join(', ')}`);
  const unwanted = files.filter((file) => /^(server|admin)\/src\/|__tests__|node_modules\/|\.test\./.test(file));
  if (unwanted.length > 0) fail(`${packed.filename} ships sources or tests: ${unwanted.slice(0, 5).join(', ')}`);
  step(`packed ${packed.filename}: ${files.length} files, ${(packed.size / 1024 / 1024).toFixed(1)} MB`);
  return { name: manifest.name, tarball: path.join(destination, packed.filename) };
};

/** A shared workspace package (packages/<name>): its compiled code and declarations, no sources. */
const packShared = (name, destination) => {
  const dir = path.join(ROOT, 'packages', name);
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  if (!fs.existsSync(path.join(dir, manifest.main))) fail(`${manifest.name} is not built: run npm run build:plugins first`);
  const problems = [];
  if (manifest.private) problems.push('"private": true (npm publish would refuse it)');
  for (const field of ['name', 'version', 'description', 'license', 'main', 'types']) if (!manifest[field]) problems.push(`no ${field}`);
  if (!Array.isArray(manifest.files) || !manifest.files.includes('dist')) problems.push('files must list dist');
  if (problems.length > 0) fail(`${manifest.name}: ${problems.join('; ')}`);
  const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', destination], dir));
  const files = packed.files.map((file) => file.path);
  const missing = ['package.json', 'README.md', manifest.main.replace(/^\.\//, ''), manifest.types.replace(/^\.\//, '')].filter((file) => !files.includes(file));
  if (missing.length > 0) fail(`${packed.filename} lacks ${missing.join(', ')}`);
  const unwanted = files.filter((file) => /^src\/|__tests__|node_modules\/|\.test\./.test(file));
  if (unwanted.length > 0) fail(`${packed.filename} ships sources or tests: ${unwanted.slice(0, 5).join(', ')}`);
  step(`packed ${packed.filename}: ${files.length} files`);
  return { name: manifest.name, version: manifest.version, tarball: path.join(destination, packed.filename) };
};

const write = (file, content) => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`);
};

/** The app's admin-input custom fields and the types they store (src/lib/member-custom-fields.ts). */
const APP_CUSTOM_FIELD_TYPES = { 'global::skills': 'json', 'global::year': 'integer' };

/**
 * The app's own content types, minus the login link (users-permissions is not part of the
 * contract), with the app's custom fields as the types they store (the fresh app has no inputs for them).
 */
const hostSchema = (api) => {
  const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'src', 'api', api, 'content-types', api, 'schema.json'), 'utf8'));
  for (const [field, attribute] of Object.entries(schema.attributes)) {
    if (attribute.type === 'relation' && String(attribute.target).startsWith('plugin::users-permissions')) delete schema.attributes[field];
    if (attribute.type === 'customField' && APP_CUSTOM_FIELD_TYPES[attribute.customField]) {
      schema.attributes[field] = { ...attribute, type: APP_CUSTOM_FIELD_TYPES[attribute.customField] };
      delete schema.attributes[field].customField;
    }
  }
  return schema;
};

/** A fresh Strapi app: only what `create-strapi-app` would give, plus the plugins' documented host contract. */
const createApp = (appDir, packages, sharedPackages) => {
  const pgVersion = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')).packages['node_modules/pg'].version;
  write(path.join(appDir, 'package.json'), {
    name: 'fresh-strapi-app',
    private: true,
    version: '0.0.0',
    scripts: { start: 'strapi start' },
    // As create-strapi-app 5 writes it for a TypeScript project on PostgreSQL.
    dependencies: {
      '@strapi/strapi': STRAPI_VERSION,
      pg: pgVersion,
      react: '^18.0.0',
      'react-dom': '^18.0.0',
      'react-router-dom': '^6.0.0',
      'styled-components': '^6.0.0',
      ...Object.fromEntries(packages.map(({ name, tarball }) => [name, `file:${tarball}`])),
    },
    // Not on a registry yet: the shared packages the plugins depend on come from their tarballs too
    // (npm takes an override's file: spec for every dependent's range).
    overrides: Object.fromEntries(sharedPackages.map(({ name, tarball }) => [name, `file:${tarball}`])),
    devDependencies: { '@types/react': '^18', '@types/react-dom': '^18' },
    strapi: { uuid: 'fresh-strapi-app', telemetryDisabled: true },
  });
  write(path.join(appDir, 'public', 'uploads', '.gitkeep'), '');
  write(path.join(appDir, 'config', 'server.js'), "module.exports = ({ env }) => ({ host: '127.0.0.1', port: env.int('PORT', 1337), app: { keys: ['fresh-a', 'fresh-b'] } });\n");
  write(
    path.join(appDir, 'config', 'admin.js'),
    "module.exports = () => ({ auth: { secret: 'fresh-admin-secret' }, apiToken: { salt: 'fresh-api-salt' }, transfer: { token: { salt: 'fresh-transfer-salt' } }, secrets: { encryptionKey: 'fresh-encryption-key' } });\n"
  );
  // PGlite serves one connection at a time.
  write(path.join(appDir, 'config', 'database.js'), "module.exports = ({ env }) => ({ connection: { client: 'postgres', connection: { connectionString: env('DATABASE_URL') }, pool: { min: 0, max: 1 } } });\n");
  write(
    path.join(appDir, 'config', 'middlewares.js'),
    "module.exports = ['strapi::logger', 'strapi::errors', 'strapi::security', 'strapi::cors', 'strapi::poweredBy', 'strapi::query', { name: 'strapi::body', config: { includeUnparsed: true } }, 'strapi::session', 'strapi::favicon', 'strapi::public'];\n"
  );
  // Host contract: the plan catalogue (billing reads it; plugins may add plans to it).
  write(
    path.join(appDir, 'config', 'plans.js'),
    `module.exports = () => (${JSON.stringify({
      catalogue: {
        free: { name: 'Free', memberLimit: 50, searchLimitPerMonth: 500, priceUsd: null },
        pro: { name: 'Pro', memberLimit: 500, searchLimitPerMonth: 10000, priceUsd: { monthly: 50, yearly: 500 } },
      },
      warningThreshold: 0.8,
    })});\n`
  );
  // Host contract: communities and members, a tenancy policy, the search route's middlewares.
  write(path.join(appDir, 'src', 'api', 'community', 'content-types', 'community', 'schema.json'), hostSchema('community'));
  write(path.join(appDir, 'src', 'api', 'member', 'content-types', 'member', 'schema.json'), hostSchema('member'));
  write(path.join(appDir, 'src', 'policies', 'resolve-community.js'), "// The host resolves the request's community (X-Community); this fresh app knows none.\nmodule.exports = () => false;\n");
  // Host contract: the host port (@community-connect/kit's HostPort), the plugins' one door to the
  // app. This fresh app knows no tenant, manages no community and lends no services: it answers
  // its table names and refuses the rest.
  write(
    path.join(appDir, 'src', 'api', 'community', 'services', 'host-port.js'),
    `'use strict';
const { errors } = require('@strapi/utils');

const refuse = () => {
  throw new errors.ForbiddenError('This host resolves no community');
};
const notProvided = (what) => async () => {
  throw new errors.ApplicationError(what + ' is not provided by this host');
};

module.exports = ({ strapi }) => ({
  tenancy: { tenantOf: refuse, adminScope: async () => refuse(), mayViewContact: () => false },
  tables: () => ({
    members: strapi.getModel('api::member.member').collectionName,
    communities: strapi.getModel('api::community.community').collectionName,
  }),
  members: { import: notProvided('Member import'), export: notProvided('Member export') },
  quotas: { usage: notProvided('Usage'), consumeSearch: notProvided('The search quota'), refundSearch: async () => {} },
  rateLimits: { enforce: async () => {} },
  otp: { requestCode: notProvided('Login codes'), verifyCode: notProvided('Login codes') },
  nlUpdate: { propose: notProvided('Profile updates'), confirm: notProvided('Profile updates'), undo: notProvided('Profile updates') },
  store: () => {
    const values = new Map();
    return {
      get: async (key) => values.get(key) ?? null,
      set: async (key, value) => void values.set(key, value),
      claim: async (key) => (values.has(key) ? false : (values.set(key, '1'), true)),
      take: async (key) => values.delete(key),
    };
  },
});
`
  );
  write(path.join(appDir, 'src', 'middlewares', 'member-search-limit.js'), 'module.exports = () => async (ctx, next) => next();\n');
  write(path.join(appDir, 'src', 'middlewares', 'search-quota.js'), 'module.exports = () => async (ctx, next) => next();\n');
  // The app's own extension, registered the documented way: in register().
  write(
    path.join(appDir, 'src', 'index.js'),
    `module.exports = {
  register({ strapi }) {
    strapi.plugin('billing').service('extensions').registerPlan({ id: 'fresh-plan', name: 'Fresh', memberLimit: 10, searchLimitPerMonth: 100 });
    strapi.plugin('community-search').service('extensions').registerQueryParser({ name: 'fresh-parser', create: ({ rules }) => rules });
    strapi.plugin('whatsapp-bot').service('extensions').registerCommand({ name: 'fresh', match: /^fresh$/i, help: 'fresh', handle: ({ reply }) => reply('fresh') });
  },
  bootstrap() {},
};
`
  );
  write(
    path.join(appDir, 'boot-check.js'),
    `'use strict';
const { createStrapi } = require('@strapi/strapi');

(async () => {
  const app = createStrapi({ appDir: __dirname, distDir: __dirname, autoReload: false });
  app.log.level = 'warn';
  await app.start();
  const base = 'http://127.0.0.1:' + app.config.get('server.port');
  const status = async (method, url, body) => (await fetch(base + url, { method, body, headers: body ? { 'Content-Type': 'application/json' } : {} })).status;
  const result = {
    plugins: Object.fromEntries(${JSON.stringify(PLUGINS)}.map((name) => [name, Boolean(app.plugin(name))])),
    extensions: {
      search: app.plugin('community-search').service('extensions').names(),
      billingPlans: app.plugin('billing').service('extensions').registeredPlanIds(),
      botHelp: app.plugin('whatsapp-bot').service('extensions').helpLines(),
    },
    catalogue: Object.keys(app.config.get('plans').catalogue),
    http: {
      search: await status('GET', '/api/community-search/search?q=x'),
      webhook: await status('POST', '/api/whatsapp-bot/webhook', '{}'),
      billing: await status('GET', '/api/billing/subscription'),
      searchAdmin: await status('GET', '/community-search/admin/communities'),
      unknown: await status('GET', '/api/not-a-route'),
    },
  };
  console.log('RESULT ' + JSON.stringify(result));
  await app.destroy();
  process.exit(0);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
`
  );
  write(
    path.join(appDir, 'consumer.ts'),
    `import type { CommunitySearchExtensions, QueryParserRegistration, ResultPostProcessor, SearchPerformedEvent } from '@community-connect/community-search';
import type { BotCommand, WhatsappBotExtensions, WhatsappMessageSentEvent } from '@community-connect/whatsapp-bot';
import type { BillingExtensions, PlanRegistration, SubscriptionChangedEvent } from '@community-connect/billing';

export const command: BotCommand = { name: 'events', match: /^events$/i, help: '*events* lists this week', handle: ({ reply, member }) => reply(member.name) };
export const boost: ResultPostProcessor = { name: 'boost', process: (hits, context) => hits.filter((hit) => context.profileOf(hit.documentId)) };
export const parser: QueryParserRegistration = { name: 'mine', create: ({ rules }) => rules };
export const plan: PlanRegistration = { id: 'plus', name: 'Plus', memberLimit: 100, searchLimitPerMonth: null, priceUsd: { monthly: 5, yearly: 50 }, prices: { monthly: 'price_plus' } };
export const onChange = (event: SubscriptionChangedEvent): string | null => event.plan;
export const onSearch = (event: SearchPerformedEvent): number => event.total;
export const onSent = (event: WhatsappMessageSentEvent): number => event.communityId;
export const use = (search: CommunitySearchExtensions, bot: WhatsappBotExtensions, billing: BillingExtensions) => {
  search.registerResultPostProcessor(boost);
  bot.registerCommand(command);
  billing.registerPlan(plan);
  return billing.onSubscriptionChanged(onChange);
};
`
  );
};

const bootCheck = (appDir, databaseUrl) =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['boot-check.js'], {
      cwd: appDir,
      env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: databaseUrl, PORT: String(20000 + Math.floor(Math.random() * 20000)), STRAPI_TELEMETRY_DISABLED: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 180_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      const line = output.split('\n').find((candidate) => candidate.startsWith('RESULT '));
      if (code === 0 && line) resolve(JSON.parse(line.slice('RESULT '.length)));
      else reject(new Error(`the fresh app did not boot (exit ${code}):\n${output.slice(-4000)}`));
    });
  });

const expectEqual = (what, actual, expected) => {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) fail(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
};

const main = async () => {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-plugin-packages-'));
  const tarballs = path.join(workDir, 'tarballs');
  const appDir = path.join(workDir, 'fresh-app');
  fs.mkdirSync(tarballs, { recursive: true });
  let database;
  try {
    const sharedPackages = SHARED_PACKAGES.map((name) => packShared(name, tarballs));
    const packages = PLUGINS.map((name) => pack(name, tarballs));
    createApp(appDir, packages, sharedPackages);
    step('installing a fresh Strapi app with the tarballs (npm install --prefer-offline)');
    npm(['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], appDir);
    for (const { name } of packages) {
      const installed = JSON.parse(fs.readFileSync(path.join(appDir, 'node_modules', name, 'package.json'), 'utf8'));
      if (installed.version !== JSON.parse(fs.readFileSync(path.join(ROOT, 'src', 'plugins', name.split('/')[1], 'package.json'), 'utf8')).version) fail(`${name} installed at another version`);
    }
    for (const { name, version } of sharedPackages) {
      const installedAt = path.join(appDir, 'node_modules', name, 'package.json');
      if (!fs.existsSync(installedAt)) fail(`${name} was not installed with the plugins`);
      if (JSON.parse(fs.readFileSync(installedAt, 'utf8')).version !== version) fail(`${name} installed at another version`);
    }
    const strapiVersion = JSON.parse(fs.readFileSync(path.join(appDir, 'node_modules', '@strapi', 'strapi', 'package.json'), 'utf8')).version;
    expectEqual('installed @strapi/strapi', strapiVersion, STRAPI_VERSION);
    step(`installed (@strapi/strapi ${strapiVersion})`);

    const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    for (const [module, moduleResolution] of [['commonjs', 'node10'], ['node16', 'node16']]) {
      const compilerOptions = { noEmit: true, strict: true, skipLibCheck: true, target: 'es2022', module, moduleResolution, types: [] };
      write(path.join(appDir, 'tsconfig.consumer.json'), { compilerOptions, files: ['consumer.ts'] });
      try {
        execFileSync(process.execPath, [tsc, '-p', 'tsconfig.consumer.json'], { cwd: appDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      } catch (error) {
        fail(`the public types do not compile (${moduleResolution} resolution):\n${error.stdout}${error.stderr}`);
      }
    }
    step('the public types compile in a TypeScript consumer (node10 and node16 resolution)');

    database = await startEmbeddedPostgres();
    const result = await bootCheck(appDir, database.url);
    expectEqual('plugins loaded', result.plugins, { 'community-search': true, 'whatsapp-bot': true, billing: true });
    expectEqual('search extensions', result.extensions.search, {
      queryParsers: ['rules', 'llm', 'fresh-parser'],
      embeddingProviders: ['local', 'openai'],
      synonymSources: [],
      resultPostProcessors: [],
    });
    expectEqual('registered plans', result.extensions.billingPlans, ['fresh-plan']);
    expectEqual('catalogue', result.catalogue, ['free', 'pro', 'fresh-plan']);
    expectEqual('bot help', result.extensions.botHelp, ['• fresh']);
    // The routes exist (an unknown one is 404): content-API routes want a token, the webhook a
    // Twilio signature, admin routes an admin login.
    expectEqual('HTTP statuses', result.http, { search: 401, webhook: 403, billing: 401, searchAdmin: 401, unknown: 404 });
    step(`the fresh app booted with the three plugins: ${JSON.stringify(result.http)}`);
    console.log('plugin packages verified');
  } finally {
    await database?.stop();
    if (keep) console.log(`kept ${workDir}`);
    else fs.rmSync(workDir, { recursive: true, force: true });
  }
};

main().catch((error) => {
  console.error(`verify-plugin-packages: ${error.message}`);
  process.exit(1);
});
