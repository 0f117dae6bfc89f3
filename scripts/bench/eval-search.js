#!/usr/bin/env node
// @ts-check
'use strict';

/**
 * Search quality evaluation: `npm run eval:search [-- --set dev|test|all] [-- --json]`.
 * For each set (scripts/bench/eval/sets.js: the dev set, and the held-out test set once
 * scripts/bench/eval/heldout-v2/index.js exists) it loads the set's community, runs its questions (ground
 * truth from member attributes) through the search service with the configured parser and
 * embedder (default rules + local), and reports nDCG@10, precision@10 and the zero-result rate on
 * answerable questions, and the share of unanswerable ones answered with meta.noCloseMatch,
 * overall and per kind of question, next to plain keyword (full-text) search on the same data.
 * `--json` prints the numbers as one JSON document instead (for docs/benchmarks.md). Per-question
 * rows are printed for the dev set only; held-out sets show aggregates (scripts/bench/eval/report.js).
 * Uses DATABASE_URL, or a throw-away in-memory embedded database when unset.
 */
const { prepareAppEnvironment } = require('../lib/app-environment');
const { bootApp } = require('../lib/boot-app');
const { loadEvalSets } = require('./eval/sets');
const { K, ndcgAtK, precisionAtK, summarizeByKind } = require('./eval/metrics');
const { latencySummary, reportLines, shownReport } = require('./eval/report');

const SIZE = Number(process.env.EVAL_COMMUNITY_SIZE || 800);

const parseArgs = (argv) => {
  const options = { set: 'all', json: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--json') options.json = true;
    else if (arg === '--set') options.set = argv[++i];
    else if (arg.startsWith('--set=')) options.set = arg.slice('--set='.length);
    else throw new Error(`Unknown option "${arg}" (use --set dev|test|test-v1|all, --json)`);
  }
  return options;
};

const runSet = async (strapi, evalSet, log) => {
  const slug = `eval-${evalSet.name}-${Date.now()}`;
  const community = await strapi.documents('api::community.community').create({ data: { name: `Search evaluation (${evalSet.name})`, slug, plan: 'enterprise' } });
  const members = evalSet.generateMembers(evalSet.seed === undefined ? { size: SIZE } : { size: SIZE, seed: evalSet.seed });
  const byDocumentId = new Map();
  for (const member of members) {
    const created = await strapi.documents('api::member.member').create({ data: { ...member, community: community.documentId } });
    byDocumentId.set(created.documentId, member);
  }
  const indexer = strapi.plugin('community-search').service('indexer');
  await indexer.flush();
  await indexer.reindex({ communityId: community.id });
  const searchable = [...byDocumentId.entries()].filter(([, member]) => member.isActive !== false && member.directoryVisible !== false);

  const search = strapi.plugin('community-search').service('search');
  const knex = strapi.db.connection;
  const hybrid = [];
  const keyword = [];
  const details = [];
  const durations = [];
  for (const { q, kind, relevant } of evalSet.queries) {
    const relevantIds = new Set(searchable.filter(([, member]) => relevant(member)).map(([id]) => id));
    const started = performance.now();
    const result = await search.search({
      communityId: community.id,
      text: q,
      page: 1,
      pageSize: K,
      channel: 'api',
      viewer: { access: 'operator' },
      callerId: 'eval',
      log: false,
    });
    durations.push(performance.now() - started);
    const hybridRel = result.data.map((hit) => (relevantIds.has(hit.documentId) ? 1 : 0));
    const keywordRows = (
      await knex.raw(
        `SELECT document_id FROM community_search_members
          WHERE community_id = ? AND is_active AND directory_visible AND search_vector @@ plainto_tsquery('english', ?)
          ORDER BY ts_rank_cd(search_vector, plainto_tsquery('english', ?)) DESC, document_id LIMIT ?`,
        [community.id, q, q, K]
      )
    ).rows;
    const keywordRel = keywordRows.map((row) => (relevantIds.has(row.document_id) ? 1 : 0));
    hybrid.push({
      kind,
      relevant: relevantIds.size,
      ndcg: ndcgAtK(hybridRel, relevantIds.size),
      precision: precisionAtK(hybridRel),
      zero: result.data.length === 0,
      noCloseMatch: result.meta.noCloseMatch === true,
    });
    keyword.push({
      kind,
      relevant: relevantIds.size,
      ndcg: ndcgAtK(keywordRel, relevantIds.size),
      precision: precisionAtK(keywordRel),
      zero: keywordRows.length === 0,
      // Plain keyword search has no notion of a close match: finding nobody is its "no close match".
      noCloseMatch: keywordRows.length === 0,
    });
    details.push({
      q,
      kind,
      relevant: relevantIds.size,
      ndcg: hybrid.at(-1).ndcg,
      precision: hybrid.at(-1).precision,
      keywordNdcg: keyword.at(-1).ndcg,
      returned: result.data.length,
      noCloseMatch: result.meta.noCloseMatch,
      relaxed: result.meta.relaxed,
      filters: result.meta.parsed.filters,
      text: result.meta.parsed.text,
    });
  }
  log(`\n== ${evalSet.name} set: ${evalSet.queries.length} questions on a community of ${members.length} members (${searchable.length} searchable)`);
  const report = {
    set: evalSet.name,
    members: members.length,
    searchable: searchable.length,
    hybrid: summarizeByKind(hybrid),
    keyword: summarizeByKind(keyword),
    latency: latencySummary(durations),
    questions: details,
  };
  return shownReport(report, { perQuestion: evalSet.perQuestion });
};

const main = async () => {
  const options = parseArgs(process.argv.slice(2));
  const sets = loadEvalSets({ set: options.set });
  // With --json only the JSON document goes to stdout.
  const log = options.json ? (...args) => console.error(...args) : (...args) => console.log(...args);
  const environment = await prepareAppEnvironment({ inMemory: true, log: (message) => console.error(`[community-connect] ${message}`) });
  const strapi = await bootApp();
  const reports = [];
  try {
    for (const evalSet of sets) {
      const report = await runSet(strapi, evalSet, log);
      if (!options.json) for (const line of reportLines(report)) log(line);
      reports.push(report);
    }
    if (sets.every((evalSet) => evalSet.name !== 'test')) log('\n(no held-out test set yet: scripts/bench/eval/heldout-v2/index.js)');
    if (options.json) {
      const parser = strapi.plugin('community-search').service('providers').parser().name;
      const embedder = strapi.plugin('community-search').service('providers').embedder().name;
      console.log(JSON.stringify({ at: new Date().toISOString(), size: SIZE, parser, embedder, sets: reports }, null, 2));
    }
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
