#!/usr/bin/env node
// @ts-check
'use strict';

/**
 * npm run test:container: builds the production image from the Dockerfile and runs
 * docker-compose.yml (app, worker, PostgreSQL with pgvector, Redis) end to end
 * (tests/container). Needs a Docker engine; as root on Debian it installs and starts one when the
 * machine has none. Base images: the official ones, or stand-ins built from Debian packages where
 * no container registry is reachable (scripts/lib/container-base-images.js).
 * CONTAINER_KEEP=1 leaves the stack running afterwards.
 */
const { spawnSync } = require('node:child_process');

const { ensureEngine } = require('../lib/container-engine');
const { resolveBaseImages } = require('../lib/container-base-images');

const main = async () => {
  const { compose, buildEnv } = await ensureEngine();
  const images = resolveBaseImages(buildEnv);
  console.log(`test:container: compose = ${compose.join(' ')}; ${Object.entries(images).map(([k, v]) => `${k}=${v}`).join(', ')}`);
  const result = spawnSync('npx', ['jest', '-c', 'tests/container/jest.config.js', '--runInBand', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, ...buildEnv, ...images, CONTAINER_COMPOSE: JSON.stringify(compose) },
  });
  process.exit(result.status ?? 1);
};

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
