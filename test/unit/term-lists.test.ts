// The postings arena on its own: many lists growing in turn keep their own entries, in order, however often
// the arena is packed and lists move; sweeping rewrites entries and drops emptied lists.
import { describe, expect, it } from 'vitest';
import { TermLists } from '../../server/platform/search/embedded/term-lists';

const entries = (lists: TermLists, list: number) =>
  [...lists.data.subarray(lists.offset(list), lists.offset(list) + lists.size(list))];

describe('term lists', () => {
  it('keeps each list whole and in order while lists grow in turn and the arena is packed', () => {
    const lists = new TermLists();
    const expected: number[][] = [];
    for (let t = 0; t < 50; t++) {
      expect(lists.create()).toBe(t);
      expected.push([]);
    }
    // Uneven growth (list t gets an entry every (t % 7) + 1 rounds), far past the arena's first 1,024 entries.
    for (let round = 0; round < 2_000; round++) {
      for (let t = 0; t < 50; t++) {
        if (round % ((t % 7) + 1) !== 0) continue;
        const entry = t * 100_000 + round;
        lists.append(t, entry);
        expected[t]!.push(entry);
      }
    }
    for (let t = 0; t < 50; t++) expect(entries(lists, t)).toEqual(expected[t]);
    lists.pack();
    lists.append(3, 42);
    expected[3]!.push(42);
    for (let t = 0; t < 50; t++) expect(entries(lists, t)).toEqual(expected[t]);
  });

  it('rewrites entries, and packing in a given order renumbers the lists and drops the rest', () => {
    const lists = new TermLists();
    for (let t = 0; t < 3; t++) lists.create();
    [1, 2, 3, 4].forEach((e) => lists.append(0, e));
    [5, 6].forEach((e) => lists.append(1, e));
    [7, 8, 9].forEach((e) => lists.append(2, e));
    lists.rewrite(0, (e) => (e % 2 === 0 ? e * 10 : undefined));
    lists.rewrite(1, () => undefined);
    expect(entries(lists, 0)).toEqual([20, 40]);
    expect(lists.size(1)).toBe(0);
    lists.pack(0, Int32Array.from([2, 0]));
    expect(lists.length).toBe(2);
    expect(entries(lists, 0)).toEqual([7, 8, 9]);
    expect(entries(lists, 1)).toEqual([20, 40]);
    expect(lists.create()).toBe(2);
    lists.append(2, 11);
    expect(entries(lists, 2)).toEqual([11]);
    expect(entries(lists, 1)).toEqual([20, 40]);
  });
});
