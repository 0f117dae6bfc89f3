#!/usr/bin/env node
// @ts-check
'use strict';

/**
 * Writes docs/openapi.json: the OpenAPI document @strapi/plugin-documentation generates from the
 * running app (the same one /documentation shows). `npm run docs:openapi [-- --public-url <url>]`.
 * Boots the compiled app on an in-memory embedded database unless DATABASE_URL is set; run
 * `npm run build:server` first. The server URL defaults to http://localhost:1337, so the committed
 * file does not depend on the machine that wrote it.
 */
const fs = require('node:fs');
const path = require('node:path');

const { prepareAppEnvironment, root } = require('../lib/app-environment');
const { bootApp } = require('../lib/boot-app');
const { documentedOperations, normalizeDocument } = require('../lib/openapi-document');

const usage = 'usage: npm run docs:openapi [-- --public-url <url>] [--out <file>]';

const parseArgs = (argv) => {
  const args = { publicUrl: 'http://localhost:1337', out: path.join(root, 'docs', 'openapi.json') };
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--public-url' && argv[i + 1]) args.publicUrl = argv[++i];
    else if (argv[i] === '--out' && argv[i + 1]) args.out = path.resolve(argv[++i]);
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
  process.env.PUBLIC_URL = args.publicUrl;
  process.env.DOCUMENTATION_ENABLED = 'true';
  process.env.DEMO_DATA = 'false';
  process.env.SERVE_ADMIN_PANEL = 'false';
  const environment = await prepareAppEnvironment({ inMemory: true });
  let strapi;
  try {
    strapi = await bootApp({ logLevel: 'error' });
    const documentation = strapi.plugin('documentation').service('documentation');
    await documentation.generateFullDoc();
    const generated = path.join(documentation.getFullDocumentationPath(), documentation.getDocumentationVersion(), 'full_documentation.json');
    const document = normalizeDocument(JSON.parse(fs.readFileSync(generated, 'utf8')));
    fs.mkdirSync(path.dirname(args.out), { recursive: true });
    fs.writeFileSync(args.out, `${JSON.stringify(document, null, 2)}\n`);
    console.log(`Wrote ${path.relative(process.cwd(), args.out)}: ${documentedOperations(document).size} operations, OpenAPI ${document.openapi}`);
  } finally {
    await strapi?.destroy().catch(() => {});
    await environment.stop();
  }
};

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`docs:openapi failed: ${error instanceof Error ? error.stack : error}`);
    process.exit(1);
  }
);
