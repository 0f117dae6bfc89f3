/**
 * Runs `task` after `firstRunMs`, then `intervalMs` after each run ends (runs never overlap), on
 * timers that do not keep the process alive. A failed run is reported and the schedule goes on.
 */
export const startPeriodicTask = (
  task: () => Promise<unknown>,
  { intervalMs, firstRunMs = intervalMs, onError }: { intervalMs: number; firstRunMs?: number; onError: (error: Error) => void }
) => {
  let stopped = false;
  let running: Promise<void> | null = null;
  let timer: NodeJS.Timeout | undefined;

  const schedule = (delayMs: number) => {
    timer = setTimeout(() => {
      running = Promise.resolve()
        .then(task)
        .then(
          () => undefined,
          (error: unknown) => onError(error instanceof Error ? error : new Error(String(error)))
        )
        .finally(() => {
          running = null;
          if (!stopped) schedule(intervalMs);
        });
    }, delayMs);
    timer.unref();
  };
  schedule(firstRunMs);

  return {
    /** Stops the schedule and waits for a run in progress, so none outlives the database. */
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
};

export type PeriodicTask = ReturnType<typeof startPeriodicTask>;
