'use strict';

/**
 * Searches per member per month (API and WhatsApp together), so one member can use only a share
 * of the community's monthly searches. Beside community_usage_counters, in PostgreSQL for the
 * same reasons: atomic across instances, kept across restarts. Ordered for "the community's top
 * members this month".
 */
module.exports = {
  async up(knex) {
    await knex.raw(`
      CREATE TABLE IF NOT EXISTS member_search_counters (
        community_id integer NOT NULL,
        period char(7) NOT NULL,
        member_document_id varchar(64) NOT NULL,
        count integer NOT NULL DEFAULT 0,
        PRIMARY KEY (community_id, period, member_document_id)
      )
    `);
    await knex.raw('CREATE INDEX IF NOT EXISTS member_search_counters_top ON member_search_counters (community_id, period, count DESC)');
  },
};
