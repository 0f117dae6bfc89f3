import { randomUUID } from 'node:crypto';

import { openRedisConnection } from '../../redis/redis-connection';
import { createMemoryStore, createRedisStore, type KeyValueStore } from '../key-value-store';

const silent = { info: () => undefined, warn: () => undefined };
const stores: Array<[string, () => Promise<KeyValueStore>]> = [['memory', async () => createMemoryStore()]];
if (process.env.REDIS_URL) {
  const url = process.env.REDIS_URL;
  stores.push([
    'redis',
    async () => {
      const connection = openRedisConnection({ url, name: 'test', log: silent, commandTimeoutMs: 1000 });
      await connection.whenReady(5000);
      return createRedisStore(connection, `cc-test:${randomUUID()}:`);
    },
  ]);
}

describe.each(stores)('%s key-value store', (_kind, create) => {
  let store: KeyValueStore;
  beforeEach(async () => {
    store = await create();
  });
  afterEach(() => store.close());

  it('stores values with an expiry', async () => {
    await store.set('a', 'value', 60);
    await expect(store.get('a')).resolves.toBe('value');
    const ttl = await store.ttlSeconds('a');
    expect(ttl).toBeGreaterThan(55);
    expect(ttl).toBeLessThanOrEqual(60);
    await expect(store.get('missing')).resolves.toBeNull();
    await expect(store.ttlSeconds('missing')).resolves.toBeNull();
  });

  it('lets exactly one caller take a value', async () => {
    await store.set('once', '1', 60);
    const results = await Promise.all([store.take('once'), store.take('once'), store.take('once')]);
    expect(results.filter(Boolean)).toHaveLength(1);
    await expect(store.get('once')).resolves.toBeNull();
  });

  it('lets exactly one caller claim a key until it expires or is released', async () => {
    const claims = await Promise.all([store.claim('lock', 60), store.claim('lock', 60), store.claim('lock', 60)]);
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await store.take('lock')).toBe(true);
    expect(await store.claim('lock', 60)).toBe(true);
  });

  it('counts atomically and keeps the first expiry', async () => {
    const counts = await Promise.all(Array.from({ length: 10 }, () => store.increment('counter', 120)));
    expect([...counts].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    await store.increment('counter', 5);
    expect(await store.ttlSeconds('counter')).toBeGreaterThan(100);
  });
});
