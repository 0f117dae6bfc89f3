import { Queue, UnrecoverableError, Worker, type Job } from 'bullmq';
import type Redis from 'ioredis';

import { PermanentJobError, type JobPayload, type JobQueues, type QueueCounts, type QueueDefinition } from './types';

const KEEP_FINISHED = { count: 1000 };
/** How long closing waits for BullMQ to finish by itself before dropping its connections. */
const CLOSE_WAIT_MS = 2000;
/**
 * Starting workers waits this long for Redis, so the start-up sweep can queue what a stopped
 * process left; if Redis is down then, the sweep runs again when it answers.
 */
const STARTUP_WAIT_MS = 2000;

/** The part of the app's Redis connection (src/lib/redis) the queues use. */
export type QueueRedisConnection = {
  readonly client: Redis;
  isOpen(): boolean;
  run<T>(command: (client: Redis) => Promise<T>): Promise<T>;
  onRecovered(listener: () => void): () => void;
  whenReady(timeoutMs: number): Promise<boolean>;
  close(): Promise<void>;
};

const within = (promise: Promise<unknown>, ms: number) => {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise.catch(() => undefined),
    new Promise((resolve) => {
      timer = setTimeout(resolve, ms);
    }),
  ]).finally(() => clearTimeout(timer));
};

/**
 * BullMQ queues on Redis: jobs survive restarts and are shared by every app and worker process.
 * The key prefix carries the deployment's namespace, so two databases sharing one Redis never
 * run each other's jobs.
 */
export const createBullmqQueues = (
  definitions: QueueDefinition[],
  options: {
    /** Opens a connection from the app's factory; `blocking` for workers (no command timeout). */
    connect: (name: string, blocking: boolean) => QueueRedisConnection;
    prefix: string;
    onError: (error: Error) => void;
  }
): JobQueues => {
  // Adding a job happens on the webhook's request path: it fails at once while Redis is away
  // (the stored row is enough, the sweep queues it later). Workers block on Redis on purpose and
  // have their own connection, which must not give up on a slow command.
  const producer = options.connect('whatsapp queues', false);
  const workerConnections: QueueRedisConnection[] = [];
  const connection = producer.client;
  const queues = new Map(
    definitions.map((definition) => [definition.name, new Queue(definition.name, { connection, prefix: options.prefix })])
  );
  for (const queue of queues.values()) queue.on('error', options.onError);
  const workers: Worker[] = [];

  const workerConnection = (name: string) => {
    const opened = options.connect(`whatsapp worker ${name}`, true);
    workerConnections.push(opened);
    return opened;
  };

  const startWorker = (definition: QueueDefinition) => {
    const worker = new Worker(
      definition.name,
      async (job: Job<JobPayload>) => {
        try {
          await definition.handle(job.data, job.attemptsMade + 1);
        } catch (error) {
          if (error instanceof PermanentJobError) throw new UnrecoverableError(error.message);
          throw error;
        }
      },
      { connection: workerConnection(definition.name).client, prefix: options.prefix, concurrency: definition.concurrency }
    );
    worker.on('failed', (job, error) => {
      if (!job) return;
      const finalAttempt = job.attemptsMade >= (job.opts.attempts ?? 1) || error instanceof UnrecoverableError || error.name === 'UnrecoverableError';
      if (finalAttempt) void definition.onGivenUp(job.data, error).catch(options.onError);
    });
    worker.on('error', options.onError);
    workers.push(worker);
  };

  return {
    kind: 'bullmq',
    async add(name, jobId, payload) {
      const queue = queues.get(name);
      const definition = definitions.find((candidate) => candidate.name === name);
      if (!queue || !definition) throw new Error(`Unknown queue "${name}"`);
      await producer.run(() =>
        queue.add(name, payload, {
        jobId,
        attempts: definition.attempts,
        backoff: { type: 'exponential', delay: definition.backoffMs },
        removeOnComplete: KEEP_FINISHED,
          removeOnFail: KEEP_FINISHED,
        })
      );
    },
    async startWorkers() {
      await producer.whenReady(STARTUP_WAIT_MS);
      for (const definition of definitions) startWorker(definition);
    },
    async counts() {
      const result: Record<string, QueueCounts> = {};
      for (const [name, queue] of queues) {
        const counts = await producer.run(() => queue.getJobCounts('waiting', 'active', 'delayed', 'failed'));
        result[name] = { waiting: counts.waiting ?? 0, active: counts.active ?? 0, delayed: counts.delayed ?? 0, failed: counts.failed ?? 0 };
      }
      return result;
    },
    async ping() {
      if (producer.isOpen()) return false;
      try {
        return (await producer.run((client) => client.ping())) === 'PONG';
      } catch {
        return false;
      }
    },
    onRecovered: (listener) => producer.onRecovered(listener),
    async close() {
      // Stop taking jobs. While Redis is away BullMQ's own close would QUIT through a connection
      // that reconnects forever: force it and bound the wait, then drop every connection.
      const redisDown = producer.isOpen() || workerConnections.some((opened) => opened.isOpen());
      await within(Promise.all(workers.map((worker) => worker.close(redisDown))), CLOSE_WAIT_MS);
      await within(Promise.all([...queues.values()].map((queue) => queue.close())), redisDown ? 0 : CLOSE_WAIT_MS);
      await Promise.all([producer, ...workerConnections].map((opened) => opened.close()));
    },
  };
};
