'use strict';

/**
 * One app instance for the load and fault tests, in its own process (as in production): boots the
 * compiled app with the environment the test gives it, optionally seeds the load fixtures, listens
 * on PORT and says so on stdout. SIGTERM shuts it down cleanly.
 */
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..', '..');

const main = async () => {
  const { createStrapi } = require('@strapi/strapi');
  const strapi = createStrapi({ appDir: root, distDir: path.join(root, 'dist'), autoReload: false });
  strapi.log.level = process.env.LOG_LEVEL || 'warn';
  await strapi.load();
  if (process.env.LOAD_SEED_FILE) {
    const { seedLoadFixtures } = require('./seed');
    const fixtures = await seedLoadFixtures(strapi, { members: Number(process.env.LOAD_MEMBERS || 200) });
    fs.writeFileSync(process.env.LOAD_SEED_FILE, JSON.stringify(fixtures));
  }
  strapi.server.mount();
  await new Promise((resolve) => strapi.server.httpServer.listen(Number(process.env.PORT), '127.0.0.1', resolve));
  process.stdout.write(`LOAD_APP_READY ${process.env.PORT}\n`);

  // A test run that died must not leave app processes behind: re-parented means orphaned.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) process.kill(process.pid, 'SIGTERM');
  }, 2000).unref();

  let stopping = false;
  process.on('SIGTERM', () => {
    if (stopping) return;
    stopping = true;
    strapi
      .destroy()
      .catch(() => undefined)
      .finally(() => process.exit(0));
  });
};

main().catch((error) => {
  process.stderr.write(`LOAD_APP_FAILED ${error && error.stack ? error.stack : error}\n`);
  process.exit(1);
});
