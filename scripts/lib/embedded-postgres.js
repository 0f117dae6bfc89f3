// @ts-check
'use strict';

/**
 * The embedded database used when no DATABASE_URL is configured: PGlite (Postgres compiled to
 * WASM) with pgvector, pg_trgm and unaccent, served over the Postgres wire protocol on a local
 * port so Strapi's ordinary `pg` driver can talk to it.
 */
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');

/** @returns {Promise<number>} */
const findFreePort = () =>
  new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });

/**
 * @param {{ dataDir?: string, port?: number, log?: (message: string) => void }} [options]
 *   dataDir: where the database files live; omitted means in memory (tests).
 * @returns {Promise<{ url: string, port: number, stop: () => Promise<void> }>}
 */
const startEmbeddedPostgres = async ({ dataDir, port, log = () => {} } = {}) => {
  const { PGlite } = require('@electric-sql/pglite');
  const { vector } = require('@electric-sql/pglite-pgvector');
  const { pg_trgm } = require('@electric-sql/pglite/contrib/pg_trgm');
  const { unaccent } = require('@electric-sql/pglite/contrib/unaccent');
  const { PGLiteSocketServer } = require('@electric-sql/pglite-socket');

  if (dataDir) fs.mkdirSync(path.dirname(dataDir), { recursive: true });

  const db = await PGlite.create({
    dataDir: dataDir ? `file://${path.resolve(dataDir)}` : undefined,
    extensions: { vector, pg_trgm, unaccent },
  });
  const listenPort = port || (await findFreePort());
  // One connection at a time: PGlite is a single session, so transactions must not interleave.
  const server = new PGLiteSocketServer({ db, port: listenPort, host: '127.0.0.1', maxConnections: 1 });
  await server.start();
  log(`Embedded PostgreSQL (PGlite + pgvector) listening on 127.0.0.1:${listenPort}${dataDir ? `, data in ${dataDir}` : ', in memory'}`);

  let stopped = false;
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${listenPort}/postgres`,
    port: listenPort,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
    },
  };
};

module.exports = { startEmbeddedPostgres, findFreePort };
