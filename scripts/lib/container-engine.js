// @ts-check
'use strict';

/**
 * A Docker engine and a compose command for `npm run test:container`. Where the machine has only
 * the Docker client (or nothing), Debian's docker.io and docker-compose are installed and dockerd
 * is started in the background (root only; CONTAINER_INSTALL_ENGINE=0 forbids it).
 */
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const quiet = { stdio: /** @type {const} */ ('ignore') };

const succeeds = (command, args) => spawnSync(command, args, quiet).status === 0;
const onPath = (command) => succeeds('sh', ['-c', `command -v ${command}`]);

const fail = (message) => {
  throw new Error(`test:container: ${message}`);
};

let aptUpdated = false;
const aptInstall = (packages) => {
  if (process.getuid?.() !== 0) fail(`${packages.join(', ')} missing and installing needs root`);
  if (process.env.CONTAINER_INSTALL_ENGINE === '0') fail(`${packages.join(', ')} missing (CONTAINER_INSTALL_ENGINE=0)`);
  console.log(`test:container: installing ${packages.join(' ')} from Debian`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!aptUpdated) {
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    aptUpdated = true;
  }
  const result = spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
  if (result.status !== 0) fail(`apt-get install ${packages.join(' ')} failed`);
};

const engineAnswers = () => succeeds('docker', ['info']);

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const DAEMON_PID_FILE = '/var/run/docker.pid';

const processAlive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** A dockerd killed without its shutdown (a machine's sessions end that way) leaves its pid file, and a new one refuses to start. */
const removeStalePidFile = () => {
  if (!fs.existsSync(DAEMON_PID_FILE)) return;
  const pid = Number(fs.readFileSync(DAEMON_PID_FILE, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0 || !processAlive(pid)) fs.rmSync(DAEMON_PID_FILE, { force: true });
};

const startDaemon = async () => {
  if (!onPath('dockerd')) aptInstall(['docker.io']);
  removeStalePidFile();
  const logFile = path.join(os.tmpdir(), 'community-connect-dockerd.log');
  const log = fs.openSync(logFile, 'a');
  console.log(`test:container: starting dockerd (log: ${logFile})`);
  spawn('dockerd', ['--host', 'unix:///var/run/docker.sock'], { detached: true, stdio: ['ignore', log, log] }).unref();
  for (let waited = 0; waited < 60; waited += 1) {
    if (engineAnswers()) return;
    await sleep(1000);
  }
  fail(`dockerd did not answer within 60 s; see ${logFile}`);
};

/** @returns {Promise<{ compose: string[]; buildEnv: Record<string, string> }>} */
const ensureEngine = async () => {
  if (!onPath('docker')) aptInstall(['docker.io']);
  if (!engineAnswers()) await startDaemon();

  let compose = ['docker', 'compose'];
  if (!succeeds('docker', ['compose', 'version'])) {
    if (!onPath('docker-compose')) aptInstall(['docker-compose']);
    compose = ['docker-compose'];
  }
  // Without buildx the Docker CLI cannot use BuildKit; the classic builder reads this Dockerfile.
  const buildEnv = succeeds('docker', ['buildx', 'version']) ? {} : { DOCKER_BUILDKIT: '0', COMPOSE_DOCKER_CLI_BUILD: '0' };
  return { compose, buildEnv };
};

module.exports = { ensureEngine, aptInstall, onPath, succeeds, fail };
