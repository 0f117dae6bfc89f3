'use strict';

/**
 * A community's `status` (active | suspended) became `accountStatus`: Strapi 5's Content Manager
 * reads a body's `status` as the draft/published state and refused every community save. Copies
 * the old column before the schema sync drops it.
 */
module.exports = {
  async up(knex) {
    if (!(await knex.schema.hasTable('communities'))) return;
    if (!(await knex.schema.hasColumn('communities', 'status'))) return;
    if (!(await knex.schema.hasColumn('communities', 'account_status'))) {
      await knex.schema.alterTable('communities', (table) => {
        table.string('account_status');
      });
    }
    await knex('communities').whereNull('account_status').update({ account_status: knex.ref('status') });
  },
};
