/**
 * A generation number shared by every app instance: any change to what a cache holds bumps it, and
 * every read compares it, so a change made on one instance takes effect on all of them at once.
 */
export type GenerationSource = {
  /** The current generation, or null when it cannot be known (then nothing may be served from a cache). */
  current(): Promise<string | null>;
  bump(): Promise<void>;
};

export type GenerationCache = {
  /** The cached value for `key` while the generation stands still, else `load()`'s (null and undefined are never kept). */
  get<T>(key: string, load: () => Promise<T>): Promise<T>;
  clear(): void;
};

type Entry = { value: unknown; generation: string; expiresAt: number };

export type GenerationCacheOptions = {
  source: GenerationSource;
  /** A bound on staleness should a bump ever be missed (e.g. a write that bypassed the hooks). */
  maxAgeMs?: number;
  maxEntries?: number;
};

export const createGenerationCache = ({ source, maxAgeMs = 60_000, maxEntries = 10_000 }: GenerationCacheOptions): GenerationCache => {
  const entries = new Map<string, Entry>();
  return {
    async get<T>(key: string, load: () => Promise<T>): Promise<T> {
      const generation = await source.current();
      if (generation === null) return load();
      const entry = entries.get(key);
      if (entry && entry.generation === generation && entry.expiresAt > Date.now()) return entry.value as T;
      // Keyed on the generation read before the load: a change during the load is seen next time.
      const value = await load();
      if (value === null || value === undefined) {
        entries.delete(key);
        return value;
      }
      if (!entries.has(key) && entries.size >= maxEntries) {
        const oldest = entries.keys().next().value;
        if (oldest !== undefined) entries.delete(oldest);
      }
      entries.set(key, { value, generation, expiresAt: Date.now() + maxAgeMs });
      return value;
    },
    clear() {
      entries.clear();
    },
  };
};

/** The parts of a Redis connection a shared generation uses (see lib/redis/redis-connection). */
export type GenerationRedis = {
  run<T>(command: (client: { get(key: string): Promise<string | null>; incr(key: string): Promise<number> }) => Promise<T>): Promise<T>;
};

/**
 * In Redis when there is one (every instance reads the same counter on each lookup), else in this
 * process. A local counter is part of the value too, so a change made here takes effect here even
 * when Redis refuses the bump; while Redis cannot be read, the generation is unknown and caches
 * step aside (the database answers), rather than serve what another instance may have changed.
 */
export const createSharedGeneration = ({
  redis,
  key,
  onBumpFailed,
}: {
  redis: GenerationRedis | null;
  key: string;
  onBumpFailed: (error: Error) => void;
}): GenerationSource => {
  let local = 0;
  return {
    async current() {
      if (!redis) return String(local);
      try {
        const shared = await redis.run((client) => client.get(key));
        return `${shared ?? '0'}.${local}`;
      } catch {
        return null;
      }
    },
    async bump() {
      local += 1;
      if (!redis) return;
      try {
        await redis.run((client) => client.incr(key));
      } catch (error) {
        onBumpFailed(error as Error);
      }
    },
  };
};
