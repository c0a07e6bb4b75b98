// While the embedded engine first builds an index after a start, that index answers nothing rather than a partial
// result: a search throws the 503 problem the API sends with Retry-After (the search service falls back to the
// database then; matching answers 503). The first rebuild's batches arrive here as slowly as the test lets them.
import { describe, expect, it } from 'vitest';
import { AppError } from '../../server/platform/errors/errors';
import { EmbeddedSearchEngine } from '../../server/platform/search/embedded/engine';
import type { SupplierSearchDoc } from '../../server/platform/search/port';
import { buildSupplierDoc } from './fixtures';

/** Batches handed out one at a time, each when `release` is called. */
function heldBatches(batches: SupplierSearchDoc[][]) {
  const waiting: (() => void)[] = [];
  return {
    release: () => waiting.shift()?.(),
    async *docs() {
      for (const batch of batches) {
        await new Promise<void>((resolve) => waiting.push(resolve));
        yield batch;
      }
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('embedded search engine: the first build after a start', () => {
  it('answers 503 with Retry-After until the whole index is built, then finds every document', async () => {
    const engine = new EmbeddedSearchEngine();
    await engine.init();
    const held = heldBatches([[buildSupplierDoc({ id: 'a1', name: 'Alpha Vision' })], [buildSupplierDoc({ id: 'b2', name: 'Beta Vision' })]]);
    const building = engine.replaceAll('suppliers', held.docs());
    held.release();
    await settle();

    const failure = await engine.search('suppliers', { q: 'vision' }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(AppError);
    expect(failure).toMatchObject({ status: 503, headers: { 'Retry-After': '5' } });
    expect(await engine.isReady()).toBe(false);

    held.release();
    await building;
    expect(await engine.isReady()).toBe(true);
    const found = await engine.search('suppliers', { q: 'vision' });
    expect(found.hits.map((h) => h.id).sort()).toEqual(['a1', 'b2']);
  });

  it('keeps answering from the previous index while a later rebuild runs', async () => {
    const engine = new EmbeddedSearchEngine();
    await engine.init();
    await engine.replaceAll('suppliers', [buildSupplierDoc({ id: 'a1', name: 'Alpha Vision' })]);
    const held = heldBatches([[buildSupplierDoc({ id: 'c3', name: 'Gamma Vision' })]]);
    const building = engine.replaceAll('suppliers', held.docs());
    await settle();

    expect((await engine.search('suppliers', { q: 'vision' })).hits.map((h) => h.id)).toEqual(['a1']);
    held.release();
    await building;
    expect((await engine.search('suppliers', { q: 'vision' })).hits.map((h) => h.id)).toEqual(['c3']);
  });
});
