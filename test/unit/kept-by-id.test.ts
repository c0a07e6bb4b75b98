// KeptById (server/platform/db/kept-by-id.ts) against a source held in a Map, whose reads can be held back to
// interleave them with callers and changes the way a slow database does.
import { describe, expect, it } from 'vitest';
import { KeptById } from '../../server/platform/db/kept-by-id';

function slowSource(stored: Map<string, number>) {
  const gates: (() => void)[] = [];
  const held = () => new Promise<void>((open) => gates.push(open));
  let fullReads = 0;
  return {
    fullReads: () => fullReads,
    /** Lets the oldest held read answer (with what is stored when it was asked: a read's snapshot). */
    release: () => gates.shift()?.(),
    source: {
      readAll: async () => {
        fullReads++;
        const snapshot = [...stored];
        await held();
        return snapshot;
      },
      readIds: async (ids: string[]) => ids.flatMap((id): [string, number][] => (stored.has(id) ? [[id, stored.get(id)!]] : [])),
    },
  };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('KeptById', () => {
  it('makes every caller arriving during the first full read wait for it', async () => {
    const slow = slowSource(new Map([['a', 1]]));
    const kept = new KeptById(slow.source);
    const first = kept.current();
    const second = kept.current();
    await tick();
    slow.release();
    expect([...(await first)]).toEqual([['a', 1]]);
    expect([...(await second)]).toEqual([['a', 1]]);
    expect(slow.fullReads()).toBe(1);
  });

  it('reads again what changed while a full read ran, and reads in full again when told so meanwhile', async () => {
    const stored = new Map([['a', 1]]);
    const slow = slowSource(stored);
    const kept = new KeptById(slow.source);
    const first = kept.current();
    await tick();
    stored.set('a', 2);
    kept.changed(['a']);
    stored.set('b', 1);
    kept.changed([]);
    slow.release();
    await tick();
    // The first full read's snapshot predates both changes: a second full read follows, then 'a' is read again.
    expect(slow.fullReads()).toBe(2);
    slow.release();
    expect([...(await first)].sort()).toEqual([['a', 2], ['b', 1]]);
  });

  it('answers undefined at once while a full read must come first, for callers with another way to answer', async () => {
    const stored = new Map([['a', 1]]);
    const slow = slowSource(stored);
    const kept = new KeptById(slow.source);
    expect(await kept.currentUnlessStale()).toBeUndefined();
    expect(await kept.currentUnlessStale()).toBeUndefined(); // the same full read, not a second
    expect(slow.fullReads()).toBe(1);
    slow.release();
    await tick();
    stored.set('a', 2);
    kept.changed(['a']);
    expect([...(await kept.currentUnlessStale())!]).toEqual([['a', 2]]); // a named record is read again and awaited
    kept.changed([]);
    expect(await kept.currentUnlessStale()).toBeUndefined();
    slow.release();
    await tick();
    expect([...(await kept.currentUnlessStale())!]).toEqual([['a', 2]]);
  });

  it('tells a listener what each re-read replaced', async () => {
    const stored = new Map([['a', 1], ['b', 1]]);
    const slow = slowSource(stored);
    const seen: string[] = [];
    const kept = new KeptById(slow.source, 60_000, {
      reloaded: (rows) => seen.push(`all ${rows.size}`),
      replaced: (id, before, after) => seen.push(`${id} ${before} → ${after}`),
    });
    const loading = kept.current();
    await tick();
    slow.release();
    await loading;
    stored.set('a', 2);
    stored.delete('b');
    kept.changed(['a', 'b']);
    await kept.current();
    expect(seen).toEqual(['all 2', 'a 1 → 2', 'b 1 → undefined']);
  });
});
