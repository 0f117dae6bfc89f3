#!/usr/bin/env node
// @ts-check
'use strict';

/**
 * Search benchmark: `npm run bench:search`.
 * For each size in BENCH_SIZES (default 10000,100000): loads a synthetic community with bulk SQL,
 * rebuilds its search index (indexing throughput), then drives GET /api/community-search/search
 * over HTTP from 16 concurrent clients (in a worker thread, not on the server's event loop) with
 * a fixed mix of queries, then from one client, and prints p50/p95/p99 latency and requests/s.
 * Uses DATABASE_URL (real PostgreSQL + pgvector, as targets assume) or, when unset, a throw-away
 * in-memory embedded database. Rate limits are off for the run.
 */
const crypto = require('node:crypto');
const { Worker, isMainThread, parentPort, workerData } = require('node:worker_threads');

const { prepareAppEnvironment } = require('./lib/app-environment');
const { bootApp } = require('./lib/boot-app');
const { findFreePort } = require('./lib/embedded-postgres');
const { generateMembers } = require('./lib/synthetic-community');
const { QUERY_MIX } = require('./lib/bench-queries');

const SIZES = (process.env.BENCH_SIZES || '10000,100000').split(',').map(Number).filter((size) => size > 0);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY || 16);
const REQUESTS = Number(process.env.BENCH_REQUESTS || 2000);
const WARMUP = Number(process.env.BENCH_WARMUP || 100);
const LATENCY_REQUESTS = Number(process.env.BENCH_LATENCY_REQUESTS || 300);
const INSERT_CHUNK = 1000;


const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

const documentId = () => crypto.randomBytes(12).toString('base64url').toLowerCase().replace(/[^a-z0-9]/g, 'x').padEnd(24, 'x').slice(0, 24);

/** Inserts members straight into Strapi's tables: the benchmark measures search, not the admin's save path. */
const insertMembers = async (knex, communityId, members) => {
  const now = new Date();
  for (let offset = 0; offset < members.length; offset += INSERT_CHUNK) {
    const chunk = members.slice(offset, offset + INSERT_CHUNK);
    const ids = await knex('members')
      .insert(
        chunk.map((member) => ({
          document_id: documentId(),
          name: member.name,
          phone: member.phone,
          email: member.email,
          city: member.city,
          state: member.state,
          country: member.country,
          organization: member.organization,
          designation: member.designation,
          industry: member.industry,
          skills: JSON.stringify(member.skills),
          degree: member.degree,
          branch: member.branch,
          graduation_year: member.graduationYear,
          annual_turnover_inr: member.annualTurnoverInr,
          bio: member.bio,
          is_active: member.isActive,
          directory_visible: member.directoryVisible,
          contact_visibility: member.contactVisibility,
          created_at: now,
          updated_at: now,
          published_at: now,
        }))
      )
      .returning('id');
    await knex('members_community_lnk').insert(
      ids.map((row, i) => ({ member_id: row.id ?? row, community_id: communityId, member_ord: offset + i + 1 }))
    );
  }
};

/**
 * Drives the search route from `concurrency` clients. Runs in a worker thread: a real client is
 * not inside the server's process, and sharing its event loop would bill the client's own work
 * (undici, JSON) to the server's latency.
 */
const loadInWorker = ({ baseUrl, token, slug, total, concurrency }) =>
  new Promise((resolve, reject) => {
    const worker = new Worker(__filename, { workerData: { baseUrl, token, slug, total, concurrency } });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`load worker exited with ${code}`)));
  });

const runLoad = async ({ baseUrl, token, slug, total, concurrency }) => {
  const latencies = [];
  let next = 0;
  let failures = 0;
  const client = async () => {
    for (;;) {
      const index = next++;
      if (index >= total) return;
      const q = QUERY_MIX[index % QUERY_MIX.length];
      const started = performance.now();
      const response = await fetch(`${baseUrl}/api/community-search/search?q=${encodeURIComponent(q)}`, {
        headers: { Authorization: `Bearer ${token}`, 'X-Community': slug },
      });
      await response.arrayBuffer();
      latencies.push(performance.now() - started);
      if (response.status !== 200) failures += 1;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, client));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: total,
    failures,
    requestsPerSecond: total / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
  };
};

const main = async () => {
  process.env.RATE_LIMIT_ENABLED = 'false';
  const port = await findFreePort();
  process.env.PORT = String(port);
  process.env.HOST = '127.0.0.1';
  const environment = await prepareAppEnvironment({ inMemory: true });
  const strapi = await bootApp();
  const results = [];
  try {
    await strapi.listen();
    const baseUrl = `http://127.0.0.1:${port}`;
    const { accessKey } = await strapi.service('admin::api-token').create({
      name: `bench-${Date.now()}`,
      description: 'search benchmark',
      type: 'read-only',
      kind: 'content-api',
      lifespan: null,
    });
    const database = process.env.EMBEDDED_DATABASE === 'true' ? 'embedded PGlite' : 'PostgreSQL';

    for (const size of SIZES) {
      const slug = `bench-${size}-${Date.now()}`;
      const community = await strapi.documents('api::community.community').create({ data: { name: `Benchmark ${size}`, slug, plan: 'enterprise' } });
      const insertStarted = performance.now();
      await insertMembers(strapi.db.connection, community.id, generateMembers({ size, seed: size }));
      const insertSeconds = (performance.now() - insertStarted) / 1000;

      const indexer = strapi.plugin('community-search').service('indexer');
      await indexer.flush();
      const indexStarted = performance.now();
      const { indexed } = await indexer.reindex({
        communityId: community.id,
        onProgress: ({ done, total }) => process.stdout.write(`\r[${size}] indexed ${done}/${total}`),
      });
      const indexSeconds = (performance.now() - indexStarted) / 1000;
      process.stdout.write('\n');
      await strapi.db.connection.raw('ANALYZE community_search_members');

      const target = { baseUrl, token: accessKey, slug };
      await loadInWorker({ ...target, total: WARMUP, concurrency: CONCURRENCY });
      const load = await loadInWorker({ ...target, total: REQUESTS, concurrency: CONCURRENCY });
      const single = await loadInWorker({ ...target, total: LATENCY_REQUESTS, concurrency: 1 });
      const rounded = (values) => Object.fromEntries(Object.entries(values).map(([key, value]) => [key, Number(Number(value).toFixed(1))]));
      const result = {
        size,
        database,
        insertSeconds: Number(insertSeconds.toFixed(1)),
        indexedMembersPerSecond: Math.round(indexed / indexSeconds),
        concurrency: CONCURRENCY,
        ...rounded(load),
        oneClient: rounded(single),
      };
      results.push(result);
      console.log(JSON.stringify(result));
    }
    console.log(`\n| members | database | index members/s | clients | p50 ms | p95 ms | p99 ms | req/s | failures |`);
    console.log('|---|---|---|---|---|---|---|---|---|');
    for (const r of results) {
      console.log(`| ${r.size} | ${r.database} | ${r.indexedMembersPerSecond} | ${CONCURRENCY} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.requestsPerSecond} | ${r.failures} |`);
      const o = r.oneClient;
      console.log(`| ${r.size} | ${r.database} | ${r.indexedMembersPerSecond} | 1 | ${o.p50} | ${o.p95} | ${o.p99} | ${o.requestsPerSecond} | ${o.failures} |`);
    }
  } finally {
    await strapi.destroy().catch(() => {});
    await environment.stop();
  }
};

if (isMainThread) {
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(`bench:search failed: ${error instanceof Error ? error.stack : error}`);
      process.exit(1);
    }
  );
} else {
  runLoad(workerData).then((result) => parentPort?.postMessage(result));
}
