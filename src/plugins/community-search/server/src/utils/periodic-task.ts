/**
 * Runs `task` once after `firstRunMs`, then `intervalMs` after each run ends, so runs never
 * overlap, on timers that do not keep the process alive. A failing run is reported and the
 * schedule goes on.
 */
export const startPeriodicTask = (
  task: () => Promise<unknown>,
  { intervalMs, firstRunMs = intervalMs, onError }: { intervalMs: number; firstRunMs?: number; onError: (error: Error) => void }
) => {
  let stopped = false;
  let running: Promise<void> | null = null;
  let timer: NodeJS.Timeout;

  const schedule = (delayMs: number) => {
    timer = setTimeout(() => {
      running = task()
        .then(() => undefined, (error: Error) => onError(error))
        .finally(() => {
          running = null;
          if (!stopped) schedule(intervalMs);
        });
    }, delayMs);
    timer.unref();
  };
  schedule(firstRunMs);

  return {
    /** Stops the schedule and waits for a run in progress, so it never outlives the database. */
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
};
