import { createMemoryQueues } from '../memory-queues';
import { PermanentJobError, type QueueDefinition } from '../types';

const waitFor = async (check: () => boolean, timeoutMs = 2000) => {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
};

const definition = (overrides: Partial<QueueDefinition>): QueueDefinition => ({
  name: 'test',
  attempts: 3,
  backoffMs: 20,
  concurrency: 1,
  handle: async () => undefined,
  onGivenUp: async () => undefined,
  ...overrides,
});

describe('in-process queues', () => {
  it('retries with exponential backoff, then succeeds', async () => {
    const attempts: Array<{ attempt: number; at: number }> = [];
    const queues = createMemoryQueues(
      [
        definition({
          handle: async (_payload, attempt) => {
            attempts.push({ attempt, at: Date.now() });
            if (attempt < 3) throw new Error('flaky');
          },
        }),
      ],
      () => undefined
    );
    await queues.startWorkers();
    await queues.add('test', 'job-1', { n: 1 });
    await waitFor(() => attempts.length === 3);
    expect(attempts.map((entry) => entry.attempt)).toEqual([1, 2, 3]);
    // 20 ms, then 40 ms.
    expect(attempts[1].at - attempts[0].at).toBeGreaterThanOrEqual(18);
    expect(attempts[2].at - attempts[1].at).toBeGreaterThanOrEqual(38);
    await queues.close();
  });

  it('gives up after the last attempt, and at once on a permanent error', async () => {
    const givenUp: string[] = [];
    let calls = 0;
    const queues = createMemoryQueues(
      [
        definition({
          handle: async (payload) => {
            calls += 1;
            if (payload.kind === 'permanent') throw new PermanentJobError('refused');
            throw new Error('down');
          },
          onGivenUp: async (payload, error) => {
            givenUp.push(`${payload.kind}:${error.message}`);
          },
        }),
      ],
      () => undefined
    );
    await queues.startWorkers();
    await queues.add('test', 'p', { kind: 'permanent' });
    await waitFor(() => givenUp.length === 1);
    expect(calls).toBe(1);
    await queues.add('test', 't', { kind: 'transient' });
    await waitFor(() => givenUp.length === 2);
    expect(calls).toBe(4);
    expect(givenUp).toEqual(['permanent:refused', 'transient:down']);
    expect((await queues.counts()).test.failed).toBe(2);
    await queues.close();
  });

  it('ignores a job id that is already queued, and holds jobs until workers start', async () => {
    const seen: number[] = [];
    const queues = createMemoryQueues([definition({ handle: async (payload) => void seen.push(Number(payload.n)) })], () => undefined);
    await queues.add('test', 'same', { n: 1 });
    await queues.add('test', 'same', { n: 2 });
    expect((await queues.counts()).test.waiting).toBe(1);
    await queues.startWorkers();
    await waitFor(() => seen.length === 1);
    expect(seen).toEqual([1]);
    await queues.close();
  });
});
