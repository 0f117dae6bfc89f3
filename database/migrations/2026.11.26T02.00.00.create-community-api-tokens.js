'use strict';

/**
 * Which community an API token belongs to. Strapi's API tokens are platform-wide; a row here
 * confines a token to one community (a token without a row is a platform operator's token).
 */
module.exports = {
  async up(knex) {
    await knex.raw(`
      CREATE TABLE IF NOT EXISTS community_api_tokens (
        token_id integer PRIMARY KEY,
        community_id integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )
    `);
    await knex.raw('CREATE INDEX IF NOT EXISTS community_api_tokens_community_idx ON community_api_tokens (community_id)');
  },
};
