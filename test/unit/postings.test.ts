// Filter postings on their own: counts, the documents having a value and each document's own values stay
// right through replacements and removals, including after removed slots are swept out and renumbered.
import { describe, expect, it } from 'vitest';
import { Postings } from '../../server/platform/search/embedded/postings';
import { renumberLive } from '../../server/platform/search/embedded/tombstones';

const SECTORS = ['retail', 'finance', 'education'];

function valuesOf(postings: Postings, slot: number): string[] {
  const out: string[] = [];
  for (let k = postings.pairStart(slot); k < postings.pairEnd(slot); k++) {
    const { field, value } = postings.pair(postings.pairData[k]!);
    out.push(`${field}=${value}`);
  }
  return out;
}

function slotsWith(postings: Postings, n: number, slots: number): number[] {
  const marks = new Uint8Array(slots);
  postings.markSlotsWith(n, marks);
  return [...marks.keys()].filter((slot) => marks[slot]);
}

describe('filter postings', () => {
  it('counts values, and follows a document whose values change', () => {
    const postings = new Postings(['sectors', 'verified']);
    postings.add(0, { id: 'a', sectors: ['retail', 'finance'], verified: true });
    postings.add(1, { id: 'b', sectors: ['retail'], verified: false });
    postings.remove(0);
    postings.add(2, { id: 'a', sectors: ['education'], verified: true });
    expect(postings.counts('sectors')).toEqual({ retail: 1, education: 1 });
    expect(valuesOf(postings, 2)).toEqual(['sectors=education', 'verified=true']);
    const [retail] = postings.pairsFor('sectors', ['retail', 'unknown']);
    expect(slotsWith(postings, retail!, 3)).toEqual([1]);
    expect(postings.pairsOf('sectors').map((n) => postings.pair(n).value)).toEqual(['retail', 'finance', 'education']);
  });

  it('keeps every remaining document right after thousands are removed and the slots renumbered', () => {
    const postings = new Postings(['sectors']);
    const sectorOf = (i: number) => SECTORS[i % 3]!;
    const alive = new Uint8Array(6_000).fill(1);
    for (let i = 0; i < 6_000; i++) postings.add(i, { id: `d${i}`, sectors: [sectorOf(i)] });
    for (let i = 0; i < 6_000; i++) {
      if (i % 4 === 0) continue;
      postings.remove(i);
      alive[i] = 0;
    }
    const { renumbered, kept } = renumberLive(alive, 6_000);
    postings.renumber(renumbered, kept);
    expect(postings.counts('sectors')).toEqual({ retail: 500, finance: 500, education: 500 });
    for (let slot = 0; slot < kept.length; slot++) expect(valuesOf(postings, slot)).toEqual([`sectors=${sectorOf(kept[slot]!)}`]);
    const [finance] = postings.pairsFor('sectors', ['finance']);
    const expected = [...kept.keys()].filter((slot) => kept[slot]! % 3 === 1);
    expect(slotsWith(postings, finance!, kept.length)).toEqual(expected);
    expect(() => postings.add(kept.length + 1, { id: 'x', sectors: [] })).toThrow(/out of order/);
  });
});
