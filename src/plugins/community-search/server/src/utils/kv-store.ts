import type Redis from 'ioredis';

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

/** The part of the app's Redis connection (src/lib/redis) this store uses: commands go through its circuit. */
export type KvRedisConnection = {
  isOpen(): boolean;
  run<T>(command: (client: Redis) => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

/**
 * Redis through the app's circuit, falling back to this process while Redis is unavailable (the
 * connection fails at once then, and logs the outage): caches and follow-up sessions are a
 * convenience, so a search never waits on them.
 */
export const createRedisKvStore = (connection: KvRedisConnection, prefix: string): KvStore => {
  const memory = createMemoryKvStore();
  const attempt = async <T>(inRedis: (redis: Redis) => Promise<T>, inMemory: () => Promise<T>): Promise<T> => {
    if (connection.isOpen()) return inMemory();
    try {
      return await connection.run(inRedis);
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'REDIS_UNAVAILABLE') throw error;
      return inMemory();
    }
  };
  return {
    kind: 'redis',
    get: (key) =>
      attempt(
        (redis) => redis.get(prefix + key),
        () => memory.get(key)
      ),
    set: (key, value, ttlMs) =>
      attempt(
        async (redis) => {
          await redis.set(prefix + key, value, 'PX', ttlMs);
        },
        () => memory.set(key, value, ttlMs)
      ),
    increment: (key) =>
      attempt(
        async (redis) => {
          const [[incrementError, value]] = (await redis
            .multi()
            .incr(prefix + key)
            .pexpire(prefix + key, COUNTER_TTL_MS)
            .exec()) as Array<[Error | null, unknown]>;
          if (incrementError) throw incrementError;
          return Number(value);
        },
        () => memory.increment(key)
      ),
    async close() {
      await connection.close();
    },
  };
};

export const createKvStore = ({ connection, prefix }: { connection: KvRedisConnection | null; prefix: string }): KvStore =>
  connection ? createRedisKvStore(connection, prefix) : createMemoryKvStore();
