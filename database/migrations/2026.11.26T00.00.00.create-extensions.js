'use strict';

/**
 * The extensions search relies on: pgvector for embeddings, pg_trgm for fuzzy matching of names
 * and places, unaccent for accent-insensitive text. The server must have them installed
 * (see scripts/ops/install-pgvector.sh); the embedded PGlite ships all three.
 */
module.exports = {
  async up(knex) {
    await knex.raw('CREATE EXTENSION IF NOT EXISTS vector');
    await knex.raw('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await knex.raw('CREATE EXTENSION IF NOT EXISTS unaccent');
  },
};
