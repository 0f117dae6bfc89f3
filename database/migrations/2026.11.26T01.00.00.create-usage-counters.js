'use strict';

/**
 * Monthly usage per community (searches; more metrics as plans grow). Kept in PostgreSQL rather
 * than Redis so counts are atomic across instances and survive restarts of either service.
 */
module.exports = {
  async up(knex) {
    await knex.raw(`
      CREATE TABLE IF NOT EXISTS community_usage_counters (
        community_id integer NOT NULL,
        period char(7) NOT NULL,
        metric varchar(32) NOT NULL,
        count integer NOT NULL DEFAULT 0,
        warned_at timestamptz,
        PRIMARY KEY (community_id, period, metric)
      )
    `);
  },
};
