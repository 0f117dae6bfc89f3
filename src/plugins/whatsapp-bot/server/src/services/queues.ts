import { randomUUID } from 'node:crypto';

import type { Core } from '@strapi/strapi';

import type { WhatsappBotConfig } from '../config/schema';
import { createBullmqQueues, type QueueRedisConnection } from '../queue/bullmq-queues';
import { createMemoryQueues } from '../queue/memory-queues';
import type { JobQueues, QueueCounts, QueueDefinition } from '../queue/types';
import { getService } from '../utils';
import { opsMetrics } from '../utils/ops-metrics';
import { PLUGIN_ID } from '../utils/plugin-id';

const NAMESPACE_KEY = { type: 'plugin' as const, name: PLUGIN_ID, key: 'queue-namespace' };

export const INBOUND_QUEUE = 'whatsapp-inbound';
export const OUTBOUND_QUEUE = 'whatsapp-outbound';
const ERROR_LOG_INTERVAL_MS = 60_000;
/** Stopping gives back this process's interrupted claims for at most this long (the database may be away too). */
const GIVE_BACK_WAIT_MS = 2000;
/** Rows the sweep reads at a time (it reads page after page until the backlog is queued). */
const SWEEP_PAGE = 500;

/**
 * The bot's two queues: inbound messages to answer and replies to send. BullMQ on Redis when
 * REDIS_URL is set (shared by every process), in-process otherwise. Workers run unless this
 * process is a `web`-only one (PROCESS_ROLE).
 */
const queuesService = ({ strapi }: { strapi: Core.Strapi }) => {
  let queues: JobQueues | undefined;
  let sweepTimer: NodeJS.Timeout | undefined;
  let unregisterStats: Array<() => void> = [];
  const config = () => strapi.config.get(`plugin::${PLUGIN_ID}`) as WhatsappBotConfig;
  let unregisterRecovery: (() => void) | undefined;
  // BullMQ reports each failed reconnect while Redis is away (thousands an hour): the first of a
  // burst is logged, then a count once a minute. The Redis connections log the outage itself.
  let lastErrorLogAt = 0;
  let errorsSinceLog = 0;
  const onError = (error: Error) => {
    errorsSinceLog += 1;
    if (Date.now() - lastErrorLogAt < ERROR_LOG_INTERVAL_MS) return;
    const repeated = errorsSinceLog > 1 ? ` (${errorsSinceLog} queue errors since the last line)` : '';
    strapi.log.warn(`whatsapp-bot queue: ${error.message}${repeated}`);
    lastErrorLogAt = Date.now();
    errorsSinceLog = 0;
  };

  /** A connection from the host app's one Redis factory (timeouts, circuit, errors through strapi.log). */
  const connect = (name: string, blocking: boolean): QueueRedisConnection => {
    const redis = strapi.service('api::ops.redis' as never) as unknown as { open(name: string, options: { blocking: boolean }): QueueRedisConnection | null } | undefined;
    const opened = redis?.open(name, { blocking });
    if (!opened) throw new Error('whatsapp-bot: REDIS_URL is set but the app has no api::ops.redis service to connect with');
    return opened;
  };

  const definitions = (): QueueDefinition[] => {
    const { inbound, outbound } = config();
    return [
      {
        name: INBOUND_QUEUE,
        attempts: inbound.attempts,
        backoffMs: inbound.backoffMs,
        concurrency: inbound.concurrency,
        handle: (payload) => getService('inbound').process(Number(payload.inboundId)),
        onGivenUp: (payload, error) => getService('inbound').giveUp(Number(payload.inboundId), error),
      },
      {
        name: OUTBOUND_QUEUE,
        attempts: outbound.attempts,
        backoffMs: outbound.backoffMs,
        concurrency: outbound.concurrency,
        handle: (payload, attempt) => getService('outbound').deliverBatch(String(payload.batchId), attempt),
        onGivenUp: (payload, error) => getService('outbound').giveUp(String(payload.batchId), error),
      },
    ];
  };

  /**
   * Queue keys carry a namespace kept in this database: processes on one database share their
   * queues, while a Redis shared with another database (or a recreated one) never runs its jobs.
   */
  const namespace = async () => {
    let stored = (await strapi.store.get(NAMESPACE_KEY)) as string | null;
    if (!stored) {
      stored = randomUUID();
      await strapi.store.set({ ...NAMESPACE_KEY, value: stored });
    }
    return stored;
  };

  const sweep = async (minAgeSeconds: number) => {
    // Fresh job ids: BullMQ keeps finished jobs and would ignore their ids; the rows' claims keep
    // a message from being answered (or a reply sent) twice.
    await getService('inbound').giveBackInterruptedClaims();
    // Page through the whole backlog: an outage can leave thousands of messages, and one page a
    // sweep would leave most of them for minutes.
    const inboundIds: number[] = [];
    for (let page = await getService('inbound').unfinishedIds(minAgeSeconds, SWEEP_PAGE); page.length > 0; ) {
      for (const id of page) await getService('queues').addInbound(id, true);
      inboundIds.push(...page);
      page = page.length < SWEEP_PAGE ? [] : await getService('inbound').unfinishedIds(minAgeSeconds, SWEEP_PAGE, page[page.length - 1]);
    }
    const batchIds: string[] = [];
    for (let page = await getService('outbound').unsentBatchIds(minAgeSeconds, SWEEP_PAGE); page.length > 0; ) {
      for (const batchId of page) await getService('queues').addOutbound(batchId, true);
      batchIds.push(...page);
      page = page.length < SWEEP_PAGE ? [] : await getService('outbound').unsentBatchIds(minAgeSeconds, SWEEP_PAGE, page[page.length - 1]);
    }
    await getService('outbound').eraseOldContent();
    await getService('introductions').expireOld();
    if (inboundIds.length + batchIds.length > 0) {
      strapi.log.info(`whatsapp-bot: picked up ${inboundIds.length} unanswered message(s) and ${batchIds.length} unsent reply(ies)`);
    }
  };

  const runSweep = (minAgeSeconds: number) =>
    sweep(minAgeSeconds).catch((error: Error) => strapi.log.warn(`whatsapp-bot: sweep failed: ${error.message}`));

  return {
    async start() {
      const { redisUrl, processRole, sweepIntervalSeconds, sweepMinAgeSeconds } = config();
      if (processRole === 'web' && !redisUrl) {
        // Without Redis the queue lives in this process: a web-only process would never answer.
        throw new Error('whatsapp-bot: PROCESS_ROLE=web needs REDIS_URL, so worker processes can take the queued messages');
      }
      const prefix = `wa:${await namespace()}:bull`;
      queues = redisUrl ? createBullmqQueues(definitions(), { connect, prefix, onError }) : createMemoryQueues(definitions(), onError);
      const started = queues;
      unregisterStats = [INBOUND_QUEUE, OUTBOUND_QUEUE].flatMap((name) => {
        const unregister = opsMetrics()?.registerQueueStats(name, async () => {
          const counts = (await started.counts())[name];
          return { depth: counts.waiting + counts.delayed + counts.active, failed: counts.failed };
        });
        return unregister ? [unregister] : [];
      });
      if (processRole === 'web') return;
      await queues.startWorkers();
      // Work a stopped process accepted but did not finish: found again from the tables.
      void runSweep(sweepMinAgeSeconds);
      // Messages acknowledged while Redis was away are queued as soon as it answers, not at the next sweep.
      // Age 0: what arrived during the outage was never queued; the rows' claims keep a message that
      // is queued twice from being answered twice.
      unregisterRecovery = queues.onRecovered?.(() => void runSweep(0));
      sweepTimer = setInterval(() => void runSweep(sweepMinAgeSeconds), sweepIntervalSeconds * 1000);
      sweepTimer.unref();
    },

    sweepNow: (minAgeSeconds = 0) => sweep(minAgeSeconds),

    async addInbound(inboundId: number, again = false) {
      await this.queues().add(INBOUND_QUEUE, again ? `in-${inboundId}-again-${Date.now()}` : `in-${inboundId}`, { inboundId });
    },

    /** `again`: work found by the sweep or a hand retry of a dead letter, which needs a new job id. */
    async addOutbound(batchId: string, again = false) {
      await this.queues().add(OUTBOUND_QUEUE, again ? `out-${batchId}-again-${Date.now()}` : `out-${batchId}`, { batchId });
    },

    queues(): JobQueues {
      if (!queues) throw new Error('whatsapp-bot queues are used before bootstrap started them');
      return queues;
    },

    kind: () => queues?.kind ?? null,

    async health(): Promise<{ status: 'connected' | 'degraded' | 'down'; kind: string | null; counts: Record<string, QueueCounts> | null }> {
      if (!queues) return { status: 'down', kind: null, counts: null };
      if (!(await queues.ping())) return { status: 'down', kind: queues.kind, counts: null };
      try {
        const counts = await queues.counts();
        return { status: 'connected', kind: queues.kind, counts };
      } catch {
        return { status: 'degraded', kind: queues.kind, counts: null };
      }
    },

    async stop() {
      unregisterStats.forEach((unregister) => unregister());
      unregisterStats = [];
      if (sweepTimer) clearInterval(sweepTimer);
      sweepTimer = undefined;
      unregisterRecovery?.();
      unregisterRecovery = undefined;
      await queues?.close();
      queues = undefined;
      // Claims an outage kept this process from giving back go back now if the database answers;
      // otherwise their lease runs out and another process's sweep takes them.
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        getService('inbound')
          .giveBackInterruptedClaims()
          .catch((error: Error) => strapi.log.warn(`whatsapp-bot: could not give back interrupted claims while stopping: ${error.message}`)),
        new Promise((resolve) => {
          timer = setTimeout(resolve, GIVE_BACK_WAIT_MS);
        }),
      ]);
      clearTimeout(timer);
    },
  };
};

export type QueuesService = ReturnType<typeof queuesService>;

export default queuesService;
