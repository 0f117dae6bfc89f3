import type { Core } from '@strapi/strapi';

import { createSearchIndexRepository } from '../repositories/search-index';
import { getService } from '../utils';
import { embeddingText, MEMBER_INDEX_FIELDS, toIndexRow, type MemberRecord } from './member-document';

const MEMBER_UID = 'api::member.member';
const BATCH_SIZE = 500;

export type ReindexProgress = { done: number; total: number };

/**
 * Keeps the search index in step with members. Saves only enqueue the member's id; the work runs
 * right after, in batches, so an admin's save is never held up by embedding.
 */
const indexerService = ({ strapi }: { strapi: Core.Strapi }) => {
  const pending = new Set<string>();
  let draining: Promise<void> | null = null;
  const listeners = new Set<(communityIds: number[]) => void>();

  const repository = () => createSearchIndexRepository(strapi.db.connection);

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

  const writeRows = async (rows: Awaited<ReturnType<typeof toRows>>) => {
    await repository().upsert(rows);
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
      } catch (error) {
        // Back on the queue; the next save or a reindex picks them up again.
        batch.forEach((documentId) => pending.add(documentId));
        strapi.log.error(`community-search: indexing ${batch.length} member(s) failed: ${(error as Error).message}`);
        return;
      }
    }
  };

  return {
    /** Queues members for (re)indexing; returns at once. */
    enqueue(documentIds: string[]) {
      documentIds.forEach((documentId) => pending.add(documentId));
      if (!draining) {
        draining = new Promise<void>((resolve) => setImmediate(resolve))
          .then(drain)
          .finally(() => {
            draining = null;
          });
      }
    },

    pendingCount() {
      return pending.size;
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
      }
      await repository().removeIndexedBefore(communityId ?? null, startedAt);
      // Saves and deletions during the rebuild may have been overwritten by rows read before them.
      await repository().removeOrphans(communityId ?? null);
      const changed = (await strapi.db.query(MEMBER_UID).findMany({
        select: ['documentId'],
        where: { ...scope, updatedAt: { $gte: startedAt } },
      })) as Array<{ documentId: string }>;
      if (changed.length > 0) this.enqueue(changed.map((member) => member.documentId));
      return { indexed: done };
    },
  };
};

export type IndexerService = ReturnType<typeof indexerService>;

export default indexerService;
