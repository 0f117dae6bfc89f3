import { createLruCache } from '../lru-cache';

describe('createLruCache', () => {
  it('evicts the least recently used entry when full', () => {
    const cache = createLruCache<number>({ maxEntries: 2, ttlMs: 1000 });
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1);
    cache.set('c', 3);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    expect(cache.get('c')).toBe(3);
  });

  it('expires entries after their time to live', () => {
    let now = 0;
    const cache = createLruCache<string>({ maxEntries: 10, ttlMs: 100, now: () => now });
    cache.set('q', 'parsed');
    now = 99;
    expect(cache.get('q')).toBe('parsed');
    now = 200;
    expect(cache.get('q')).toBeUndefined();
    expect(cache.size).toBe(0);
  });
});
