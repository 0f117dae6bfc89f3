#!/usr/bin/env node
// @ts-check
'use strict';

/**
 * The README's first command, checked as a newcomer meets it (`npm run test:first-run`): a fresh
 * clone of HEAD, `npm ci`, nothing built, then `npm run dev` on a free PORT with the embedded
 * database. Passes when every local plugin answers its ping route and Debian's Chromium shows the
 * admin panel's first-administrator form at /admin; prints the time from the clone to that form.
 *
 * usage: node scripts/ci/first-run-check.js [--in-place] [--reuse-npm-cache] [--keep]
 *   --in-place         check this checkout as it is (CI, right after `npm ci`, before anything builds)
 *                      instead of a fresh clone; its embedded database goes to a temporary directory
 *   --reuse-npm-cache  `npm ci` from this machine's npm cache (offline where it can) instead of an
 *                      empty one, which downloads every package
 *   --keep             leave the clone (and its log) in place
 * Only committed work is cloned (HEAD). Exits non-zero on the first failure.
 */
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { findFreePort } = require('../lib/embedded-postgres');

const root = path.resolve(__dirname, '..', '..');
const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS_DIR = path.join(root, 'tests', 'e2e', 'artifacts');
const SCREENSHOT = path.join(ARTIFACTS_DIR, 'first-run-admin.png');
// A fresh clone builds three plugins before Strapi starts (minutes on a small, busy machine).
const STARTUP_TIMEOUT_MS = 15 * 60 * 1000;
const ADMIN_FORM_TIMEOUT_MS = 5 * 60 * 1000;
const STOP_TIMEOUT_MS = 30 * 1000;
const PLUGINS = ['community-search', 'whatsapp-bot', 'billing'];

const options = new Set(process.argv.slice(2));
for (const option of options) {
  if (!['--in-place', '--reuse-npm-cache', '--keep'].includes(option)) {
    console.error(`first-run: unknown option ${option}\nusage: node scripts/ci/first-run-check.js [--in-place] [--reuse-npm-cache] [--keep]`);
    process.exit(2);
  }
}
const inPlace = options.has('--in-place');

const started = Date.now();
const seconds = (since = started) => ((Date.now() - since) / 1000).toFixed(1);
const say = (message) => console.log(`first-run: ${message}`);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** @param {boolean} condition @param {string} message */
const check = (condition, message) => {
  if (!condition) throw new Error(`first-run: FAILED - ${message}`);
  say(`ok - ${message}`);
};

/** Runs a command to completion, its output shown, or throws. @param {string} command @param {string[]} args @param {import('node:child_process').SpawnSyncOptions} spawnOptions */
const run = (command, args, spawnOptions) => {
  const result = spawnSync(command, args, { stdio: 'inherit', ...spawnOptions });
  if (result.status !== 0) throw new Error(`first-run: \`${command} ${args.join(' ')}\` failed (${result.error?.message ?? `exit code ${result.status}`})`);
};

/** The app's environment as on a newcomer's machine: no database, Redis or public URL configured. */
const appEnvironment = (/** @type {number} */ port, /** @type {string | undefined} */ dataDir) => {
  const env = { ...process.env, PORT: String(port), STRAPI_TELEMETRY_DISABLED: 'true' };
  for (const name of ['DATABASE_URL', 'DATABASE_HOST', 'REDIS_URL', 'NODE_ENV', 'DEMO_DATA', 'PUBLIC_URL', 'HOST', 'EXAMPLE_PLUGINS']) delete env[name];
  if (dataDir) env.EMBEDDED_DATABASE_DIR = dataDir;
  return env;
};

/** Waits for the first-administrator form in Debian's Chromium and saves a screenshot of it. @param {string} baseUrl */
const openAdminPanel = async (baseUrl) => {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`first-run: no Chromium at ${CHROMIUM} (apt-get install -y chromium)`);
  const { chromium } = require('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    page.setDefaultTimeout(ADMIN_FORM_TIMEOUT_MS);
    await page.goto(`${baseUrl}/admin`, { timeout: ADMIN_FORM_TIMEOUT_MS });
    for (const field of ['firstname', 'email', 'password']) {
      await page.locator(`input[name="${field}"]`).waitFor({ state: 'visible' });
    }
    fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    return page.url();
  } finally {
    await browser.close();
  }
};

const main = async () => {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'community-connect-first-run-'));
  let appDir = root;
  /** @type {Record<string, string>} */
  const phases = {};

  if (!inPlace) {
    const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout.trim();
    appDir = path.join(workDir, 'community-connect');
    say(`cloning ${root} at ${head} into ${appDir}`);
    let phase = Date.now();
    run('git', ['clone', '--quiet', '--no-hardlinks', root, appDir], {});
    phases.clone = seconds(phase);
    phase = Date.now();
    const cacheArgs = options.has('--reuse-npm-cache') ? ['--prefer-offline'] : ['--cache', path.join(workDir, 'npm-cache')];
    say(`npm ci ${cacheArgs.join(' ')}`);
    run('npm', ['ci', '--no-audit', '--no-fund', ...cacheArgs], { cwd: appDir });
    phases['npm ci'] = seconds(phase);
  }

  // What a newcomer has at this point: nothing built (in CI, the checkout right after npm ci).
  const { listLocalPlugins, buildState } = require(path.join(appDir, 'scripts', 'lib', 'plugin-builds.js'));
  const states = listLocalPlugins().map((/** @type {{ name: string }} */ plugin) => `${plugin.name}: ${buildState(plugin)}`);
  say(`plugins before start: ${states.join(', ')}`);
  if (inPlace && !states.some((/** @type {string} */ state) => state.endsWith(': missing'))) {
    say('note: the plugins are already built here, so this run does not cover building them');
  }

  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const logFile = path.join(workDir, 'npm-run-dev.log');
  const log = fs.createWriteStream(logFile);
  say(`npm run dev on PORT=${port} (embedded database, no Redis); output in ${logFile}`);
  const startPhase = Date.now();
  const child = spawn('npm', ['run', 'dev'], {
    cwd: appDir,
    env: appEnvironment(port, inPlace ? path.join(workDir, 'pglite') : undefined),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  const collect = (/** @type {Buffer} */ chunk) => {
    const text = chunk.toString();
    output += text;
    log.write(text);
    for (const line of text.split('\n')) if (line.startsWith('[community-connect]')) console.log(`  ${line}`);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));

  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`first-run: FAILED - npm run dev exited during start-up (code ${child.exitCode})`);
      if (Date.now() - startPhase > STARTUP_TIMEOUT_MS) throw new Error('first-run: FAILED - the app did not answer /_health in time');
      const health = await fetch(`${baseUrl}/_health`).catch(() => null);
      if (health?.status === 204) break;
      await sleep(1000);
    }
    phases['npm run dev until /_health'] = seconds(startPhase);
    check(true, `app answers on ${baseUrl} after ${phases['npm run dev until /_health']} s`);

    for (const plugin of PLUGINS) {
      const response = await fetch(`${baseUrl}/api/${plugin}/ping`);
      const body = response.status === 200 ? await response.json() : undefined;
      check(response.status === 200 && body?.data?.plugin === plugin && body.data.ready === true, `plugin ${plugin} answers GET /api/${plugin}/ping (${response.status})`);
    }
    check(output.includes(`localhost:${port}`) && !output.includes('localhost:1337'), `start-up output links to the port in use (localhost:${port}), not 1337`);

    const adminPhase = Date.now();
    const adminUrl = await openAdminPanel(baseUrl);
    phases['admin form in Chromium'] = seconds(adminPhase);
    check(true, `Chromium shows the first-administrator form at ${adminUrl} (screenshot ${path.relative(root, SCREENSHOT)})`);
    say(
      `from ${inPlace ? 'start' : 'clone start'} to the admin panel's first-administrator form: ${seconds()} s ` +
        `(${Object.entries(phases).map(([name, time]) => `${name} ${time} s`).join(', ')}) on ${os.cpus().length} cores`
    );
  } catch (error) {
    console.error(output.split('\n').slice(-80).join('\n'));
    throw error;
  } finally {
    const stopping = Date.now();
    // npm, scripts/ops/run.js and Strapi share the process group: each gets SIGINT as from Ctrl+C.
    if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGINT');
    const result = await Promise.race([exited, sleep(STOP_TIMEOUT_MS).then(() => null)]);
    log.end();
    if (result === null && child.pid) {
      process.kill(-child.pid, 'SIGKILL');
      throw new Error(`first-run: FAILED - the app did not stop within ${STOP_TIMEOUT_MS / 1000} s of SIGINT`);
    }
    say(`app stopped ${seconds(stopping)} s after SIGINT`);
    if (options.has('--keep')) say(`kept ${workDir}`);
    else fs.rmSync(workDir, { recursive: true, force: true });
  }
  say('passed');
};

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
