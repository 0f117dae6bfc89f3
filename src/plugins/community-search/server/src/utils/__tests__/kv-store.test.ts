import { randomBytes } from 'node:crypto';

import { createKvStore, createMemoryKvStore, type KvStore } from '../kv-store';

const stores: Array<[string, () => KvStore]> = [['memory', createMemoryKvStore]];
// CI runs the suite once with REDIS_URL set, so the Redis store is tested against a real server there.
if (process.env.REDIS_URL) {
  stores.push(['redis', () => createKvStore({ redisUrl: process.env.REDIS_URL, prefix: `test:${randomBytes(4).toString('hex')}:` })]);
}

describe.each(stores)('%s key-value store', (_kind, create) => {
  let store: KvStore;
  beforeEach(() => {
    store = create();
  });
  afterEach(async () => {
    await store.close();
  });

  it('stores values until they expire', async () => {
    await store.set('a', 'one', 150);
    expect(await store.get('a')).toBe('one');
    expect(await store.get('missing')).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(await store.get('a')).toBeNull();
  });

  it('counts', async () => {
    expect(await store.increment('generation')).toBe(1);
    expect(await store.increment('generation')).toBe(2);
  });
});

describe('createKvStore', () => {
  it('falls back to memory without a Redis URL', async () => {
    const store = createKvStore({ prefix: 'x:' });
    expect(store.kind).toBe('memory');
    await store.close();
  });
});
