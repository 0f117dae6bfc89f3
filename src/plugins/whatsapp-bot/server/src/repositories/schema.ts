import type { Core } from '@strapi/strapi';

export type Knex = Core.Strapi['db']['connection'];

export const INBOUND_TABLE = 'whatsapp_inbound_messages';
export const OUTBOUND_TABLE = 'whatsapp_outbound_messages';
export const CONTACTS_TABLE = 'whatsapp_contacts';
export const INTRODUCTIONS_TABLE = 'whatsapp_introductions';

/**
 * The plugin's own tables. Inbound and outbound rows are the source of truth for the queues: a
 * job only carries a row id, so work accepted before a crash (or a lost Redis) is found again by
 * the sweep. Bodies and phone numbers are kept only while they are needed to do or retry work.
 */
export const ensureWhatsappSchema = async (knex: Knex) => {
  await knex.raw(`
    CREATE TABLE IF NOT EXISTS ${INBOUND_TABLE} (
      id bigserial PRIMARY KEY,
      message_sid text NOT NULL UNIQUE,
      community_id integer NOT NULL,
      from_phone text,
      body text,
      num_media integer NOT NULL DEFAULT 0,
      status text NOT NULL DEFAULT 'pending',
      attempts integer NOT NULL DEFAULT 0,
      last_error text,
      received_at timestamptz NOT NULL DEFAULT now(),
      claimed_at timestamptz,
      processed_at timestamptz
    )`);
  await knex.raw(`CREATE INDEX IF NOT EXISTS ${INBOUND_TABLE}_pending_idx ON ${INBOUND_TABLE} (status, received_at) WHERE status IN ('pending', 'processing')`);
  await knex.raw(`CREATE INDEX IF NOT EXISTS ${INBOUND_TABLE}_community_idx ON ${INBOUND_TABLE} (community_id, received_at DESC)`);

  await knex.raw(`
    CREATE TABLE IF NOT EXISTS ${OUTBOUND_TABLE} (
      id bigserial PRIMARY KEY,
      community_id integer NOT NULL,
      member_id integer,
      batch_id text NOT NULL,
      sequence integer NOT NULL DEFAULT 0,
      kind text NOT NULL DEFAULT 'reply',
      to_phone text,
      body text,
      content_sid text,
      content_variables jsonb,
      status text NOT NULL DEFAULT 'queued',
      attempts integer NOT NULL DEFAULT 0,
      last_error text,
      error_code text,
      twilio_sid text UNIQUE,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      sent_at timestamptz,
      delivered_at timestamptz,
      read_at timestamptz,
      failed_at timestamptz
    )`);
  await knex.raw(`CREATE INDEX IF NOT EXISTS ${OUTBOUND_TABLE}_batch_idx ON ${OUTBOUND_TABLE} (batch_id, sequence)`);
  await knex.raw(`CREATE INDEX IF NOT EXISTS ${OUTBOUND_TABLE}_status_idx ON ${OUTBOUND_TABLE} (status, created_at) WHERE status IN ('queued', 'sending', 'dead')`);
  await knex.raw(`CREATE INDEX IF NOT EXISTS ${OUTBOUND_TABLE}_community_idx ON ${OUTBOUND_TABLE} (community_id, created_at DESC)`);

  await knex.raw(`
    CREATE TABLE IF NOT EXISTS ${CONTACTS_TABLE} (
      community_id integer NOT NULL,
      member_id integer NOT NULL,
      first_contact_at timestamptz NOT NULL DEFAULT now(),
      last_inbound_at timestamptz,
      last_outbound_at timestamptz,
      opted_out_at timestamptz,
      verified_at timestamptz,
      PRIMARY KEY (community_id, member_id)
    )`);

  await knex.raw(`
    CREATE TABLE IF NOT EXISTS ${INTRODUCTIONS_TABLE} (
      id bigserial PRIMARY KEY,
      community_id integer NOT NULL,
      requester_member_id integer NOT NULL,
      target_member_id integer NOT NULL,
      status text NOT NULL DEFAULT 'pending',
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      decided_at timestamptz
    )`);
  // The code ties an answer to one request; delivered_at marks contacts actually swapped.
  await knex.raw(`ALTER TABLE ${INTRODUCTIONS_TABLE} ADD COLUMN IF NOT EXISTS code text`);
  await knex.raw(`ALTER TABLE ${INTRODUCTIONS_TABLE} ADD COLUMN IF NOT EXISTS delivered_at timestamptz`);
  await knex.raw(
    `CREATE INDEX IF NOT EXISTS ${INTRODUCTIONS_TABLE}_target_idx ON ${INTRODUCTIONS_TABLE} (community_id, target_member_id, created_at DESC)`
  );
  await knex.raw(
    `CREATE INDEX IF NOT EXISTS ${INTRODUCTIONS_TABLE}_requester_idx ON ${INTRODUCTIONS_TABLE} (community_id, requester_member_id, created_at DESC)`
  );
};

/** Knex column lists (`column as alias`) for raw SQL, where an unquoted alias would be lower-cased. */
export const rawColumns = (columns: string[]) =>
  columns
    .map((column) => {
      const [name, alias] = column.split(' as ');
      return alias ? `${name} AS "${alias}"` : name;
    })
    .join(', ');
