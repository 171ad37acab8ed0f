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

describe('LruCache bounded by weight', () => {
  it('drops the oldest entries until the weights fit, and keeps nothing heavier than the capacity', () => {
    const lru = new LruCache<string>(10, (v) => v.length);
    lru.set('a', 'xxxx'); // 4
    lru.set('b', 'yyyy'); // 8
    lru.set('c', 'zzzz'); // 12 > 10: a goes
    expect(lru.get('a')).toBeUndefined();
    expect(lru.weight).toBe(8);
    lru.set('big', 'x'.repeat(11));
    expect(lru.get('big')).toBeUndefined();
    expect(lru.weight).toBe(8);
    lru.set('b', 'y'); // replacing lowers the weight
    expect(lru.weight).toBe(5);
  });
});
