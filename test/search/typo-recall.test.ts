// Measures typo tolerance: one typing mistake in a supplier's name should still find that supplier.
import { describe, expect, it } from 'vitest';
import { EmbeddedSearchEngine } from '../../server/platform/search/embedded/engine';
import { oneEdit, rng, supplierCorpus } from './corpus';

const CORPUS = 2000;
const SAMPLES = 400;

describe('typo recall (embedded)', () => {
  it('finds ≥ 95% of suppliers from names with one edit, and ranks most of them first', async () => {
    const engine = new EmbeddedSearchEngine();
    await engine.init();
    const docs = supplierCorpus(CORPUS);
    await engine.replaceAll('suppliers', docs);
    const r = rng(42);
    let found = 0;
    let first = 0;
    for (let i = 0; i < SAMPLES; i++) {
      const doc = docs[Math.floor(r() * docs.length)]!;
      const ids = (await engine.search('suppliers', { q: oneEdit(doc.name, r), limit: 10 })).hits.map((h) => h.id);
      if (ids.includes(doc.id)) found++;
      if (ids[0] === doc.id) first++;
    }
    console.info(`typo recall over ${SAMPLES} names: top-10 ${(found / SAMPLES) * 100}%, first ${(first / SAMPLES) * 100}%`);
    expect(found / SAMPLES).toBeGreaterThanOrEqual(0.95);
    expect(first / SAMPLES).toBeGreaterThanOrEqual(0.9);
  });
});
