import Redis from 'ioredis';

/**
 * Short-lived security state (OTP codes, attempt counters, lockouts): Redis when configured, so
 * every app instance sees the same state, else in this process. Unlike the search caches this is
 * not best-effort: a Redis failure surfaces as an error instead of silently weakening a limit.
 */
export interface KeyValueStore {
  readonly kind: 'redis' | 'memory';
  /** The Redis connection, for libraries that keep their own keys (rate limiters); null in memory mode. */
  readonly redis: Redis | null;
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

export const createRedisStore = (url: string, prefix: string): KeyValueStore => {
  const redis = new Redis(url, { maxRetriesPerRequest: 2 });
  // Without a listener ioredis reports connection errors as unhandled; callers see failed commands instead.
  redis.on('error', () => undefined);
  return {
    kind: 'redis',
    redis,
    get: (key) => redis.get(prefix + key),
    async set(key, value, ttlSeconds) {
      await redis.set(prefix + key, value, 'EX', ttlSeconds);
    },
    async claim(key, ttlSeconds) {
      return (await redis.set(prefix + key, '1', 'EX', ttlSeconds, 'NX')) === 'OK';
    },
    async take(key) {
      return (await redis.del(prefix + key)) === 1;
    },
    async increment(key, ttlSeconds) {
      // SET NX creates the counter with its expiry only once (EXPIRE NX would need Redis 7).
      const results =
        (await redis.multi().set(prefix + key, '0', 'EX', ttlSeconds, 'NX').incr(prefix + key).exec()) ?? [];
      const [incrementError, value] = results[1] ?? [new Error('Redis transaction was aborted'), null];
      if (incrementError) throw incrementError;
      return Number(value);
    },
    async ttlSeconds(key) {
      const ttl = await redis.ttl(prefix + key);
      return ttl > 0 ? ttl : null;
    },
    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
};
