'use strict';

const { startEmbeddedPostgres } = require('../../scripts/lib/embedded-postgres');

/** Tests use DATABASE_URL when it is set, and an in-memory embedded PostgreSQL otherwise. */
module.exports = async () => {
  if (process.env.DATABASE_URL) return;
  const database = await startEmbeddedPostgres();
  process.env.DATABASE_URL = database.url;
  process.env.EMBEDDED_DATABASE = 'true';
  globalThis.__EMBEDDED_DATABASE__ = database;
};
