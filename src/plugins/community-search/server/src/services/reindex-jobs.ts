import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { getService } from '../utils';

/** Progress is kept a day after a job ends, so the panel can still say how the last one went. */
const PROGRESS_TTL_MS = 24 * 60 * 60_000;

export type ReindexJob = {
  scope: 'all' | number;
  state: 'running' | 'done' | 'failed';
  done: number;
  total: number | null;
  startedAt: string;
  finishedAt: string | null;
  startedBy: number | null;
  indexed: number | null;
  error: string | null;
};

const keyOf = (scope: 'all' | number) => `reindex:${scope}`;

/**
 * Reindex runs started from the admin panel: one at a time per instance, in the background, with
 * progress after every batch in the plugin's key-value store (Redis when configured, so any
 * instance can report a run another started).
 */
const reindexJobsService = ({ strapi }: { strapi: Core.Strapi }) => {
  let running: Promise<void> | null = null;
  let current: ReindexJob | null = null;

  const store = () => getService('kv').store();
  const write = async (job: ReindexJob) => {
    current = job;
    try {
      await store().set(keyOf(job.scope), JSON.stringify(job), PROGRESS_TTL_MS);
    } catch (error) {
      // Progress is a convenience: the rebuild itself goes on.
      strapi.log.warn(`community-search: reindex progress not saved: ${(error as Error).message}`);
    }
  };

  return {
    /** Starts rebuilding one community (or all); refused while another rebuild runs here. */
    async start(scope: 'all' | number, startedBy: number | null): Promise<ReindexJob> {
      if (running) {
        throw new errors.ApplicationError('A reindex is already running: wait for it to finish', { running: current });
      }
      const job: ReindexJob = {
        scope,
        state: 'running',
        done: 0,
        total: null,
        startedAt: new Date().toISOString(),
        finishedAt: null,
        startedBy,
        indexed: null,
        error: null,
      };
      await write(job);
      let last = job;
      const communityId = scope === 'all' ? undefined : scope;
      running = getService('indexer')
        .reindex({
          communityId,
          onProgress: ({ done, total }) => {
            last = { ...last, done, total };
            void write(last);
          },
        })
        .then(
          ({ indexed }) => write({ ...last, state: 'done', indexed, total: last.total ?? indexed, finishedAt: new Date().toISOString() }),
          (error: Error) => {
            strapi.log.error(`community-search: reindex of ${scope === 'all' ? 'all communities' : `community ${scope}`} failed: ${error.message}`);
            return write({ ...last, state: 'failed', error: error.message, finishedAt: new Date().toISOString() });
          }
        )
        .finally(() => {
          running = null;
        });
      return job;
    },

    /** The latest run for the scope, from any instance (null when none in the last day). */
    async status(scope: 'all' | number): Promise<ReindexJob | null> {
      if (current?.scope === scope) return current;
      try {
        const stored = await store().get(keyOf(scope));
        return stored ? (JSON.parse(stored) as ReindexJob) : null;
      } catch {
        return null;
      }
    },

    /** Resolves when the run in progress (if any) ends (tests, shutdown). */
    async settle() {
      await running;
    },
  };
};

export type ReindexJobsService = ReturnType<typeof reindexJobsService>;

export default reindexJobsService;
