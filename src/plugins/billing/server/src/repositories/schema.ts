import type { Core } from '@strapi/strapi';

export type Knex = Core.Strapi['db']['connection'];

export const SUBSCRIPTIONS_TABLE = 'billing_subscriptions';
export const EVENTS_TABLE = 'billing_events';

/**
 * The plugin's own tables, in plain SQL: they must not live on Strapi-managed tables (its schema
 * sync drops columns it does not know), and the event store needs a unique event id and row
 * claims that the query engine cannot express. No foreign key to communities: deleting a
 * community must not be blocked by its billing history.
 */
export const ensureBillingSchema = async (knex: Knex) => {
  await knex.raw(`
    CREATE TABLE IF NOT EXISTS ${SUBSCRIPTIONS_TABLE} (
      community_id integer PRIMARY KEY,
      stripe_customer_id varchar(255) UNIQUE,
      stripe_subscription_id varchar(255),
      plan varchar(64),
      billing_interval varchar(16),
      price_id varchar(255),
      status varchar(32),
      current_period_start timestamptz,
      current_period_end timestamptz,
      cancel_at_period_end boolean NOT NULL DEFAULT false,
      cancel_at timestamptz,
      subscription_created_at timestamptz,
      past_due_since timestamptz,
      suspended_by_billing_at timestamptz,
      synced_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
  await knex.raw(`CREATE INDEX IF NOT EXISTS ${SUBSCRIPTIONS_TABLE}_subscription_idx ON ${SUBSCRIPTIONS_TABLE} (stripe_subscription_id)`);
  await knex.raw(
    `CREATE INDEX IF NOT EXISTS ${SUBSCRIPTIONS_TABLE}_delinquent_idx ON ${SUBSCRIPTIONS_TABLE} (community_id) WHERE status IN ('past_due', 'unpaid') OR suspended_by_billing_at IS NOT NULL`
  );
  await knex.raw(`
    CREATE TABLE IF NOT EXISTS ${EVENTS_TABLE} (
      id bigserial PRIMARY KEY,
      event_id varchar(255) NOT NULL UNIQUE,
      type varchar(128) NOT NULL,
      livemode boolean NOT NULL DEFAULT false,
      stripe_created_at timestamptz,
      ref jsonb NOT NULL,
      status varchar(16) NOT NULL DEFAULT 'pending',
      attempts integer NOT NULL DEFAULT 0,
      next_attempt_at timestamptz NOT NULL DEFAULT now(),
      locked_until timestamptz,
      last_error text,
      community_id integer,
      outcome text,
      received_at timestamptz NOT NULL DEFAULT now(),
      processed_at timestamptz
    )`);
  await knex.raw(
    `CREATE INDEX IF NOT EXISTS ${EVENTS_TABLE}_due_idx ON ${EVENTS_TABLE} (next_attempt_at) WHERE status IN ('pending', 'failed', 'processing')`
  );
};
