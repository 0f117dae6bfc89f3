#!/usr/bin/env node
// @ts-check
'use strict';

/**
 * Search benchmark: `npm run bench:search`.
 * 1. In this process: for each size in BENCH_SIZES (default 10000,100000) loads a synthetic
 *    community with bulk SQL (scripts/lib/seed-members.js, as the load tests do), indexes it (first
 *    load) and indexes it again (re-index of an existing community), and reports both rates.
 * 2. Starts the app as the product runs (`node scripts/ops/run.js start`, API only) in its own
 *    process(es): once per count in BENCH_WEB_CONCURRENCY (default 1; e.g. "1,2"; more than 1
 *    needs DATABASE_URL and REDIS_URL).
 * 3. From a load generator in a third process (scripts/lib/bench-client.js), BENCH_CONCURRENCY (16)
 *    keep-alive clients: GET /_health (the framework's floor), then BENCH_REQUESTS searches, every
 *    one a question not asked before in the run (scripts/lib/bench-questions.js), then the floor
 *    again. Prints p50/p95/p99, requests/s and search p95 over the floor's p95.
 * Uses DATABASE_URL (real PostgreSQL + pgvector, as targets assume) or, when unset, a throw-away
 * in-memory embedded database. Rate limits are off for the run.
 */
const { spawn } = require('node:child_process');
const path = require('node:path');

const { prepareAppEnvironment } = require('../lib/app-environment');
const { bootApp } = require('../lib/boot-app');
const { findFreePort } = require('../lib/embedded-postgres');
const { generateMembers } = require('../lib/synthetic-community');
const { seedCommunity } = require('../lib/seed-members');
const { distinctQuestions } = require('../lib/bench-questions');
const { runLoadInChildProcess } = require('../lib/bench-client');

const SIZES = (process.env.BENCH_SIZES || '10000,100000').split(',').map(Number).filter((size) => size > 0);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY || 16);
const REQUESTS = Number(process.env.BENCH_REQUESTS || 2000);
const WARMUP = Number(process.env.BENCH_WARMUP || 200);
const FLOOR_REQUESTS = Number(process.env.BENCH_FLOOR_REQUESTS || 2000);
const WEB_CONCURRENCIES = (process.env.BENCH_WEB_CONCURRENCY || '1').split(',').map(Number).filter((count) => count > 0);
const REINDEX = process.env.BENCH_REINDEX !== 'false';
const INSERT_CHUNK = 1000;

/**
 * Starts the app as production runs it (API only) and resolves once every web process listens.
 * @param {{ port: number, webConcurrency: number }} options
 */
const startServer = ({ port, webConcurrency }) =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(__dirname, '..', 'ops', 'run.js'), 'start'], {
      env: {
        ...process.env,
        NODE_ENV: 'test',
        PORT: String(port),
        HOST: '127.0.0.1',
        WEB_CONCURRENCY: String(webConcurrency),
        SERVE_ADMIN_PANEL: 'false',
        DOCUMENTATION_ENABLED: 'false',
        DEMO_DATA: 'false',
        RATE_LIMIT_ENABLED: 'false',
        LOG_LEVEL: 'warn',
        LOG_FORMAT: 'json',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    let settled = false;
    const stop = () =>
      new Promise((done) => {
        if (child.exitCode !== null) return done(undefined);
        child.once('exit', done);
        child.kill('SIGTERM');
      });
    const fail = (error) => {
      if (settled) return;
      settled = true;
      stop().then(() => reject(error));
    };
    const timer = setTimeout(() => fail(new Error(`the app did not start within 5 minutes:\n${output.slice(-2000)}`)), 300_000);
    child.stdout?.on('data', (chunk) => {
      output += chunk.toString('utf8');
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (!settled) {
        settled = true;
        reject(new Error(`the app exited with ${code} while starting:\n${output.slice(-2000)}`));
      }
    });
    // Ready: the health route answers and, with several processes, every one of them listens.
    const poll = async () => {
      while (!settled) {
        const healthy = await fetch(`http://127.0.0.1:${port}/_health`).then((response) => response.ok, () => false);
        if (healthy && (webConcurrency === 1 || output.includes(`${webConcurrency} web processes serve this port`))) {
          settled = true;
          clearTimeout(timer);
          resolve({ stop });
          return;
        }
        await new Promise((wait) => setTimeout(wait, 250));
      }
    };
    poll();
  });

const main = async () => {
  process.env.RATE_LIMIT_ENABLED = 'false';
  const environment = await prepareAppEnvironment({ inMemory: true });
  const database = process.env.EMBEDDED_DATABASE === 'true' ? 'embedded PGlite' : 'PostgreSQL';
  const strapi = await bootApp();
  /** @type {Array<{ size: number, slug: string, insertSeconds: number, firstLoadPerSecond: number, reindexPerSecond: number | null }>} */
  const communities = [];
  let token;
  try {
    ({ accessKey: token } = await strapi.service('admin::api-token').create({
      name: `bench-${Date.now()}`,
      description: 'search benchmark',
      type: 'read-only',
      kind: 'content-api',
      lifespan: null,
    }));
    for (const size of SIZES) {
      const slug = `bench-${size}-${Date.now()}`;
      const insertStarted = performance.now();
      const community = await seedCommunity(strapi, {
        community: { name: `Benchmark ${size}`, slug, plan: 'enterprise' },
        members: generateMembers({ size, seed: size }),
        chunkSize: INSERT_CHUNK,
      });
      const insertSeconds = (performance.now() - insertStarted) / 1000;

      const indexer = strapi.plugin('community-search').service('indexer');
      await indexer.flush();
      const timedReindex = async (label) => {
        const started = performance.now();
        const { indexed } = await indexer.reindex({
          communityId: community.id,
          onProgress: ({ done, total }) => process.stdout.write(`\r[${size}] ${label}: indexed ${done}/${total}`),
        });
        process.stdout.write('\n');
        return Math.round(indexed / ((performance.now() - started) / 1000));
      };
      const firstLoadPerSecond = await timedReindex('first load');
      const reindexPerSecond = REINDEX ? await timedReindex('re-index') : null;
      await strapi.db.connection.raw('ANALYZE community_search_members');
      communities.push({ size, slug, insertSeconds: Number(insertSeconds.toFixed(1)), firstLoadPerSecond, reindexPerSecond });
    }
  } finally {
    await strapi.destroy().catch(() => {});
  }

  const questions = distinctQuestions((WARMUP + REQUESTS) * SIZES.length * WEB_CONCURRENCIES.length);
  let nextQuestion = 0;
  const searchPaths = (count) =>
    questions.slice(nextQuestion, (nextQuestion += count)).map((q) => `/api/community-search/search?q=${encodeURIComponent(q)}`);
  const results = [];
  try {
    for (const webConcurrency of WEB_CONCURRENCIES) {
      const port = await findFreePort();
      const server = await startServer({ port, webConcurrency });
      try {
        const baseUrl = `http://127.0.0.1:${port}`;
        for (const community of communities) {
          const headers = { Authorization: `Bearer ${token}`, 'X-Community': community.slug };
          const load = (paths) => runLoadInChildProcess({ baseUrl, headers, paths, concurrency: CONCURRENCY });
          await load(searchPaths(WARMUP));
          const floorBefore = await load(Array.from({ length: FLOOR_REQUESTS }, () => '/_health'));
          const search = await load(searchPaths(REQUESTS));
          const floorAfter = await load(Array.from({ length: FLOOR_REQUESTS }, () => '/_health'));
          const floorP95 = Math.max(floorBefore.p95, floorAfter.p95);
          const result = { ...community, database, webConcurrency, clients: CONCURRENCY, search, floorBefore, floorAfter, ratioP95: Number((search.p95 / floorP95).toFixed(2)) };
          results.push(result);
          console.log(JSON.stringify(result));
        }
      } finally {
        await server.stop();
      }
    }
  } finally {
    await environment.stop();
  }

  console.log(`\nIndexing (${database})\n\n| members | insert s | first load members/s | re-index members/s |\n|---|---|---|---|`);
  for (const c of communities) console.log(`| ${c.size} | ${c.insertSeconds} | ${c.firstLoadPerSecond} | ${c.reindexPerSecond ?? '—'} |`);
  console.log(`\nSearch, ${CONCURRENCY} clients, distinct questions (${database})\n`);
  console.log('| members | web processes | search p50 ms | search p95 ms | search p99 ms | search req/s | failures | /_health p95 ms (before / after) | p95 ÷ floor |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const r of results) {
    console.log(
      `| ${r.size} | ${r.webConcurrency} | ${r.search.p50} | ${r.search.p95} | ${r.search.p99} | ${r.search.requestsPerSecond} | ${r.search.failures} | ${r.floorBefore.p95} / ${r.floorAfter.p95} | ${r.ratioP95} |`
    );
  }
};

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`bench:search failed: ${error instanceof Error ? error.stack : error}`);
    process.exit(1);
  }
);
