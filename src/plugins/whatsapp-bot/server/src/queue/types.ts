/** A failure that retrying cannot fix (e.g. Twilio refused the number): the job is given up at once. */
export class PermanentJobError extends Error {
  constructor(message: string, readonly code: string | null = null) {
    super(message);
    this.name = 'PermanentJobError';
  }
}

export type JobPayload = Record<string, string | number>;

export type QueueDefinition<TPayload extends JobPayload = JobPayload> = {
  name: string;
  attempts: number;
  /** The first retry waits this long; each next one twice as long. */
  backoffMs: number;
  concurrency: number;
  handle(payload: TPayload, attempt: number): Promise<void>;
  /** Called once when the last attempt failed (or a PermanentJobError was thrown). */
  onGivenUp(payload: TPayload, error: Error): Promise<void>;
};

export type QueueCounts = { waiting: number; active: number; delayed: number; failed: number };

export interface JobQueues {
  readonly kind: 'bullmq' | 'memory';
  /** Adds a job; a job id that is already queued is ignored (so re-adding found work is harmless). */
  add(queue: string, jobId: string, payload: JobPayload): Promise<void>;
  /** Starts processing (workers); queues accept jobs before this. */
  startWorkers(): Promise<void>;
  counts(): Promise<Record<string, QueueCounts>>;
  /** Checks the backing store answers (Redis ping). */
  ping(): Promise<boolean>;
  /** Called each time the backing store answers again after an outage (never for the in-process queues). */
  onRecovered?(listener: () => void): () => void;
  close(): Promise<void>;
}

export const retryDelayMs = (backoffMs: number, attempt: number) => backoffMs * 2 ** Math.max(0, attempt - 1);
