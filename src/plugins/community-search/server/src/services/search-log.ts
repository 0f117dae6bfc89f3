import { startPeriodicTask } from '@community-connect/kit';
import type { Core } from '@strapi/strapi';

import type { CommunitySearchConfig } from '../config/schema';
import { createSearchLogRepository, type SearchLogEntry } from '../repositories/search-log';
import { PLUGIN_ID } from '../utils/plugin-id';

/** A minute after boot, so the first prune never competes with start-up work. */
const FIRST_PRUNE_DELAY_MS = 60_000;
/** Searches are written together: one insert per this long (or per BATCH_ROWS), not one per search. */
const FLUSH_AFTER_MS = 250;
const BATCH_ROWS = 200;

/**
 * The search log: searches are queued and written in batches after the response has gone (a
 * failed write never fails a search), flushed before anything reads the log here and when the app
 * stops. It holds what members typed, so it is kept only as long as the community's analytics
 * need (`searchLog.retentionDays`) and pruned on a timer.
 */
const searchLogService = ({ strapi }: { strapi: Core.Strapi }) => {
  let schedule: ReturnType<typeof startPeriodicTask> | null = null;
  const config = () => (strapi.config.get(`plugin::${PLUGIN_ID}`) as CommunitySearchConfig).searchLog;
  const repository = () => createSearchLogRepository(strapi.db.connection);
  const queued: SearchLogEntry[] = [];
  let timer: NodeJS.Timeout | undefined;
  /** Writes run one after another, so a flush returns only once everything queued before it is written. */
  let writes: Promise<void> = Promise.resolve();

  const writeQueued = async () => {
    while (queued.length > 0) {
      const batch = queued.splice(0, BATCH_ROWS);
      try {
        await repository().insertMany(batch);
      } catch (batchError) {
        // One bad row must not take the others down with it.
        let lost = 0;
        let reason = (batchError as Error).message;
        for (const entry of batch) {
          await repository()
            .insertMany([entry])
            .catch((error: Error) => {
              lost += 1;
              reason = error.message;
            });
        }
        // What members typed stays out of the log line: only how many, and why.
        if (lost > 0) strapi.log.warn(`community-search: ${lost} search log entr${lost === 1 ? 'y' : 'ies'} could not be written: ${reason}`);
      }
    }
  };

  const flush = (): Promise<void> => {
    clearTimeout(timer);
    timer = undefined;
    writes = writes.then(writeQueued);
    return writes;
  };

  return {
    /** Queues one search for the log; returns at once. */
    record(entry: SearchLogEntry) {
      queued.push(entry);
      if (queued.length >= BATCH_ROWS) {
        void flush();
      } else if (!timer) {
        timer = setTimeout(() => void flush(), FLUSH_AFTER_MS);
        // Shutdown flushes explicitly: a pending timer must not keep the process alive.
        timer.unref();
      }
    },

    /** Writes every queued search (before reading the log, and at shutdown). */
    flush,

    /** Deletes searches older than the configured retention; returns how many. */
    async prune(): Promise<number> {
      const deleted = await repository().pruneOlderThan(config().retentionDays);
      if (deleted > 0) strapi.log.info(`community-search: pruned ${deleted} search log entr${deleted === 1 ? 'y' : 'ies'}`);
      return deleted;
    },

    startPruning() {
      if (schedule) return;
      schedule = startPeriodicTask(() => this.prune(), {
        intervalMs: config().pruneIntervalMinutes * 60_000,
        firstRunMs: FIRST_PRUNE_DELAY_MS,
        onError: (error) => strapi.log.warn(`community-search: search log prune failed: ${error.message}`),
      });
    },

    async stopPruning() {
      const running = schedule;
      schedule = null;
      await running?.stop();
    },

    isPruning() {
      return schedule !== null;
    },
  };
};

export type SearchLogService = ReturnType<typeof searchLogService>;

export default searchLogService;
