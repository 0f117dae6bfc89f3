import type { EventRef } from '../domain/event-refs';
import { EVENTS_TABLE, type Knex } from './schema';

export type EventStatus = 'pending' | 'processing' | 'processed' | 'ignored' | 'failed';

export type StoredEvent = {
  id: number;
  eventId: string;
  type: string;
  ref: EventRef;
  status: EventStatus;
  attempts: number;
  lastError: string | null;
  communityId: number | null;
  outcome: string | null;
  receivedAt: Date;
  processedAt: Date | null;
};

type Row = {
  id: string | number;
  event_id: string;
  type: string;
  ref: EventRef | string;
  status: EventStatus;
  attempts: number;
  last_error: string | null;
  community_id: number | null;
  outcome: string | null;
  received_at: Date;
  processed_at: Date | null;
};

const toEvent = (row: Row): StoredEvent => ({
  id: Number(row.id),
  eventId: row.event_id,
  type: row.type,
  ref: typeof row.ref === 'string' ? (JSON.parse(row.ref) as EventRef) : row.ref,
  status: row.status,
  attempts: row.attempts,
  lastError: row.last_error,
  communityId: row.community_id,
  outcome: row.outcome,
  receivedAt: new Date(row.received_at),
  processedAt: row.processed_at ? new Date(row.processed_at) : null,
});

const rowsOf = (result: unknown): Row[] => (result as { rows: Row[] }).rows;

/** Error text is kept short: it is for operators, and Stripe's messages can be long. */
const ERROR_MAX_LENGTH = 1000;

/**
 * The event store: every verified Stripe event once (unique event id), and the durable queue its
 * processing runs from. Times are the database's, so several app instances agree on them.
 */
export const createEventsRepository = (knex: () => Knex) => ({
  /** Records a verified event as pending; null when its id was recorded before (a redelivery). */
  async insertIfNew(event: {
    eventId: string;
    type: string;
    livemode: boolean;
    stripeCreatedAt: Date | null;
    ref: EventRef;
    status: 'pending' | 'ignored';
    outcome?: string;
  }): Promise<StoredEvent | null> {
    const result = await knex().raw(
      `INSERT INTO ${EVENTS_TABLE} (event_id, type, livemode, stripe_created_at, ref, status, outcome, processed_at)
       VALUES (?, ?, ?, ?, ?::jsonb, ?, ?, ${event.status === 'ignored' ? 'now()' : 'NULL'})
       ON CONFLICT (event_id) DO NOTHING
       RETURNING *`,
      [event.eventId, event.type, event.livemode, event.stripeCreatedAt, JSON.stringify(event.ref), event.status, event.outcome ?? null]
    );
    const rows = rowsOf(result);
    return rows.length > 0 ? toEvent(rows[0]) : null;
  },

  /**
   * Takes the event for processing if it is due and nobody holds it (or its holder's lease ran
   * out: that process died). Exactly one caller gets it; the others get null.
   */
  async claim(id: number, leaseMs: number): Promise<StoredEvent | null> {
    const result = await knex().raw(
      `UPDATE ${EVENTS_TABLE}
          SET status = 'processing', attempts = attempts + 1, locked_until = now() + make_interval(secs => ?)
        WHERE id = ?
          AND ((status IN ('pending', 'failed') AND next_attempt_at <= now())
               OR (status = 'processing' AND locked_until < now()))
       RETURNING *`,
      [leaseMs / 1000, id]
    );
    const rows = rowsOf(result);
    return rows.length > 0 ? toEvent(rows[0]) : null;
  },

  async markDone(id: number, status: 'processed' | 'ignored', outcome: string, communityId: number | null): Promise<void> {
    await knex()(EVENTS_TABLE)
      .where({ id, status: 'processing' })
      .update({ status, outcome, community_id: communityId, processed_at: knex().fn.now(), locked_until: null, last_error: null });
  },

  async markFailed(id: number, error: string, retryInMs: number): Promise<void> {
    await knex().raw(
      `UPDATE ${EVENTS_TABLE}
          SET status = 'failed', last_error = ?, locked_until = NULL, next_attempt_at = now() + make_interval(secs => ?)
        WHERE id = ? AND status = 'processing'`,
      [error.slice(0, ERROR_MAX_LENGTH), retryInMs / 1000, id]
    );
  },

  /** Ids of events that are due: new, failed and due for a retry, or held by a process that died. */
  async dueIds(limit: number): Promise<number[]> {
    const rows = (await knex()(EVENTS_TABLE)
      .select('id')
      .where((builder) =>
        builder
          .where((due) => due.whereIn('status', ['pending', 'failed']).where('next_attempt_at', '<=', knex().fn.now()))
          .orWhere((stale) => stale.where('status', 'processing').where('locked_until', '<', knex().fn.now()))
      )
      .orderBy('id')
      .limit(limit)) as Array<{ id: string | number }>;
    return rows.map((row) => Number(row.id));
  },

  async findByEventId(eventId: string): Promise<StoredEvent | null> {
    const row = (await knex()(EVENTS_TABLE).where({ event_id: eventId }).first()) as Row | undefined;
    return row ? toEvent(row) : null;
  },

  /** Counts by status, for the admin page and operators. */
  async countByStatus(): Promise<Record<string, number>> {
    const rows = (await knex()(EVENTS_TABLE).select('status').count('* as count').groupBy('status')) as Array<{ status: string; count: string | number }>;
    return Object.fromEntries(rows.map((row) => [row.status, Number(row.count)]));
  },

  /** Forgets finished events older than the retention, a slice at a time. */
  async pruneFinished(retentionDays: number, sliceSize = 5000): Promise<number> {
    let deleted = 0;
    for (;;) {
      const result = await knex().raw(
        `DELETE FROM ${EVENTS_TABLE} WHERE id IN (
           SELECT id FROM ${EVENTS_TABLE}
            WHERE status IN ('processed', 'ignored') AND processed_at < now() - make_interval(days => ?)
            LIMIT ?
         )`,
        [retentionDays, sliceSize]
      );
      const count = (result as { rowCount: number | null }).rowCount ?? 0;
      deleted += count;
      if (count < sliceSize) return deleted;
    }
  },
});

export type EventsRepository = ReturnType<typeof createEventsRepository>;
