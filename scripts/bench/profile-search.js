#!/usr/bin/env node
// @ts-check
'use strict';

/**
 * In-process search profile (no HTTP): `node scripts/bench/profile-search.js [--community <slug>]`.
 * Runs the benchmark's query mix through the search service of the largest (or the named)
 * community already in DATABASE_URL, one query at a time, and prints per-query p50/p95 and the
 * SQL statements one search issues with their times. Used to decide what to tune; needs the
 * compiled app and a database a `npm run bench:search` run has filled.
 */
const { prepareAppEnvironment } = require('../lib/app-environment');
const { bootApp } = require('../lib/boot-app');
const { QUERY_MIX } = require('../lib/bench-queries');

const ROUNDS = Number(process.env.PROFILE_ROUNDS || 15);

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

const main = async () => {
  if (!process.env.DATABASE_URL) throw new Error('Set DATABASE_URL to a database a bench run has filled.');
  const environment = await prepareAppEnvironment();
  const strapi = await bootApp();
  try {
    const knex = strapi.db.connection;
    const slugArg = process.argv.indexOf('--community');
    const community =
      slugArg > 0
        ? await knex('communities').where('slug', process.argv[slugArg + 1]).first('id', 'slug')
        : (
            await knex.raw(
              `SELECT c.id, c.slug, count(*)::int AS n FROM community_search_members i JOIN communities c ON c.id = i.community_id
                GROUP BY c.id, c.slug ORDER BY n DESC LIMIT 1`
            )
          ).rows[0];
    console.log(`community ${community.slug} (${community.id})`);
    const search = strapi.plugin('community-search').service('search');
    const request = (text) => ({
      communityId: community.id,
      text,
      page: 1,
      pageSize: 10,
      channel: 'api',
      viewer: { access: 'operator' },
      callerId: 'profile',
    });

    // Warm-up (vocabulary, parse cache, buffers).
    for (const q of QUERY_MIX) await search.search(request(q));

    const timings = new Map(QUERY_MIX.map((q) => [q, []]));
    const all = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const q of QUERY_MIX) {
        const started = performance.now();
        await search.search(request(q));
        const ms = performance.now() - started;
        timings.get(q).push(ms);
        all.push(ms);
      }
    }
    for (const [q, list] of timings) {
      list.sort((a, b) => a - b);
      const result = await search.search(request(q));
      console.log(
        `${q.padEnd(42)} p50 ${percentile(list, 50).toFixed(1).padStart(7)}  p95 ${percentile(list, 95).toFixed(1).padStart(7)}  total ${String(result.meta.total).padStart(6)}${result.meta.totalIsEstimate ? '~' : ' '} relaxed ${result.meta.relaxed.join(',') || '-'}  filters ${JSON.stringify(result.meta.parsed.filters)} text "${result.meta.parsed.text}"`
      );
    }
    all.sort((a, b) => a - b);
    console.log(`all: p50 ${percentile(all, 50).toFixed(1)} p95 ${percentile(all, 95).toFixed(1)} ms over ${all.length} searches`);

    if (process.env.PROFILE_SQL) {
      const started = new Map();
      knex.on('query', (query) => started.set(query.__knexQueryUid, { at: performance.now(), sql: query.sql }));
      knex.on('query-response', (_response, query) => {
        const entry = started.get(query.__knexQueryUid);
        if (entry) console.log(`  ${(performance.now() - entry.at).toFixed(1).padStart(6)} ms  ${entry.sql.replace(/\s+/g, ' ').slice(0, 160)}`);
      });
      for (const q of QUERY_MIX) {
        console.log(`-- ${q}`);
        await search.search(request(q));
      }
    }
  } finally {
    await strapi.destroy().catch(() => {});
    await environment.stop();
  }
};

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`profile failed: ${error instanceof Error ? error.stack : error}`);
    process.exit(1);
  }
);
