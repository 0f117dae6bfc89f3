import { randomBytes } from 'node:crypto';

import Redis from 'ioredis';

import { createKvStore, createMemoryKvStore, type KvRedisConnection, type KvStore } from '../kv-store';

/** The app's connection (src/lib/redis, tested there) reduced to what the store uses. */
const connectionTo = (client: Redis): KvRedisConnection => ({
  isOpen: () => client.status !== 'ready',
  run: (command) => command(client),
  close: async () => client.disconnect(),
});

const unavailable = Object.assign(new Error('Redis (test) is unavailable'), { code: 'REDIS_UNAVAILABLE' });
const stores: Array<[string, () => Promise<KvStore>]> = [['memory', async () => createMemoryKvStore()]];
// CI runs the suite once with REDIS_URL set, so the Redis store is tested against a real server there.
if (process.env.REDIS_URL) {
  const url = process.env.REDIS_URL;
  stores.push([
    'redis',
    async () => {
      const client = new Redis(url);
      await new Promise((resolve) => client.once('ready', resolve));
      return createKvStore({ connection: connectionTo(client), prefix: `test:${randomBytes(4).toString('hex')}:` });
    },
  ]);
}

describe.each(stores)('%s key-value store', (_kind, create) => {
  let store: KvStore;
  beforeEach(async () => {
    store = await create();
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
    const store = createKvStore({ connection: null, prefix: 'x:' });
    expect(store.kind).toBe('memory');
    await store.close();
  });
});

describe('Redis store while Redis is unavailable', () => {
  it.each([
    ['the circuit is open', { isOpen: () => true, run: () => Promise.reject(new Error('must not be called')) }],
    ['a command finds Redis gone', { isOpen: () => false, run: () => Promise.reject(unavailable) }],
  ])('answers from this process when %s', async (_case, state) => {
    let closed = false;
    const store = createKvStore({ connection: { ...state, close: async () => void (closed = true) }, prefix: 'down:' });
    expect(store.kind).toBe('redis');
    await store.set('session', 'history', 60_000);
    expect(await store.get('session')).toBe('history');
    expect(await store.get('missing')).toBeNull();
    expect(await store.increment('generation')).toBe(1);
    expect(await store.increment('generation')).toBe(2);
    await store.close();
    expect(closed).toBe(true);
  });

  it('passes on errors that are not about reaching Redis (they are bugs, not outages)', async () => {
    const store = createKvStore({ connection: { isOpen: () => false, run: () => Promise.reject(new Error('WRONGTYPE')), close: async () => undefined }, prefix: 'x:' });
    await expect(store.get('key')).rejects.toThrow('WRONGTYPE');
  });
});
