import type { Core } from '@strapi/strapi';

import { getService } from '../utils';
import type { ParsedQuery } from './query-parser/types';

export const SESSION_TTL_MS = 30 * 60_000;
export const SESSION_HISTORY = 5;

export type SessionEntry = { text: string; parsed: ParsedQuery; at: number };

/**
 * Conversation memory for follow-up questions: the last five searches of a session, for 30
 * minutes, in Redis when configured (so the API and the WhatsApp worker share it). Sessions are
 * keyed by community and caller as well as the session id, so one caller can never continue
 * another's session.
 */
const searchSessionsService = (_context: { strapi: Core.Strapi }) => {
  const key = (communityId: number, callerId: string, sessionId: string) => `session:${communityId}:${callerId}:${sessionId}`;

  return {
    async history(communityId: number, callerId: string, sessionId: string): Promise<SessionEntry[]> {
      const stored = await getService('kv').store().get(key(communityId, callerId, sessionId));
      if (!stored) return [];
      try {
        const entries = JSON.parse(stored) as unknown;
        return Array.isArray(entries) ? (entries as SessionEntry[]) : [];
      } catch {
        return [];
      }
    },

    async remember(communityId: number, callerId: string, sessionId: string, entry: SessionEntry) {
      const history = [...(await this.history(communityId, callerId, sessionId)), entry].slice(-SESSION_HISTORY);
      await getService('kv').store().set(key(communityId, callerId, sessionId), JSON.stringify(history), SESSION_TTL_MS);
    },
  };
};

export type SearchSessionsService = ReturnType<typeof searchSessionsService>;

export default searchSessionsService;
