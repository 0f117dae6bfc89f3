import type { HostStore } from '../services/host';

/** What the bot remembers of one member's conversation, for 30 minutes after their last message. */
export type ConversationState = {
  /** The page of results on screen, so "2" and "connect me with 2" know who is meant. */
  results?: { text: string; page: number; pageSize: number; total: number; documentIds: string[] };
  /** A question the bot asked and is waiting for the answer to. */
  awaiting?: { kind: 'update-confirmation'; token: string; requiresCode: boolean } | { kind: 'verification-code' };
  /** The last change made through the bot, for "undo". */
  undoToken?: string;
  /** The member's last few questions (newest last), the context follow-ups refine. */
  recentQueries: string[];
  /** What registered commands remember, by command name. */
  extensions?: Record<string, unknown>;
};

const key = (communityId: number, memberId: number) => `wa:conversation:${communityId}:${memberId}`;

export const loadState = async (store: HostStore, communityId: number, memberId: number): Promise<ConversationState> => {
  const raw = await store.get(key(communityId, memberId));
  if (!raw) return { recentQueries: [] };
  try {
    const parsed = JSON.parse(raw) as ConversationState;
    return { ...parsed, recentQueries: Array.isArray(parsed.recentQueries) ? parsed.recentQueries : [] };
  } catch {
    return { recentQueries: [] };
  }
};

export const saveState = (store: HostStore, communityId: number, memberId: number, state: ConversationState, ttlMinutes: number) =>
  store.set(key(communityId, memberId), JSON.stringify(state), ttlMinutes * 60);

export const clearState = (store: HostStore, communityId: number, memberId: number) => store.take(key(communityId, memberId));

/** Conversations whose state is alive count as active; the store is the one place that knows. */
export const conversationKey = key;
