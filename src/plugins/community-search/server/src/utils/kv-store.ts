import Redis from 'ioredis';

import { createLruCache } from './lru-cache';

/** A small key-value store with expiry: Redis when configured (shared by every app instance), else in-process. */
export interface KvStore {
  readonly kind: 'redis' | 'memory';
  get(key: string): Promise<string | null>;
  set(key: string, value: string, ttlMs: number): Promise<void>;
  /** Adds one to a counter (creating it at 1) and returns the new value. */
  increment(key: string): Promise<number>;
  close(): Promise<void>;
}

const MEMORY_MAX_ENTRIES = 50_000;
/** Counters (cache generations) outlive cached values, so an old generation is never reused. */
const COUNTER_TTL_MS = 7 * 24 * 60 * 60_000;

export const createMemoryKvStore = (): KvStore => {
  const entries = createLruCache<{ value: string; expiresAt: number }>({ maxEntries: MEMORY_MAX_ENTRIES, ttlMs: COUNTER_TTL_MS });
  // Counters are few (one per community) and must never be evicted, or an old generation returns.
  const counters = new Map<string, number>();
  const read = (key: string) => {
    const entry = entries.get(key);
    return entry && entry.expiresAt > Date.now() ? entry : undefined;
  };
  return {
    kind: 'memory',
    async get(key) {
      const counter = counters.get(key);
      return counter !== undefined ? String(counter) : (read(key)?.value ?? null);
    },
    async set(key, value, ttlMs) {
      entries.set(key, { value, expiresAt: Date.now() + ttlMs });
    },
    async increment(key) {
      const next = (counters.get(key) ?? 0) + 1;
      counters.set(key, next);
      return next;
    },
    async close() {},
  };
};

export const createRedisKvStore = (url: string, prefix: string): KvStore => {
  const redis = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 2, enableOfflineQueue: true });
  // Without a listener ioredis reports connection errors as unhandled; callers see failed commands instead.
  redis.on('error', () => undefined);
  return {
    kind: 'redis',
    get: (key) => redis.get(prefix + key),
    async set(key, value, ttlMs) {
      await redis.set(prefix + key, value, 'PX', ttlMs);
    },
    async increment(key) {
      const [[incrementError, value]] = (await redis
        .multi()
        .incr(prefix + key)
        .pexpire(prefix + key, COUNTER_TTL_MS)
        .exec()) as Array<[Error | null, unknown]>;
      if (incrementError) throw incrementError;
      return Number(value);
    },
    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
};

export const createKvStore = ({ redisUrl, prefix }: { redisUrl?: string; prefix: string }): KvStore =>
  redisUrl ? createRedisKvStore(redisUrl, prefix) : createMemoryKvStore();
