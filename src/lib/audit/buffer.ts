import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Runs a function outside whatever request or database transaction is current. Taken when this
 * module loads (at boot), so a flush scheduled from inside a request never joins that request's
 * transaction, which may be committed or rolled back by the time the flush runs.
 */
const outsideRequests = AsyncLocalStorage.snapshot();

export type BatchWriter<T> = (batch: T[]) => Promise<void>;

export type WriteBufferOptions<T> = {
  write: BatchWriter<T>;
  /** Told how many entries were lost and why; must not log the entries themselves. */
  onLoss: (count: number, reason: string) => void;
  /** How long the first entry waits for others to join its batch. */
  delayMs?: number;
  maxBatch?: number;
  /** Beyond this many waiting entries (the database down for long), the oldest are dropped. */
  maxPending?: number;
};

/**
 * An in-process buffer that writes entries in batches after the caller has moved on, so writing
 * them never slows or fails the operation that produced them.
 */
export class WriteBuffer<T> {
  private readonly pending: T[] = [];
  private timer: NodeJS.Timeout | undefined;
  private draining: Promise<void> | undefined;
  private readonly delayMs: number;
  private readonly maxBatch: number;
  private readonly maxPending: number;

  constructor(private readonly options: WriteBufferOptions<T>) {
    this.delayMs = options.delayMs ?? 25;
    this.maxBatch = options.maxBatch ?? 200;
    this.maxPending = options.maxPending ?? 10_000;
  }

  get size() {
    return this.pending.length;
  }

  push(entry: T) {
    this.pending.push(entry);
    if (this.pending.length > this.maxPending) {
      const dropped = this.pending.splice(0, this.pending.length - this.maxPending).length;
      this.options.onLoss(dropped, 'the buffer is full');
    }
    if (this.pending.length >= this.maxBatch) {
      this.startDrain();
    } else {
      this.schedule();
    }
  }

  /** Writes everything waiting, including entries added while it runs. */
  flush(): Promise<void> {
    return outsideRequests(async () => {
      do {
        await this.drain();
      } while (this.pending.length > 0);
    });
  }

  private schedule() {
    if (this.timer || this.draining) return;
    this.timer = setTimeout(() => this.startDrain(), this.delayMs);
    // Shutdown flushes explicitly; a pending timer must not keep the process alive.
    this.timer.unref();
  }

  private startDrain() {
    void outsideRequests(() => this.drain());
  }

  private drain(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    if (!this.draining) {
      this.draining = this.writeAll().finally(() => {
        this.draining = undefined;
        // An entry pushed while the last batch was finishing gets its own turn.
        if (this.pending.length > 0) this.schedule();
      });
    }
    return this.draining;
  }

  private async writeAll() {
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0, this.maxBatch);
      try {
        await this.options.write(batch);
      } catch (error) {
        await this.writeOneByOne(batch, error);
      }
    }
  }

  /** One bad entry must not take its whole batch down with it. */
  private async writeOneByOne(batch: T[], batchError: unknown) {
    let lost = 0;
    let reason = errorMessage(batchError);
    for (const entry of batch) {
      try {
        await this.options.write([entry]);
      } catch (error) {
        lost += 1;
        reason = errorMessage(error);
      }
    }
    if (lost > 0) this.options.onLoss(lost, reason);
  }
}

const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));
