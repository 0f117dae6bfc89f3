#!/usr/bin/env node
// @ts-check
'use strict';

/**
 * Search quality evaluation: `npm run eval:search`.
 * Loads a synthetic community (scripts/lib/synthetic-community.js), runs the evaluation queries
 * (scripts/eval/queries.js, ground truth from member attributes) through the search service with
 * the configured parser and embedder (default rules + local), and prints nDCG@10, precision@10 and
 * the zero-result rate, next to plain keyword (full-text) search on the same data.
 * Uses DATABASE_URL, or a throw-away in-memory embedded database when unset.
 */
const { prepareAppEnvironment } = require('./lib/app-environment');
const { bootApp } = require('./lib/boot-app');
const { generateMembers } = require('./lib/synthetic-community');
const queries = require('./eval/queries');

const K = 10;
const SIZE = Number(process.env.EVAL_COMMUNITY_SIZE || 800);

const ndcgAtK = (relevances, idealCount) => {
  const dcg = relevances.slice(0, K).reduce((sum, rel, i) => sum + rel / Math.log2(i + 2), 0);
  const ideal = Array.from({ length: Math.min(K, idealCount) }, (_, i) => 1 / Math.log2(i + 2)).reduce((a, b) => a + b, 0);
  return ideal === 0 ? (relevances.length === 0 ? 1 : 0) : dcg / ideal;
};

const precisionAtK = (relevances) => {
  const top = relevances.slice(0, K);
  return top.length === 0 ? 0 : top.reduce((a, b) => a + b, 0) / top.length;
};

const mean = (values) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);

const main = async () => {
  const environment = await prepareAppEnvironment({ inMemory: true });
  const strapi = await bootApp();
  const slug = `eval-${Date.now()}`;
  try {
    const community = await strapi.documents('api::community.community').create({ data: { name: 'Search evaluation', slug, plan: 'enterprise' } });
    const members = generateMembers({ size: SIZE, seed: 7 });
    const byDocumentId = new Map();
    for (const member of members) {
      const created = await strapi.documents('api::member.member').create({ data: { ...member, community: community.documentId } });
      byDocumentId.set(created.documentId, member);
    }
    const indexer = strapi.plugin('community-search').service('indexer');
    await indexer.flush();
    await indexer.reindex({ communityId: community.id });
    const searchable = [...byDocumentId.entries()].filter(([, member]) => member.isActive && member.directoryVisible);

    const search = strapi.plugin('community-search').service('search');
    const knex = strapi.db.connection;
    const rows = [];
    for (const { q, relevant } of queries) {
      const relevantIds = new Set(searchable.filter(([, member]) => relevant(member)).map(([id]) => id));
      const result = await search.search({
        communityId: community.id,
        text: q,
        page: 1,
        pageSize: K,
        channel: 'api',
        viewer: { access: 'operator' },
        callerId: 'eval',
      });
      const hybrid = result.data.map((hit) => (relevantIds.has(hit.documentId) ? 1 : 0));
      const keyword = await knex.raw(
        `SELECT document_id FROM community_search_members
          WHERE community_id = ? AND is_active AND directory_visible AND search_vector @@ plainto_tsquery('english', ?)
          ORDER BY ts_rank_cd(search_vector, plainto_tsquery('english', ?)) DESC, document_id LIMIT ?`,
        [community.id, q, q, K]
      );
      const keywordRel = keyword.rows.map((row) => (relevantIds.has(row.document_id) ? 1 : 0));
      rows.push({
        q,
        relevant: relevantIds.size,
        hybridNdcg: ndcgAtK(hybrid, relevantIds.size),
        hybridPrecision: precisionAtK(hybrid),
        hybridZero: result.data.length === 0 && relevantIds.size > 0,
        keywordNdcg: ndcgAtK(keywordRel, relevantIds.size),
        keywordPrecision: precisionAtK(keywordRel),
        keywordZero: keyword.rows.length === 0 && relevantIds.size > 0,
        filters: JSON.stringify(result.meta.parsed.filters),
        relaxed: result.meta.relaxed,
        noCloseMatch: result.meta.noCloseMatch,
      });
    }

    const pad = (value, width) => String(value).padEnd(width);
    console.log(`Search evaluation: ${queries.length} queries on a synthetic community of ${SIZE} members (${searchable.length} searchable)`);
    console.log(`${pad('query', 52)} ${pad('rel', 4)} ${pad('nDCG', 6)} ${pad('P@10', 6)} ${pad('kw nDCG', 8)} parsed filters`);
    for (const row of rows) {
      console.log(
        `${pad(row.q.slice(0, 51), 52)} ${pad(row.relevant, 4)} ${pad(row.hybridNdcg.toFixed(2), 6)} ${pad(row.hybridPrecision.toFixed(2), 6)} ${pad(row.keywordNdcg.toFixed(2), 8)} ${row.filters}`
      );
    }
    // nDCG is undefined without relevant members: such queries are reported apart.
    const judged = rows.filter((row) => row.relevant > 0);
    const unanswerable = rows.filter((row) => row.relevant === 0);
    const summary = {
      hybrid: {
        ndcgAt10: mean(judged.map((row) => row.hybridNdcg)),
        precisionAt10: mean(judged.map((row) => row.hybridPrecision)),
        zeroResultRate: mean(judged.map((row) => (row.hybridZero ? 1 : 0))),
      },
      keyword: {
        ndcgAt10: mean(judged.map((row) => row.keywordNdcg)),
        precisionAt10: mean(judged.map((row) => row.keywordPrecision)),
        zeroResultRate: mean(judged.map((row) => (row.keywordZero ? 1 : 0))),
      },
    };
    console.log('');
    console.log(`${judged.length} queries with relevant members are scored below.`);
    for (const row of unanswerable) {
      console.log(`No member fits "${row.q}": the search ${row.noCloseMatch ? 'said noCloseMatch' : `relaxed ${JSON.stringify(row.relaxed)} and showed the nearest members`}.`);
    }
    console.log(`hybrid (rules + local): nDCG@10 ${summary.hybrid.ndcgAt10.toFixed(3)}, precision@10 ${summary.hybrid.precisionAt10.toFixed(3)}, zero-result rate ${summary.hybrid.zeroResultRate.toFixed(3)}`);
    console.log(`plain keyword search:   nDCG@10 ${summary.keyword.ndcgAt10.toFixed(3)}, precision@10 ${summary.keyword.precisionAt10.toFixed(3)}, zero-result rate ${summary.keyword.zeroResultRate.toFixed(3)}`);
  } finally {
    await strapi.destroy().catch(() => {});
    await environment.stop();
  }
};

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`eval:search failed: ${error instanceof Error ? error.stack : error}`);
    process.exit(1);
  }
);
