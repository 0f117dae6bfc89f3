import { AppError } from '@community-connect/kit';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import Stripe from 'stripe';

import { refOfEvent, type EventRef } from '../domain/event-refs';
import { createEventsRepository, type StoredEvent } from '../repositories/events';
import { getService } from '../utils';
import { backoffMs } from '../utils/backoff';
import { startPeriodicTask, type PeriodicTask } from '@community-connect/kit';
import type { SyncOutcome } from './subscription-sync';

export type ReceivedEvent = { eventId: string; type: string; duplicate: boolean };

const SWEEP_BATCH = 100;
const PRUNE_EVERY_MS = 60 * 60 * 1000;

/** Signature failures say what is wrong without echoing Stripe's internals. */
const signatureError = (error: unknown, toleranceSeconds: number) => {
  const message = error instanceof Error ? error.message : '';
  if (/tolerance/i.test(message)) {
    return new errors.ValidationError(`The Stripe-Signature timestamp is more than ${toleranceSeconds} seconds away from now: the event is refused as a possible replay`);
  }
  if (/Unable to extract timestamp and signatures/i.test(message)) {
    return new errors.ValidationError('The Stripe-Signature header is malformed');
  }
  if (error instanceof Stripe.errors.StripeSignatureVerificationError) {
    return new errors.ValidationError('The Stripe-Signature does not match the request body and the webhook signing secret');
  }
  return new errors.ValidationError('The webhook body is not a Stripe event');
};

/**
 * Stripe webhook events, each processed exactly once. A verified event is stored (unique event
 * id: redeliveries are recognised) as pending before Stripe gets its 200, then processed right
 * after the answer with a few quick retries; whatever is still pending or failed, or was held by
 * a process that died, is picked up by a periodic sweep (also at start-up). Several instances may
 * sweep at once: a row claim lets exactly one process an event.
 */
const eventsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const events = createEventsRepository(() => strapi.db.connection);
  const inFlight = new Set<Promise<void>>();
  /** Scheduled tries, with what ends their wait if the plugin stops first. */
  const timers = new Map<NodeJS.Timeout, () => void>();
  let stopped = false;
  let sweeper: PeriodicTask | undefined;
  let graceChecker: PeriodicTask | undefined;
  let lastPruneAt = 0;

  const settings = () => getService('settings').config();

  const track = (work: Promise<void>) => {
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  };

  const handle = async (event: StoredEvent): Promise<SyncOutcome> => {
    const ref: EventRef = event.ref;
    const sync = getService('subscription-sync');
    switch (ref.kind) {
      case 'subscription':
        return sync.syncSubscription(ref.subscriptionId, { fallback: ref.subscription });
      case 'checkout':
        if (ref.mode !== 'subscription') return { status: 'ignored', outcome: `a ${ref.mode} checkout is not a subscription`, communityId: ref.communityId };
        if (ref.communityId !== null && ref.customerId) await sync.linkCustomer(ref.communityId, ref.customerId);
        if (!ref.subscriptionId) return { status: 'ignored', outcome: 'the checkout created no subscription', communityId: ref.communityId };
        return sync.syncSubscription(ref.subscriptionId, { communityHint: ref.communityId });
      case 'invoice':
        if (!ref.subscriptionId) return { status: 'ignored', outcome: 'the invoice belongs to no subscription', communityId: null };
        return sync.syncSubscription(ref.subscriptionId);
      default:
        return { status: 'ignored', outcome: ref.reason, communityId: null };
    }
  };

  type Outcome = 'processed' | 'ignored' | 'failed' | 'not-claimed';

  /**
   * Processes one stored event if this process can claim it. On failure the event is left
   * `failed` with its next try time; the first few tries are made here, the rest by the sweep.
   */
  const processOnce = async (id: number): Promise<Outcome> => {
    const config = settings().events;
    const event = await events.claim(id, config.leaseMs);
    if (!event) return 'not-claimed';
    try {
      const result = await handle(event);
      await events.markDone(event.id, result.status, result.outcome, result.communityId);
      return result.status;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const delay = backoffMs(event.attempts, config.retryBaseDelayMs, config.retryMaxDelayMs);
      await events.markFailed(event.id, message, delay);
      strapi.log.warn(`billing: ${event.type} event ${event.eventId} failed (attempt ${event.attempts}): ${message}; next try in ${Math.round(delay / 1000)} s`);
      if (event.attempts < config.inlineAttempts) schedule(event.id, delay);
      return 'failed';
    }
  };

  /** Whoever starts processing (the webhook, a retry, the sweep), `drain` waits for it. */
  const processEvent = (id: number): Promise<Outcome> => {
    const work = processOnce(id);
    track(work.then(() => undefined, () => undefined));
    return work;
  };

  /** Processes the event soon (after the current request has been answered). */
  const schedule = (id: number, delayMs = 0) => {
    if (stopped) return;
    track(
      new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          timers.delete(timer);
          processEvent(id).then(
            () => resolve(),
            (error: Error) => {
              strapi.log.error(`billing: event ${id} could not be processed: ${error.message}`);
              resolve();
            }
          );
        }, delayMs);
        // Quick retries must not hold the process open; the sweep picks up what they leave.
        if (delayMs > 0) timer.unref();
        timers.set(timer, resolve);
      })
    );
  };

  return {
    /**
     * Verifies the signature on the raw body (Stripe's default 300 s tolerance) and stores the
     * event; processing starts after this returns. A bad signature changes nothing (400).
     */
    async receive(rawBody: string | Buffer, signature: string): Promise<ReceivedEvent> {
      let event: Stripe.Event;
      try {
        event = getService('stripe-client').constructEvent(rawBody, signature);
      } catch (error) {
        if (error instanceof AppError) throw error;
        throw signatureError(error, settings().webhookToleranceSeconds);
      }
      const ref = refOfEvent(event);
      const stored = await events.insertIfNew({
        eventId: event.id,
        type: event.type,
        livemode: event.livemode,
        stripeCreatedAt: typeof event.created === 'number' ? new Date(event.created * 1000) : null,
        ref,
        status: ref.kind === 'ignored' ? 'ignored' : 'pending',
        outcome: ref.kind === 'ignored' ? ref.reason : undefined,
      });
      if (stored) {
        if (stored.status === 'pending') schedule(stored.id);
        return { eventId: event.id, type: event.type, duplicate: false };
      }
      // A redelivery: nothing new to store; if the first copy is still unfinished, nudge it.
      const existing = await events.findByEventId(event.id);
      if (existing && (existing.status === 'pending' || existing.status === 'failed')) schedule(existing.id);
      return { eventId: event.id, type: event.type, duplicate: true };
    },

    schedule,
    process: processEvent,

    /** Processes every due event (pending, failed and due, or abandoned by a dead process). */
    async sweep(): Promise<number> {
      let processed = 0;
      for (;;) {
        if (stopped) return processed;
        const ids = await events.dueIds(SWEEP_BATCH);
        for (const id of ids) {
          if (stopped) return processed;
          if ((await processEvent(id)) !== 'not-claimed') processed += 1;
        }
        if (ids.length < SWEEP_BATCH) break;
      }
      if (Date.now() - lastPruneAt > PRUNE_EVERY_MS) {
        lastPruneAt = Date.now();
        await events.pruneFinished(settings().events.retentionDays);
      }
      return processed;
    },

    /** Waits for the processing started so far (tests, shutdown). */
    async drain(): Promise<void> {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },

    findEvent: (eventId: string) => events.findByEventId(eventId),
    countByStatus: () => events.countByStatus(),

    /** Starts the sweep and the grace-period check (at once, then periodically). */
    start() {
      stopped = false;
      const config = settings();
      sweeper = startPeriodicTask(() => this.sweep(), {
        intervalMs: config.events.sweepIntervalMs,
        firstRunMs: 0,
        onError: (error) => strapi.log.error(`billing: event sweep failed: ${error.message}`),
      });
      graceChecker = startPeriodicTask(() => getService('subscription-sync').enforceGracePeriods(), {
        intervalMs: config.graceCheckIntervalMs,
        firstRunMs: 0,
        onError: (error) => strapi.log.error(`billing: grace check failed: ${error.message}`),
      });
    },

    /** Stops the timers and lets processing in progress finish before the database closes. */
    async stop() {
      stopped = true;
      for (const [timer, release] of timers) {
        clearTimeout(timer);
        release();
      }
      timers.clear();
      await Promise.all([sweeper?.stop(), graceChecker?.stop()]);
      await this.drain();
    },
  };
};

export type EventsService = ReturnType<typeof eventsService>;

export default eventsService;
