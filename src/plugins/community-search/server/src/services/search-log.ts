import type { Core } from '@strapi/strapi';

import type { CommunitySearchConfig } from '../config/schema';
import { createSearchLogRepository } from '../repositories/search-log';
import { startPeriodicTask } from '@community-connect/kit';
import { PLUGIN_ID } from '../utils/plugin-id';

/** A minute after boot, so the first prune never competes with start-up work. */
const FIRST_PRUNE_DELAY_MS = 60_000;

/**
 * Retention for the search log: it holds what members typed, so it is kept only as long as the
 * community's analytics need (`searchLog.retentionDays`) and pruned on a timer.
 */
const searchLogService = ({ strapi }: { strapi: Core.Strapi }) => {
  let schedule: ReturnType<typeof startPeriodicTask> | null = null;
  const config = () => (strapi.config.get(`plugin::${PLUGIN_ID}`) as CommunitySearchConfig).searchLog;

  return {
    /** Deletes searches older than the configured retention; returns how many. */
    async prune(): Promise<number> {
      const deleted = await createSearchLogRepository(strapi.db.connection).pruneOlderThan(config().retentionDays);
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
