import { isRedisUnavailableError, type RedisConnection } from '../redis/redis-connection';

/**
 * Short-lived security state (OTP codes, attempt counters, lockouts): Redis when configured, so
 * every app instance sees the same state, else in this process. Unlike the search caches this is
 * not best-effort: a Redis failure is never silent (see withInProcessFallback).
 */
export interface KeyValueStore {
  readonly kind: 'redis' | 'memory';
  /** The Redis connection, for libraries that keep their own keys (rate limiters); null in memory mode. */
  readonly redis: RedisConnection | null;
  get(key: string): Promise<string | null>;
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
  /** Sets the key only if it is absent and says whether this call set it (a lock with an expiry). */
  claim(key: string, ttlSeconds: number): Promise<boolean>;
  /** Removes the key and says whether this call removed it, so only one caller can consume a value. */
  take(key: string): Promise<boolean>;
  /** Adds one and returns the new count; the expiry is set when the counter is created. */
  increment(key: string, ttlSeconds: number): Promise<number>;
  /** Seconds until the key expires, or null when it does not exist. */
  ttlSeconds(key: string): Promise<number | null>;
  close(): Promise<void>;
}

type MemoryEntry = { value: string; expiresAt: number };

const SWEEP_INTERVAL_MS = 60_000;

export const createMemoryStore = (): KeyValueStore => {
  const entries = new Map<string, MemoryEntry>();
  const live = (key: string): MemoryEntry | undefined => {
    const entry = entries.get(key);
    if (entry && entry.expiresAt <= Date.now()) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  };
  const sweep = setInterval(() => {
    const now = Date.now();
    for (const [key, entry] of entries) if (entry.expiresAt <= now) entries.delete(key);
  }, SWEEP_INTERVAL_MS);
  sweep.unref();

  return {
    kind: 'memory',
    redis: null,
    async get(key) {
      return live(key)?.value ?? null;
    },
    async set(key, value, ttlSeconds) {
      entries.set(key, { value, expiresAt: Date.now() + ttlSeconds * 1000 });
    },
    async claim(key, ttlSeconds) {
      if (live(key) !== undefined) return false;
      entries.set(key, { value: '1', expiresAt: Date.now() + ttlSeconds * 1000 });
      return true;
    },
    async take(key) {
      return live(key) !== undefined && entries.delete(key);
    },
    async increment(key, ttlSeconds) {
      const entry = live(key);
      const next = entry ? Number(entry.value) + 1 : 1;
      entries.set(key, { value: String(next), expiresAt: entry?.expiresAt ?? Date.now() + ttlSeconds * 1000 });
      return next;
    },
    async ttlSeconds(key) {
      const entry = live(key);
      return entry ? Math.max(1, Math.ceil((entry.expiresAt - Date.now()) / 1000)) : null;
    },
    async close() {
      clearInterval(sweep);
      entries.clear();
    },
  };
};

/** Keys in Redis through the circuit of `connection`: calls fail at once (RedisUnavailableError) while Redis is away. */
export const createRedisStore = (connection: RedisConnection, prefix: string): KeyValueStore => ({
  kind: 'redis',
  redis: connection,
  get: (key) => connection.run((redis) => redis.get(prefix + key)),
  async set(key, value, ttlSeconds) {
    await connection.run((redis) => redis.set(prefix + key, value, 'EX', ttlSeconds));
  },
  async claim(key, ttlSeconds) {
    return (await connection.run((redis) => redis.set(prefix + key, '1', 'EX', ttlSeconds, 'NX'))) === 'OK';
  },
  async take(key) {
    return (await connection.run((redis) => redis.del(prefix + key))) === 1;
  },
  async increment(key, ttlSeconds) {
    // SET NX creates the counter with its expiry only once (EXPIRE NX would need Redis 7).
    const results = (await connection.run((redis) => redis.multi().set(prefix + key, '0', 'EX', ttlSeconds, 'NX').incr(prefix + key).exec())) ?? [];
    const [incrementError, value] = results[1] ?? [new Error('Redis transaction was aborted'), null];
    if (incrementError) throw incrementError;
    return Number(value);
  },
  async ttlSeconds(key) {
    const ttl = await connection.run((redis) => redis.ttl(prefix + key));
    return ttl > 0 ? ttl : null;
  },
  close: () => connection.close(),
});

/**
 * Redis, and this process while Redis is unavailable: OTP codes, attempt counters, lockouts and
 * locks then live here (one instance's view, and lost when Redis returns: a code sent during the
 * outage must be asked for again, a lockout from before it is not seen). Weaker, so never silent:
 * each switch to the in-process store is logged. Codes and counters from before the outage are
 * not readable, which fails closed (a code cannot be verified), never open.
 */
export const withInProcessFallback = (redisStore: KeyValueStore, log: { warn(message: string): void }): KeyValueStore => {
  const memory = createMemoryStore();
  let usingMemory = false;
  const attempt = async <T>(operation: (store: KeyValueStore) => Promise<T>): Promise<T> => {
    try {
      const result = await operation(redisStore);
      usingMemory = false;
      return result;
    } catch (error) {
      if (!isRedisUnavailableError(error)) throw error;
      if (!usingMemory) {
        usingMemory = true;
        log.warn('security store: Redis is unavailable; OTP codes, attempt counters, lockouts and locks are kept in this process until it answers');
      }
      return operation(memory);
    }
  };
  return {
    kind: redisStore.kind,
    redis: redisStore.redis,
    get: (key) => attempt((store) => store.get(key)),
    set: (key, value, ttlSeconds) => attempt((store) => store.set(key, value, ttlSeconds)),
    claim: (key, ttlSeconds) => attempt((store) => store.claim(key, ttlSeconds)),
    take: (key) => attempt((store) => store.take(key)),
    increment: (key, ttlSeconds) => attempt((store) => store.increment(key, ttlSeconds)),
    ttlSeconds: (key) => attempt((store) => store.ttlSeconds(key)),
    async close() {
      await Promise.all([redisStore.close(), memory.close()]);
    },
  };
};
