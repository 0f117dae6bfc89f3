#!/usr/bin/env node
// @ts-check
'use strict';

/**
 * Rebuilds the search index: `npm run search:reindex [-- --community <slug>]`.
 * Uses DATABASE_URL, or the embedded database when it is unset (stop `npm run dev` first).
 * Needs the compiled app: run `npm run build` (or `npm run build:server`) before.
 */
const { prepareAppEnvironment } = require('../lib/app-environment');
const { bootApp } = require('../lib/boot-app');

const usage = 'usage: npm run search:reindex [-- --community <slug>]';

const parseArgs = (argv) => {
  const args = { community: /** @type {string | undefined} */ (undefined) };
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--community' && argv[i + 1]) args.community = argv[++i];
    else if (argv[i].startsWith('--community=')) args.community = argv[i].slice('--community='.length);
    else if (argv[i] === '--help' || argv[i] === '-h') {
      console.log(usage);
      process.exit(0);
    } else {
      console.error(`Unknown argument: ${argv[i]}\n${usage}`);
      process.exit(2);
    }
  }
  return args;
};

const main = async () => {
  const args = parseArgs(process.argv.slice(2));
  const environment = await prepareAppEnvironment();
  let strapi;
  try {
    strapi = await bootApp();
    let communityId;
    if (args.community) {
      const community = await strapi.db.query('api::community.community').findOne({ where: { slug: args.community } });
      if (!community) throw new Error(`No community with slug "${args.community}"`);
      communityId = community.id;
    }
    const started = Date.now();
    const indexer = strapi.plugin('community-search').service('indexer');
    await indexer.flush();
    const { indexed } = await indexer.reindex({
      communityId,
      onProgress: ({ done, total }) => process.stdout.write(`\rindexed ${done}/${total} members`),
    });
    const seconds = (Date.now() - started) / 1000;
    process.stdout.write('\n');
    console.log(
      `Reindexed ${indexed} member(s)${args.community ? ` of "${args.community}"` : ''} in ${seconds.toFixed(1)} s` +
        (seconds > 0 ? ` (${Math.round(indexed / seconds)} members/s)` : '')
    );
  } finally {
    await strapi?.destroy().catch(() => {});
    await environment.stop();
  }
};

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`search:reindex failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
);
