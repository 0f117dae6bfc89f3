import { Queue, UnrecoverableError, Worker, type Job } from 'bullmq';
import Redis from 'ioredis';

import { PermanentJobError, type JobPayload, type JobQueues, type QueueCounts, type QueueDefinition } from './types';

const KEEP_FINISHED = { count: 1000 };

/**
 * BullMQ queues on Redis: jobs survive restarts and are shared by every app and worker process.
 * The key prefix carries the deployment's namespace, so two databases sharing one Redis never
 * run each other's jobs.
 */
export const createBullmqQueues = (
  definitions: QueueDefinition[],
  options: { redisUrl: string; prefix: string; onError: (error: Error) => void }
): JobQueues => {
  // BullMQ's workers block on Redis and must not give up on a slow command.
  const connection = new Redis(options.redisUrl, { maxRetriesPerRequest: null, enableOfflineQueue: true, lazyConnect: false });
  connection.on('error', options.onError);
  const queues = new Map(
    definitions.map((definition) => [definition.name, new Queue(definition.name, { connection, prefix: options.prefix })])
  );
  for (const queue of queues.values()) queue.on('error', options.onError);
  const workers: Worker[] = [];

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
      { connection: connection.duplicate({ maxRetriesPerRequest: null }), prefix: options.prefix, concurrency: definition.concurrency }
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
      await queue.add(name, payload, {
        jobId,
        attempts: definition.attempts,
        backoff: { type: 'exponential', delay: definition.backoffMs },
        removeOnComplete: KEEP_FINISHED,
        removeOnFail: KEEP_FINISHED,
      });
    },
    async startWorkers() {
      for (const definition of definitions) startWorker(definition);
    },
    async counts() {
      const result: Record<string, QueueCounts> = {};
      for (const [name, queue] of queues) {
        const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'failed');
        result[name] = { waiting: counts.waiting ?? 0, active: counts.active ?? 0, delayed: counts.delayed ?? 0, failed: counts.failed ?? 0 };
      }
      return result;
    },
    async ping() {
      try {
        return (await connection.ping()) === 'PONG';
      } catch {
        return false;
      }
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.close()));
      await Promise.all([...queues.values()].map((queue) => queue.close()));
      await Promise.all(workers.map((worker) => worker.disconnect?.()));
      connection.disconnect();
    },
  };
};
