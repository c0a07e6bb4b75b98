// The search engine's caches keep an answer only once it is asked for again, and drop the least recently used.
import { describe, expect, it } from 'vitest';
import { RepeatCache } from '../../server/platform/search/embedded/repeat-cache';

describe('repeat cache', () => {
  it('keeps a value from the second time its key is offered', () => {
    const cache = new RepeatCache<string>(2);
    cache.offer('a', 'first');
    expect(cache.get('a')).toBeUndefined();
    cache.offer('a', 'second');
    expect(cache.get('a')).toBe('second');
  });

  it('drops the least recently used value when full', () => {
    const cache = new RepeatCache<number>(2);
    for (const key of ['a', 'b', 'a', 'b']) cache.offer(key, key.charCodeAt(0));
    expect(cache.get('a')).toBe(97);
    for (const key of ['c', 'c']) cache.offer(key, 99);
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([97, undefined, 99]);
  });

  it('keeps null answers, and after a clear still counts keys asked for once', () => {
    const cache = new RepeatCache<null>(2);
    cache.offer('nothing', null);
    cache.offer('nothing', null);
    expect(cache.get('nothing')).toBeNull();
    cache.offer('once', null);
    cache.clear();
    expect(cache.get('nothing')).toBeUndefined();
    cache.offer('once', null);
    expect(cache.get('once')).toBeNull();
  });
});
