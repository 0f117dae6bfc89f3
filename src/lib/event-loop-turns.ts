import { performance } from 'node:perf_hooks';

/** Work done between two turns for the event loop: other requests wait at most about this long. */
export const DEFAULT_SLICE_MS = 10;

/**
 * For long synchronous loops (validating a 100,000-row import): `maybeYield()` gives the event
 * loop a turn once the current slice of work has taken `sliceMs`, so other requests are served in
 * between. Counting rows instead would not do: a row costs from microseconds to a millisecond,
 * depending on its size and on how busy the machine is.
 */
export const createEventLoopTurns = (sliceMs = DEFAULT_SLICE_MS) => {
  let sliceStartedAt = performance.now();
  return {
    /** True when the slice is used up (then await `turn()`). Cheap enough to ask on every row. */
    due: () => performance.now() - sliceStartedAt >= sliceMs,
    async turn() {
      await new Promise<void>((resolve) => setImmediate(resolve));
      sliceStartedAt = performance.now();
    },
    async maybeYield() {
      if (performance.now() - sliceStartedAt >= sliceMs) await this.turn();
    },
  };
};
