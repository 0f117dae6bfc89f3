import type { Core } from '@strapi/strapi';

/**
 * The audit log grows with every write and is read newest first, per community or per record:
 * Strapi makes no indexes for that. Created after the schema sync (the table exists by then);
 * `IF NOT EXISTS` makes every later start a no-op.
 */
export const ensureAuditLogIndexes = async (strapi: Core.Strapi) => {
  const knex = strapi.db.connection;
  await knex.raw('CREATE INDEX IF NOT EXISTS audit_logs_community_occurred_idx ON audit_logs (community_id, occurred_at DESC)');
  await knex.raw('CREATE INDEX IF NOT EXISTS audit_logs_entity_idx ON audit_logs (entity_document_id, occurred_at DESC)');
  await knex.raw('CREATE INDEX IF NOT EXISTS audit_logs_occurred_idx ON audit_logs (occurred_at DESC)');
};
