import { PermanentJobError, retryDelayMs, type JobPayload, type JobQueues, type QueueCounts, type QueueDefinition } from './types';

type Job = { id: string; payload: JobPayload; attempt: number };

/**
 * The queues without Redis (the embedded default): jobs run in this process with the same
 * retries and backoff as BullMQ. Jobs are not persisted here; the rows they point at are, and the
 * plugin's sweep re-adds what a stopped process left unfinished.
 */
export const createMemoryQueues = (definitions: QueueDefinition[], onError: (error: Error) => void): JobQueues => {
  const byName = new Map(definitions.map((definition) => [definition.name, definition]));
  const state = new Map(
    definitions.map((definition) => [
      definition.name,
      { waiting: [] as Job[], active: 0, delayed: new Set<NodeJS.Timeout>(), failed: 0, known: new Set<string>() },
    ])
  );
  let running = false;
  let closed = false;

  const pump = (name: string) => {
    const definition = byName.get(name)!;
    const queue = state.get(name)!;
    while (running && !closed && queue.active < definition.concurrency && queue.waiting.length > 0) {
      const job = queue.waiting.shift()!;
      queue.active += 1;
      void run(definition, job).finally(() => {
        queue.active -= 1;
        pump(name);
      });
    }
  };

  const run = async (definition: QueueDefinition, job: Job) => {
    const queue = state.get(definition.name)!;
    try {
      await definition.handle(job.payload, job.attempt);
      queue.known.delete(job.id);
    } catch (caught) {
      const error = caught instanceof Error ? caught : new Error(String(caught));
      if (closed) return;
      if (error instanceof PermanentJobError || job.attempt >= definition.attempts) {
        queue.known.delete(job.id);
        queue.failed += 1;
        await definition.onGivenUp(job.payload, error).catch(onError);
        return;
      }
      const timer = setTimeout(() => {
        queue.delayed.delete(timer);
        queue.waiting.push({ ...job, attempt: job.attempt + 1 });
        pump(definition.name);
      }, retryDelayMs(definition.backoffMs, job.attempt));
      queue.delayed.add(timer);
    }
  };

  return {
    kind: 'memory',
    async add(name, jobId, payload) {
      const queue = state.get(name);
      if (!queue) throw new Error(`Unknown queue "${name}"`);
      if (closed || queue.known.has(jobId)) return;
      queue.known.add(jobId);
      queue.waiting.push({ id: jobId, payload, attempt: 1 });
      pump(name);
    },
    async startWorkers() {
      running = true;
      for (const name of byName.keys()) pump(name);
    },
    async counts() {
      const result: Record<string, QueueCounts> = {};
      for (const [name, queue] of state) {
        result[name] = { waiting: queue.waiting.length, active: queue.active, delayed: queue.delayed.size, failed: queue.failed };
      }
      return result;
    },
    async ping() {
      return !closed;
    },
    async close() {
      closed = true;
      for (const queue of state.values()) {
        for (const timer of queue.delayed) clearTimeout(timer);
        queue.delayed.clear();
        queue.waiting.length = 0;
      }
      // Let jobs already running finish their current step.
      const deadline = Date.now() + 5000;
      while ([...state.values()].some((queue) => queue.active > 0) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
  };
};
