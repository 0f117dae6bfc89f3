import { OUTBOUND_TABLE, type Knex } from './schema';

export type OutboundStatus = 'queued' | 'sending' | 'sent' | 'delivered' | 'read' | 'failed' | 'undelivered' | 'dead' | 'suppressed';

export type OutboundRow = {
  id: number;
  communityId: number;
  memberId: number | null;
  batchId: string;
  sequence: number;
  kind: string;
  toPhone: string | null;
  body: string | null;
  contentSid: string | null;
  contentVariables: Record<string, string> | null;
  status: OutboundStatus;
  attempts: number;
  lastError: string | null;
  errorCode: string | null;
  twilioSid: string | null;
  createdAt: Date;
  updatedAt: Date;
};

export type NewOutbound = {
  communityId: number;
  memberId: number | null;
  kind: string;
  toPhone: string;
  body?: string;
  contentSid?: string;
  contentVariables?: Record<string, string>;
};

const COLUMNS = [
  'id',
  'community_id as communityId',
  'member_id as memberId',
  'batch_id as batchId',
  'sequence',
  'kind',
  'to_phone as toPhone',
  'body',
  'content_sid as contentSid',
  'content_variables as contentVariables',
  'status',
  'attempts',
  'last_error as lastError',
  'error_code as errorCode',
  'twilio_sid as twilioSid',
  'created_at as createdAt',
  'updated_at as updatedAt',
];

/** Messages read per statement while looking for an erased member's contact details. */
const FORGET_SCAN_BATCH = 500;

/** A template's variables as separate texts (each is matched on its own, never joined to its neighbours). */
const variableTexts = (value: unknown): string[] => {
  const parsed = typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
  if (!parsed || typeof parsed !== 'object') return [];
  return Object.values(parsed as Record<string, unknown>).map((item) => (typeof item === 'string' ? item : JSON.stringify(item)));
};

/** jsonb arrives parsed from some drivers and as text from others. */
const normalize = (row: OutboundRow): OutboundRow => ({
  ...row,
  id: Number(row.id),
  contentVariables: typeof row.contentVariables === 'string' ? (JSON.parse(row.contentVariables) as Record<string, string>) : row.contentVariables,
});

/**
 * How far a message has got: a status callback never moves it back (Twilio may deliver
 * `delivered` after `read`), and failures are final.
 */
const PROGRESS: Record<OutboundStatus, number> = {
  queued: 0,
  sending: 1,
  sent: 2,
  delivered: 3,
  read: 4,
  failed: 5,
  undelivered: 5,
  dead: 5,
  suppressed: 5,
};

export const createOutboundRepository = (knex: Knex) => ({
  /** One reply, split into parts that go out in order as one batch. */
  async insertBatch(batchId: string, parts: NewOutbound[]): Promise<number[]> {
    if (parts.length === 0) return [];
    const rows = (await knex(OUTBOUND_TABLE)
      .insert(
        parts.map((part, sequence) => ({
          community_id: part.communityId,
          member_id: part.memberId,
          batch_id: batchId,
          sequence,
          kind: part.kind,
          to_phone: part.toPhone,
          body: part.body ?? null,
          content_sid: part.contentSid ?? null,
          content_variables: part.contentVariables ? JSON.stringify(part.contentVariables) : null,
        }))
      )
      .returning('id')) as Array<{ id: string | number }>;
    return rows.map((row) => Number(row.id));
  },

  async batch(batchId: string): Promise<OutboundRow[]> {
    const rows = (await knex(OUTBOUND_TABLE).select(COLUMNS).where({ batch_id: batchId }).orderBy('sequence')) as OutboundRow[];
    return rows.map(normalize);
  },

  async find(id: number): Promise<OutboundRow | null> {
    const row = (await knex(OUTBOUND_TABLE).select(COLUMNS).where({ id }).first()) as OutboundRow | undefined;
    return row ? normalize(row) : null;
  },

  /**
   * Takes a part for sending, so two workers (a re-run stalled job, a sweep) never both send it:
   * true when this call took it; a part stuck in `sending` for 5 minutes is taken over.
   */
  async claimForSending(id: number): Promise<boolean> {
    const updated = await knex(OUTBOUND_TABLE)
      .where({ id })
      .andWhere((query) =>
        query.where('status', 'queued').orWhere((stuck) => stuck.where('status', 'sending').andWhereRaw(`updated_at < now() - interval '5 minutes'`))
      )
      .update({ status: 'sending', attempts: knex.raw('attempts + 1'), updated_at: knex.fn.now() });
    return updated === 1;
  },

  async markSent(id: number, twilioSid: string) {
    await knex(OUTBOUND_TABLE)
      .where({ id })
      .update({ status: 'sent', twilio_sid: twilioSid, sent_at: knex.fn.now(), updated_at: knex.fn.now(), last_error: null });
  },

  async markRetrying(id: number, error: string, errorCode: string | null) {
    await knex(OUTBOUND_TABLE)
      .where({ id })
      .update({ status: 'queued', last_error: error.slice(0, 500), error_code: errorCode, updated_at: knex.fn.now() });
  },

  /** Given up: kept (with what is needed to retry by hand) as a dead letter for admins. */
  /** Not sent on purpose (the member opted out): not a failure, nothing to retry. */
  async markSuppressed(id: number, reason: string) {
    await knex(OUTBOUND_TABLE).where({ id }).update({ status: 'suppressed', last_error: reason, body: null, to_phone: null, updated_at: knex.fn.now() });
  },

  async markDead(id: number, error: string, errorCode: string | null) {
    await knex(OUTBOUND_TABLE)
      .where({ id })
      .whereNotIn('status', ['sent', 'delivered', 'read'])
      .update({ status: 'dead', last_error: error.slice(0, 500), error_code: errorCode, failed_at: knex.fn.now(), updated_at: knex.fn.now() });
  },

  /** A status callback from Twilio; returns false when no message has that sid. */
  async applyStatus(twilioSid: string, status: OutboundStatus, errorCode: string | null): Promise<boolean> {
    const row = (await knex(OUTBOUND_TABLE).select('id', 'status').where({ twilio_sid: twilioSid }).first()) as
      | { id: number; status: OutboundStatus }
      | undefined;
    if (!row) return false;
    if (PROGRESS[status] <= PROGRESS[row.status] && !(status === 'failed' || status === 'undelivered')) return true;
    if (PROGRESS[row.status] >= PROGRESS.failed) return true;
    const timestamps: Record<string, unknown> = {};
    if (status === 'delivered') timestamps.delivered_at = knex.fn.now();
    if (status === 'read') timestamps.read_at = knex.fn.now();
    if (status === 'failed' || status === 'undelivered') timestamps.failed_at = knex.fn.now();
    await knex(OUTBOUND_TABLE)
      .where({ id: row.id })
      .update({ status, error_code: errorCode, updated_at: knex.fn.now(), ...timestamps });
    return true;
  },

  /** Puts a dead letter back in the queue (an admin's retry). */
  async requeue(id: number, communityIds: number[] | null): Promise<OutboundRow | null> {
    const query = knex(OUTBOUND_TABLE).where({ id, status: 'dead' }).whereNotNull('to_phone');
    if (communityIds) query.whereIn('community_id', communityIds);
    const updated = await query.update({ status: 'queued', attempts: 0, last_error: null, error_code: null, updated_at: knex.fn.now() });
    return updated ? this.find(id) : null;
  },

  async list(
    filter: { communityIds: number[] | null; status?: OutboundStatus },
    page: { limit: number; offset: number }
  ): Promise<{ rows: OutboundRow[]; total: number }> {
    const base = knex(OUTBOUND_TABLE);
    if (filter.communityIds) base.whereIn('community_id', filter.communityIds);
    if (filter.status) base.where('status', filter.status);
    const [rows, [{ count }]] = await Promise.all([
      base.clone().select(COLUMNS).orderBy('id', 'desc').limit(page.limit).offset(page.offset) as Promise<OutboundRow[]>,
      base.clone().count<{ count: string }[]>('* as count'),
    ]);
    return { rows: rows.map(normalize), total: Number(count) };
  },

  /** Batches still waiting to go out that no worker is handling (left by a stopped process). */
  /** Batches with replies not yet sent, older than `olderThanSeconds` (a page after `afterBatchId`). */
  async unsentBatchIds(olderThanSeconds: number, limit = 500, afterBatchId = ''): Promise<string[]> {
    const rows = (await knex(OUTBOUND_TABLE)
      .distinct('batch_id')
      .whereIn('status', ['queued', 'sending'])
      .andWhere('batch_id', '>', afterBatchId)
      .andWhereRaw(`updated_at < now() - make_interval(secs => ?)`, [olderThanSeconds])
      .orderBy('batch_id')
      .limit(limit)) as Array<{ batch_id: string }>;
    return rows.map((row) => row.batch_id);
  },

  async stats(communityIds: number[] | null, since: Date) {
    const query = knex(OUTBOUND_TABLE).select('status').count<{ status: string; count: string }[]>('* as count').where('created_at', '>=', since);
    if (communityIds) query.whereIn('community_id', communityIds);
    const rows = await query.groupBy('status');
    const lastSent = knex(OUTBOUND_TABLE).max('sent_at as at');
    if (communityIds) lastSent.whereIn('community_id', communityIds);
    const last = (await lastSent.first()) as { at: Date | null } | undefined;
    return { byStatus: Object.fromEntries(rows.map((row) => [row.status, Number(row.count)])), lastSentAt: last?.at ?? null };
  },

  /** Erases bodies and numbers of messages that are finished with, once their retention is over. */
  async eraseOldContent(olderThanDays: number) {
    return knex(OUTBOUND_TABLE)
      .whereIn('status', ['sent', 'delivered', 'read', 'failed', 'undelivered', 'dead', 'suppressed'])
      .andWhereRaw(`updated_at < now() - make_interval(days => ?)`, [olderThanDays])
      .where((query) => query.whereNotNull('body').orWhereNotNull('to_phone').orWhereNotNull('last_error'))
      .update({ body: null, to_phone: null, content_variables: null, last_error: null });
  },

  /**
   * An erased member: messages to them lose number and text, and messages to others in their
   * community that carried their contact details (introduction cards) lose their text, so a retry
   * cannot resend them. `carriesContact` decides on whole values (see utils/contact-mentions);
   * other communities' messages are never read, let alone changed.
   */
  async forgetMember(memberId: number, communityId: number, carriesContact: (texts: Array<string | null>) => boolean) {
    const erased = { body: null, to_phone: null, content_variables: null, last_error: null };
    await knex(OUTBOUND_TABLE).where({ member_id: memberId }).update({ ...erased, member_id: null });
    let lastId = 0;
    for (;;) {
      const rows = (await knex(OUTBOUND_TABLE)
        .select('id', 'body', 'content_variables')
        .where('community_id', communityId)
        .andWhere('id', '>', lastId)
        .andWhere((query) => query.whereNotNull('body').orWhereNotNull('content_variables'))
        .orderBy('id', 'asc')
        .limit(FORGET_SCAN_BATCH)) as Array<{ id: number | string; body: string | null; content_variables: unknown }>;
      if (rows.length === 0) return;
      lastId = Number(rows[rows.length - 1].id);
      const carrying = rows.filter((row) => carriesContact([row.body, ...variableTexts(row.content_variables)])).map((row) => Number(row.id));
      if (carrying.length > 0) {
        await knex(OUTBOUND_TABLE)
          .whereIn('id', carrying)
          .update({ body: null, content_variables: null, to_phone: null, status: knex.raw(`CASE WHEN status IN ('queued', 'sending', 'dead') THEN 'suppressed' ELSE status END`) });
      }
    }
  },
});

export type OutboundRepository = ReturnType<typeof createOutboundRepository>;
