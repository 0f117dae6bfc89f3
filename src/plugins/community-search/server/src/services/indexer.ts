import type { Core } from '@strapi/strapi';

import type { CommunitySearchConfig } from '../config/schema';
import { createSearchIndexRepository } from '../repositories/search-index';
import { getService } from '../utils';
import { hostOf } from '../utils/host';
import { PLUGIN_ID } from '../utils/plugin-id';
import { embeddingText, MEMBER_INDEX_FIELDS, toIndexRow, type MemberRecord } from './member-document';

const MEMBER_UID = 'api::member.member';
const BATCH_SIZE = 500;
/** A bulk load may rebuild the vector index while other communities hold at most this share of its rows. */
const BULK_OTHERS_MAX_SHARE = 0.25;
/** Smaller writes are not worth another connection. */
const MIN_ROWS_PER_WRITE = 50;
/** Queued ids looked up per statement when counting one community's share of the queue. */
const PENDING_LOOKUP_CHUNK = 1000;

export type ReindexProgress = { done: number; total: number };

/**
 * Keeps the search index in step with members. Saves only enqueue the member's id; the work runs
 * right after, in batches, so an admin's save is never held up by embedding.
 */
const indexerService = ({ strapi }: { strapi: Core.Strapi }) => {
  const pending = new Set<string>();
  let draining: Promise<void> | null = null;
  const listeners = new Set<(communityIds: number[]) => void>();
  /** Consecutive failed batches; reset by any batch that is written. */
  let failures = 0;
  let retryTimer: NodeJS.Timeout | null = null;
  let lastError: { message: string; at: Date; gaveUp: boolean } | null = null;

  const indexingConfig = () => (strapi.config.get(`plugin::${PLUGIN_ID}`) as CommunitySearchConfig).indexing;

  const repository = () => createSearchIndexRepository(strapi.db.connection, hostOf(strapi).tables());

  const loadMembers = async (where: Record<string, unknown>, limit = BATCH_SIZE) =>
    (await strapi.db.query(MEMBER_UID).findMany({
      select: MEMBER_INDEX_FIELDS,
      where,
      populate: { community: { select: ['id'] } },
      orderBy: { id: 'asc' },
      limit,
    })) as MemberRecord[];

  const toRows = async (members: MemberRecord[]) => {
    const embedder = getService('providers').embedder();
    const vectors = await embedder.embed(members.map(embeddingText));
    return members
      .map((member, i) => toIndexRow(member, vectors[i], embedder.model))
      .filter((row): row is NonNullable<typeof row> => row !== null);
  };

  /**
   * Writes a batch as `writeConcurrency` statements on as many connections: inserting into the
   * HNSW graph is most of the cost of indexing a member and a single statement uses one core.
   */
  const writeRows = async (rows: Awaited<ReturnType<typeof toRows>>) => {
    const parts = Math.max(1, Math.min(indexingConfig().writeConcurrency, Math.ceil(rows.length / MIN_ROWS_PER_WRITE)));
    const size = Math.ceil(rows.length / parts);
    await Promise.all(Array.from({ length: parts }, (_, i) => repository().upsert(rows.slice(i * size, (i + 1) * size))));
    const communities = [...new Set(rows.map((row) => row.communityId))];
    for (const listener of listeners) listener(communities);
  };

  const indexMembers = async (members: MemberRecord[]) => writeRows(await toRows(members));

  const drain = async () => {
    while (pending.size > 0) {
      const batch = [...pending].slice(0, BATCH_SIZE);
      // Taken off the queue before reading, so a save that lands meanwhile queues the member again.
      batch.forEach((documentId) => pending.delete(documentId));
      try {
        const members = await loadMembers({ documentId: { $in: batch } });
        const found = new Set(members.map((member) => member.documentId));
        const gone = batch.filter((documentId) => !found.has(documentId));
        if (members.length > 0) await indexMembers(members);
        if (gone.length > 0) {
          const communities = await repository().remove(gone);
          for (const listener of listeners) listener(communities);
        }
        failures = 0;
        lastError = null;
      } catch (error) {
        // Back on the queue (so /status counts them as pending) and retried with backoff: a
        // database restart or an embedding API hiccup should not wait for the next save.
        batch.forEach((documentId) => pending.add(documentId));
        failures += 1;
        const { retryAttempts, retryBaseDelayMs, retryMaxDelayMs } = indexingConfig();
        const message = (error as Error).message;
        if (failures < retryAttempts) {
          const delay = Math.min(retryMaxDelayMs, retryBaseDelayMs * 2 ** (failures - 1));
          lastError = { message, at: new Date(), gaveUp: false };
          strapi.log.warn(
            `community-search: indexing ${batch.length} member(s) failed (attempt ${failures} of ${retryAttempts}), retrying in ${delay} ms: ${message}`
          );
          scheduleRetry(delay);
        } else {
          lastError = { message, at: new Date(), gaveUp: true };
          strapi.log.error(
            `community-search: indexing ${batch.length} member(s) failed ${failures} times, giving up until the next save ` +
              `or \`npm run search:reindex\` (${pending.size} pending): ${message}`
          );
          // The next save (or reindex) starts a fresh round of attempts.
          failures = 0;
        }
        return;
      }
    }
  };

  const startDraining = () => {
    if (!draining) {
      draining = new Promise<void>((resolve) => setImmediate(resolve))
        .then(drain)
        .finally(() => {
          draining = null;
        });
    }
  };

  const scheduleRetry = (delayMs: number) => {
    if (retryTimer) clearTimeout(retryTimer);
    retryTimer = setTimeout(() => {
      retryTimer = null;
      startDraining();
    }, delayMs);
    // A pending retry must not keep a finished process (a script, a test run) alive.
    retryTimer.unref();
  };

  return {
    /** Queues members for (re)indexing; returns at once. */
    enqueue(documentIds: string[]) {
      documentIds.forEach((documentId) => pending.add(documentId));
      // A save while a retry waits runs the queue now; the backoff continues if it fails again.
      if (retryTimer) {
        clearTimeout(retryTimer);
        retryTimer = null;
      }
      startDraining();
    },

    pendingCount() {
      return pending.size;
    },

    /**
     * Queued members of one community. The queue holds document ids only (saves come from many
     * places that do not know the community), so they are looked up; a tenant sees its own backlog,
     * never the whole platform's.
     */
    async pendingCountIn(communityId: number) {
      const queued = [...pending];
      let count = 0;
      for (let start = 0; start < queued.length; start += PENDING_LOOKUP_CHUNK) {
        count += await strapi.db.query(MEMBER_UID).count({
          where: { community: { id: communityId }, documentId: { $in: queued.slice(start, start + PENDING_LOOKUP_CHUNK) } },
        });
      }
      return count;
    },

    /** The last failed batch while indexing is failing (null once a batch is written again). */
    lastFailure() {
      return lastError ? { ...lastError, retrying: retryTimer !== null } : null;
    },

    /** Cancels a scheduled retry (shutdown); queued members stay pending. */
    stopRetrying() {
      if (retryTimer) clearTimeout(retryTimer);
      retryTimer = null;
    },

    /** Resolves once queued work has been written (tests, shutdown, the reindex command). */
    async flush() {
      while (draining) await draining;
    },

    /** Called with the communities whose index rows changed, e.g. to drop cached vocabularies. */
    onIndexed(listener: (communityIds: number[]) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    /**
     * Whether a reindex should drop the HNSW index and build it once at the end: inserting into the
     * graph row by row is most of the cost of indexing, while one build is several times faster.
     * Only for the first load of a large community that will hold nearly all index rows, since
     * until the build ends the other communities' vector rankings fall back to slower scans (still
     * correct), and saves wait for the build.
     */
    async bulkLoadsVectors(communityId: number | undefined, members: number) {
      const { bulkVectorIndexMinMembers } = indexingConfig();
      if (communityId === undefined || members < bulkVectorIndexMinMembers) return false;
      const { own, total } = await repository().rowCounts(communityId);
      return own === 0 && total - own <= members * BULK_OTHERS_MAX_SHARE;
    },

    /** Rebuilds the index for one community (or all), reporting progress after each batch. */
    async reindex({ communityId, onProgress }: { communityId?: number; onProgress?: (progress: ReindexProgress) => void } = {}) {
      const scope = communityId === undefined ? {} : { community: { id: communityId } };
      const total = await strapi.db.query(MEMBER_UID).count({ where: scope });
      const startedAt = await repository().databaseNow();
      const batchAfter = async (lastId: number) => {
        const members = await loadMembers({ ...scope, id: { $gt: lastId } });
        return { members, rows: await toRows(members) };
      };
      let done = 0;
      const bulk = await this.bulkLoadsVectors(communityId, total);
      if (bulk) {
        strapi.log.info(`community-search: first load of ${total} members; building the vector index once at the end`);
        await repository().dropVectorIndex();
      }
      // Keyset pages, and the next page is read and embedded while this one is written.
      let next = batchAfter(0);
      try {
        for (;;) {
          const { members, rows } = await next;
          if (members.length === 0) break;
          next = batchAfter(members[members.length - 1].id);
          await writeRows(rows);
          done += members.length;
          onProgress?.({ done, total });
        }
      } finally {
        next.catch(() => undefined);
        // Also after a failure: searches need the index back even if the load stopped half-way.
        if (bulk) await repository().buildVectorIndex();
      }
      await repository().removeIndexedBefore(communityId ?? null, startedAt);
      if (done > 0) await repository().analyze();
      // Saves and deletions during the rebuild may have been overwritten by rows read before them.
      await repository().removeOrphans(communityId ?? null);
      const changed = (await strapi.db.query(MEMBER_UID).findMany({
        select: ['documentId'],
        where: { ...scope, updatedAt: { $gte: startedAt } },
      })) as Array<{ documentId: string }>;
      // Also runs what is still queued after failed attempts, now that indexing works again.
      this.enqueue(changed.map((member) => member.documentId));
      return { indexed: done };
    },
  };
};

export type IndexerService = ReturnType<typeof indexerService>;

export default indexerService;
