// @ts-check
'use strict';

/**
 * The base images docker-compose.yml names (node, pgvector, redis): the official ones when the
 * engine has them or can pull them; otherwise stand-ins built here from Debian packages
 * (scripts/ci/container/standins), for machines that reach Debian and npm but no container registry.
 * NODE_IMAGE / POSTGRES_IMAGE / REDIS_IMAGE choose an image outright; CONTAINER_STANDINS=0 refuses
 * stand-ins.
 */
const { spawnSync, execSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { aptInstall, onPath, succeeds, fail } = require('./container-engine');

const ROOT = path.resolve(__dirname, '../..');
const STANDINS = path.join(ROOT, 'scripts/ci/container/standins');
const DEBIAN_BASE = 'community-connect-standin/debian:bookworm';

const IMAGES = [
  { variable: 'NODE_IMAGE', official: 'node:20-bookworm-slim', standin: 'community-connect-standin/node:20-bookworm-slim', kind: 'node' },
  { variable: 'POSTGRES_IMAGE', official: 'pgvector/pgvector:pg16', standin: 'community-connect-standin/postgres:15', kind: 'postgres' },
  { variable: 'REDIS_IMAGE', official: 'redis:7-alpine', standin: 'community-connect-standin/redis:7', kind: 'redis' },
];

const imagePresent = (name) => succeeds('docker', ['image', 'inspect', name]);

const pulled = (name) => {
  const result = spawnSync('docker', ['pull', '-q', name], { stdio: 'ignore', timeout: 180_000 });
  return result.status === 0;
};

const FINGERPRINT_LABEL = 'community-connect.standin-fingerprint';

/** What a stand-in is made of: its files and the Node.js it carries. */
const fingerprintOf = (context) => {
  const hash = crypto.createHash('sha256');
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const file = path.join(dir, entry.name);
      hash.update(path.relative(context, file));
      if (entry.isDirectory()) walk(file);
      else hash.update(fs.readFileSync(file));
    }
  };
  walk(context);
  return hash.digest('hex').slice(0, 16);
};

const labelOf = (name) =>
  spawnSync('docker', ['image', 'inspect', '-f', `{{index .Config.Labels "${FINGERPRINT_LABEL}"}}`, name], { encoding: 'utf8' }).stdout?.trim();

/** Builds the stand-in unless an image built from the same files is already there. */
const buildStandin = (name, context, env) => {
  const fingerprint = fingerprintOf(context);
  if (labelOf(name) === fingerprint) return;
  const result = spawnSync('docker', ['build', '-q', '--label', `${FINGERPRINT_LABEL}=${fingerprint}`, '-t', name, context], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) fail(`building the stand-in ${name} failed`);
};

/** Debian bookworm (minbase) from the machine's Debian mirror, imported as an image. */
const ensureDebianBase = () => {
  if (imagePresent(DEBIAN_BASE)) return;
  if (!onPath('debootstrap')) aptInstall(['debootstrap']);
  const rootfs = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-standin-rootfs-'));
  const mirror = process.env.DEBIAN_MIRROR || 'http://deb.debian.org/debian';
  console.log(`test:container: debootstrap bookworm from ${mirror}`);
  try {
    const bootstrap = spawnSync('debootstrap', ['--variant=minbase', 'bookworm', rootfs, mirror], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (bootstrap.status !== 0) fail('debootstrap failed');
    execSync(`tar -C ${JSON.stringify(rootfs)} -c . | docker import - ${DEBIAN_BASE}`, { stdio: ['ignore', 'ignore', 'inherit'] });
  } finally {
    fs.rmSync(rootfs, { recursive: true, force: true });
  }
};

/** A build context: the stand-in's own files plus what it takes from this machine. */
const standinContext = (kind) => {
  const context = fs.mkdtempSync(path.join(os.tmpdir(), `cc-standin-${kind}-`));
  fs.cpSync(path.join(STANDINS, kind), context, { recursive: true });
  if (kind === 'node') {
    const major = Number(process.versions.node.split('.')[0]);
    if (major !== 20) console.warn(`test:container: the node stand-in carries this machine's Node.js ${process.version}, not 20`);
    fs.copyFileSync(process.execPath, path.join(context, 'node'));
    const npmRoot = execSync('npm root -g', { encoding: 'utf8' }).trim();
    fs.cpSync(path.join(npmRoot, 'npm'), path.join(context, 'npm'), { recursive: true });
    const trusted = '/etc/ssl/certs/ca-certificates.crt';
    fs.writeFileSync(path.join(context, 'ca-certificates.crt'), fs.existsSync(trusted) ? fs.readFileSync(trusted) : '');
  }
  if (kind === 'postgres') fs.copyFileSync(path.join(ROOT, 'scripts/ops/install-pgvector.sh'), path.join(context, 'install-pgvector.sh'));
  return context;
};

/**
 * @param {Record<string, string>} buildEnv
 * @returns {Record<string, string>} NODE_IMAGE, POSTGRES_IMAGE, REDIS_IMAGE for compose
 */
const resolveBaseImages = (buildEnv) => {
  /** @type {Record<string, string>} */
  const chosen = {};
  for (const image of IMAGES) {
    const preset = process.env[image.variable];
    if (preset) {
      chosen[image.variable] = preset;
    } else if (imagePresent(image.official) || pulled(image.official)) {
      chosen[image.variable] = image.official;
    } else {
      if (process.env.CONTAINER_STANDINS === '0') fail(`${image.official} cannot be pulled and CONTAINER_STANDINS=0`);
      ensureDebianBase();
      const context = standinContext(image.kind);
      try {
        buildStandin(image.standin, context, buildEnv);
      } finally {
        fs.rmSync(context, { recursive: true, force: true });
      }
      chosen[image.variable] = image.standin;
      console.log(`test:container: ${image.official} is not reachable; using the stand-in ${image.standin}`);
    }
  }
  return chosen;
};

module.exports = { resolveBaseImages };
