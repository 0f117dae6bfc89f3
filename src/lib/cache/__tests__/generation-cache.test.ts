import { createGenerationCache, createSharedGeneration, type GenerationRedis } from '../generation-cache';

/** A fake Redis with the two commands a shared generation uses; `down` makes every command fail. */
const fakeRedis = () => {
  const keys = new Map<string, string>();
  const state = { down: false };
  const redis: GenerationRedis = {
    async run(command) {
      if (state.down) throw new Error('Redis is unavailable');
      return command({
        get: async (key) => keys.get(key) ?? null,
        incr: async (key) => {
          const next = Number(keys.get(key) ?? 0) + 1;
          keys.set(key, String(next));
          return next;
        },
      });
    },
  };
  return { redis, state };
};

const counting = () => {
  let loads = 0;
  return {
    load: async () => {
      loads += 1;
      return { value: loads };
    },
    get loads() {
      return loads;
    },
  };
};

describe('generation cache', () => {
  it('serves a value until the generation moves, then loads it again', async () => {
    const source = createSharedGeneration({ redis: null, key: 'g', onBumpFailed: () => undefined });
    const cache = createGenerationCache({ source });
    const loader = counting();
    expect(await cache.get('token', loader.load)).toEqual({ value: 1 });
    expect(await cache.get('token', loader.load)).toEqual({ value: 1 });
    await source.bump();
    expect(await cache.get('token', loader.load)).toEqual({ value: 2 });
    expect(loader.loads).toBe(2);
  });

  it('sees a change made on another instance at once (a shared Redis generation)', async () => {
    const { redis } = fakeRedis();
    const here = createSharedGeneration({ redis, key: 'g', onBumpFailed: () => undefined });
    const elsewhere = createSharedGeneration({ redis, key: 'g', onBumpFailed: () => undefined });
    const cache = createGenerationCache({ source: here });
    const loader = counting();
    await cache.get('community', loader.load);
    await cache.get('community', loader.load);
    expect(loader.loads).toBe(1);
    await elsewhere.bump();
    expect(await cache.get('community', loader.load)).toEqual({ value: 2 });
  });

  it('reads through while Redis cannot say whether anything changed, and keeps local changes when Redis refuses the bump', async () => {
    const { redis, state } = fakeRedis();
    const failures: string[] = [];
    const source = createSharedGeneration({ redis, key: 'g', onBumpFailed: (error) => failures.push(error.message) });
    const cache = createGenerationCache({ source });
    const loader = counting();
    await cache.get('token', loader.load);
    state.down = true;
    await cache.get('token', loader.load);
    await cache.get('token', loader.load);
    expect(loader.loads).toBe(3);
    await source.bump();
    expect(failures).toEqual(['Redis is unavailable']);
    state.down = false;
    // The bump never reached Redis, but this instance's own change still counts here.
    expect(await cache.get('token', loader.load)).toEqual({ value: 4 });
    expect(await cache.get('token', loader.load)).toEqual({ value: 4 });
  });

  it('does not keep what a load changed underneath it, nulls, or entries past their age', async () => {
    const source = createSharedGeneration({ redis: null, key: 'g', onBumpFailed: () => undefined });
    const cache = createGenerationCache({ source, maxAgeMs: 20 });
    let loads = 0;
    // A write lands while the value is being read: the value read must not outlive the write.
    await cache.get('racy', async () => {
      loads += 1;
      await source.bump();
      return 'before the write';
    });
    expect(await cache.get('racy', async () => `load ${++loads}`)).toBe('load 2');
    expect(await cache.get('racy', async () => `load ${++loads}`)).toBe('load 2');

    let nullLoads = 0;
    await cache.get('missing', async () => (nullLoads++, null));
    await cache.get('missing', async () => (nullLoads++, null));
    expect(nullLoads).toBe(2);

    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(await cache.get('racy', async () => `load ${++loads}`)).toBe('load 3');
  });

  it('holds at most maxEntries, dropping the oldest', async () => {
    const source = createSharedGeneration({ redis: null, key: 'g', onBumpFailed: () => undefined });
    const cache = createGenerationCache({ source, maxEntries: 2 });
    const loader = counting();
    await cache.get('a', loader.load);
    await cache.get('b', loader.load);
    await cache.get('c', loader.load);
    await cache.get('b', loader.load);
    expect(loader.loads).toBe(3);
    await cache.get('a', loader.load);
    expect(loader.loads).toBe(4);
  });
});
