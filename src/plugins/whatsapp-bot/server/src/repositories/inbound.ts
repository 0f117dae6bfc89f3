import { INBOUND_TABLE, rawColumns, type Knex } from './schema';

export type InboundRow = {
  id: number;
  messageSid: string;
  communityId: number;
  fromPhone: string | null;
  body: string | null;
  numMedia: number;
  status: 'pending' | 'processing' | 'done' | 'failed';
  attempts: number;
  receivedAt: Date;
};

export type NewInbound = { messageSid: string; communityId: number; fromPhone: string; body: string; numMedia: number };

const COLUMNS = [
  'id',
  'message_sid as messageSid',
  'community_id as communityId',
  'from_phone as fromPhone',
  'body',
  'num_media as numMedia',
  'status',
  'attempts',
  'received_at as receivedAt',
];

/** A message is "stuck" when the process that claimed it stopped before finishing. */
const STUCK_AFTER_SECONDS = 300;

export const createInboundRepository = (knex: Knex) => ({
  /** Records a message once per MessageSid; returns its id, or null when Twilio is retrying one we have. */
  async insertOnce(message: NewInbound): Promise<number | null> {
    const result = await knex.raw(
      `INSERT INTO ${INBOUND_TABLE} (message_sid, community_id, from_phone, body, num_media)
       VALUES (?, ?, ?, ?, ?) ON CONFLICT (message_sid) DO NOTHING RETURNING id`,
      [message.messageSid, message.communityId, message.fromPhone, message.body, message.numMedia]
    );
    const row = (result.rows as Array<{ id: string | number }>)[0];
    return row ? Number(row.id) : null;
  },

  /**
   * Takes a pending (or abandoned) message for processing. `busy`: another worker is on it now
   * (the caller retries later); `finished`: answered, given up, or unknown.
   */
  async claim(id: number): Promise<InboundRow | 'busy' | 'finished'> {
    const taken = await this.take(id);
    if (taken) return taken;
    const row = (await knex(INBOUND_TABLE).select('status').where({ id }).first()) as { status: string } | undefined;
    return row?.status === 'processing' ? 'busy' : 'finished';
  },

  async take(id: number): Promise<InboundRow | null> {
    const result = await knex.raw(
      `UPDATE ${INBOUND_TABLE} SET status = 'processing', attempts = attempts + 1, claimed_at = now()
       WHERE id = ? AND (status = 'pending' OR (status = 'processing' AND claimed_at < now() - make_interval(secs => ?)))
       RETURNING ${rawColumns(COLUMNS)}`,
      [id, STUCK_AFTER_SECONDS]
    );
    const row = (result.rows as InboundRow[])[0];
    return row ? { ...row, id: Number(row.id) } : null;
  },

  /**
   * Gives a message back after a failed attempt, so the retry can claim it. Only the claim that
   * attempt took: once its lease ran out another worker may have claimed the message again.
   */
  async release(claim: { id: number; attempts: number }, error: string) {
    await knex(INBOUND_TABLE)
      .where({ id: claim.id, status: 'processing', attempts: claim.attempts })
      .update({ status: 'pending', last_error: error.slice(0, 500) });
  },

  /** Done (or given up): the number and text are no longer needed and are erased. */
  async finish(id: number, status: 'done' | 'failed', error?: string) {
    await knex(INBOUND_TABLE)
      .where({ id })
      .update({ status, processed_at: knex.fn.now(), from_phone: null, body: null, last_error: error ? error.slice(0, 500) : null });
  },

  /** Messages accepted but not finished, older than `olderThanSeconds`: work a stopped process left (a page after `afterId`). */
  async unfinishedIds(olderThanSeconds: number, limit = 500, afterId = 0): Promise<number[]> {
    const rows = (await knex(INBOUND_TABLE)
      .select('id')
      .where('id', '>', afterId)
      .andWhere((query) =>
        query
          .where('status', 'pending')
          .orWhere((stuck) => stuck.where('status', 'processing').andWhereRaw(`claimed_at < now() - make_interval(secs => ?)`, [STUCK_AFTER_SECONDS]))
      )
      .andWhereRaw(`received_at < now() - make_interval(secs => ?)`, [olderThanSeconds])
      .orderBy('id')
      .limit(limit)) as Array<{ id: string | number }>;
    return rows.map((row) => Number(row.id));
  },

  async lastReceivedAt(communityIds: number[] | null): Promise<Date | null> {
    const query = knex(INBOUND_TABLE).max('received_at as at');
    if (communityIds) query.whereIn('community_id', communityIds);
    const row = (await query.first()) as { at: Date | null } | undefined;
    return row?.at ?? null;
  },
});

export type InboundRepository = ReturnType<typeof createInboundRepository>;
