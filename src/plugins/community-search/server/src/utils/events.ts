import { AsyncLocalStorage } from 'node:async_hooks';

import type { Core } from '@strapi/strapi';

/**
 * `search.performed`, following the app's event conventions (docs/extending.md): ids and counts
 * only (never what was typed), `communityId` and `occurredAt` on every payload, delivered after the
 * search has answered, outside its request.
 */
export type SearchPerformedEvent = {
  communityId: number;
  occurredAt: string;
  channel: 'api' | 'whatsapp';
  /** The searching member, when a member searched (API tokens search as no one). */
  memberDocumentId: string | null;
  parser: string;
  total: number;
  returned: number;
  page: number;
  noCloseMatch: boolean;
  followUp: boolean;
  relaxed: string[];
  tookMs: number;
};

export type CommunitySearchEvents = { 'search.performed': SearchPerformedEvent };

const outsideRequests = AsyncLocalStorage.snapshot();

/** Emits without ever failing the caller: a listener that throws is logged and ignored. */
export const emitEvent = <TName extends keyof CommunitySearchEvents>(
  strapi: Core.Strapi,
  name: TName,
  input: Omit<CommunitySearchEvents[TName], 'occurredAt'>
) => {
  const warn = (error: unknown) => strapi.log.warn(`community-search: a listener of ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
  try {
    const payload = Object.freeze({ ...input, occurredAt: new Date().toISOString() });
    const deliver = () =>
      setImmediate(() =>
        outsideRequests(() => {
          Promise.resolve()
            .then(() => strapi.eventHub.emit(name, payload))
            .catch(warn);
        })
      );
    // Inside a transaction, nothing is announced until it commits.
    if (strapi.db?.inTransaction()) strapi.db.transaction(({ onCommit }) => void onCommit(deliver)).catch(warn);
    else deliver();
  } catch (error) {
    warn(error);
  }
};
