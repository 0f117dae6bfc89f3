import type { Core } from '@strapi/strapi';

import { createLruCache } from '../utils/lru-cache';
import type { ParsedQuery } from './query-parser/types';

export const SESSION_TTL_MS = 30 * 60_000;
export const SESSION_HISTORY = 5;

export type SessionEntry = { text: string; parsed: ParsedQuery; at: number };

/**
 * Conversation memory for follow-up questions: the last five searches of a session, for 30
 * minutes. Sessions are keyed by community and caller as well as the session id, so one caller
 * can never continue another's session.
 */
const searchSessionsService = (_context: { strapi: Core.Strapi }) => {
  const sessions = createLruCache<SessionEntry[]>({ maxEntries: 50_000, ttlMs: SESSION_TTL_MS });

  const key = (communityId: number, callerId: string, sessionId: string) => `${communityId}:${callerId}:${sessionId}`;

  return {
    history(communityId: number, callerId: string, sessionId: string): SessionEntry[] {
      return sessions.get(key(communityId, callerId, sessionId)) ?? [];
    },

    remember(communityId: number, callerId: string, sessionId: string, entry: SessionEntry) {
      const history = [...this.history(communityId, callerId, sessionId), entry].slice(-SESSION_HISTORY);
      sessions.set(key(communityId, callerId, sessionId), history);
    },
  };
};

export type SearchSessionsService = ReturnType<typeof searchSessionsService>;

export default searchSessionsService;
