import { LruCache } from '@wk/api/core';

describe('LruCache (the view cache store)', () => {
  it('keeps at most its capacity, dropping the least recently used entry', () => {
    const lru = new LruCache<number>(2);
    lru.set('a', 1);
    lru.set('b', 2);
    expect(lru.get('a')).toBe(1); // a is now the most recent
    lru.set('c', 3); // drops b
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')).toBe(1);
    expect(lru.get('c')).toBe(3);
    expect(lru.size).toBe(2);
  });

  it('replaces the value of an existing key without growing', () => {
    const lru = new LruCache<number>(2);
    lru.set('a', 1);
    lru.set('a', 2);
    expect(lru.size).toBe(1);
    expect(lru.get('a')).toBe(2);
  });

  it('keeps nothing with capacity 0 (the cache switched off)', () => {
    const lru = new LruCache<number>(0);
    lru.set('a', 1);
    expect(lru.get('a')).toBeUndefined();
    expect(lru.size).toBe(0);
  });
});
