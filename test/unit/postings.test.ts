// Filter postings on their own: counts, the documents having a value and each document's own values stay
// right through replacements and removals, including after removed documents are swept out in bulk.
import { describe, expect, it } from 'vitest';
import { Postings } from '../../server/platform/search/embedded/postings';

const SECTORS = ['retail', 'finance', 'education'];

function valuesOf(postings: Postings, id: string): string[] {
  const slot = postings.slotOf(id);
  if (slot === undefined) return [];
  const out: string[] = [];
  for (let k = postings.pairStart(slot); k < postings.pairEnd(slot); k++) {
    const { field, value } = postings.pair(postings.pairData[k]!);
    out.push(`${field}=${value}`);
  }
  return out;
}

describe('filter postings', () => {
  it('counts values, and follows a document whose values change', () => {
    const postings = new Postings(['sectors', 'verified']);
    postings.add({ id: 'a', sectors: ['retail', 'finance'], verified: true });
    postings.add({ id: 'b', sectors: ['retail'], verified: false });
    postings.add({ id: 'a', sectors: ['education'], verified: true });
    expect(postings.counts('sectors')).toEqual({ retail: 1, education: 1 });
    expect(valuesOf(postings, 'a')).toEqual(['sectors=education', 'verified=true']);
    const [retail] = postings.pairsFor('sectors', ['retail', 'unknown']);
    expect([...postings.idsWith(retail!)]).toEqual(['b']);
  });

  it('keeps every remaining document right after thousands are removed', () => {
    const postings = new Postings(['sectors']);
    const sectorOf = (i: number) => SECTORS[i % 3]!;
    for (let i = 0; i < 6_000; i++) postings.add({ id: `d${i}`, sectors: [sectorOf(i)] });
    for (let i = 0; i < 6_000; i++) if (i % 4 !== 0) postings.remove(`d${i}`);
    expect(postings.counts('sectors')).toEqual({ retail: 500, finance: 500, education: 500 });
    for (let i = 0; i < 6_000; i += 4) expect(valuesOf(postings, `d${i}`)).toEqual([`sectors=${sectorOf(i)}`]);
    const [finance] = postings.pairsFor('sectors', ['finance']);
    const expected = Array.from({ length: 6_000 }, (_, i) => i).filter((i) => i % 4 === 0 && i % 3 === 1).map((i) => `d${i}`);
    expect([...postings.idsWith(finance!)]).toEqual(expected);
    expect(postings.slotOf('d1')).toBeUndefined();
  });
});
