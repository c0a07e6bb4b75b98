import { describe, expect, it } from 'vitest';
import { EmbeddedSearchEngine } from '../../server/platform/search/embedded/engine';
import { runSearchContract } from './contract';
import { buildSupplierDoc } from './fixtures';

runSearchContract('embedded', () => new EmbeddedSearchEngine());

// The text index sweeps removed documents out in bulk and renumbers the rest; filters, facets and the name
// order follow its numbering (index-state.ts). Enough removals here to sweep more than once.
describe('embedded engine after removed documents are swept out', () => {
  it('filters, counts, sorts by name and finds text as before the sweep', async () => {
    const engine = new EmbeddedSearchEngine();
    await engine.init();
    const sectorOf = (i: number) => (i % 3 === 0 ? 'retail' : 'logistics');
    const doc = (i: number, name = `Vendor ${String(i).padStart(4, '0')}`) =>
      buildSupplierDoc({ id: `d${i}`, name, sectors: [sectorOf(i)], description: i % 2 ? 'robotics integrator' : 'ledger audits' });
    await engine.replaceAll('suppliers', Array.from({ length: 3_000 }, (_, i) => doc(i)));
    await engine.remove('suppliers', Array.from({ length: 3_000 }, (_, i) => `d${i}`).filter((_, i) => i % 5 !== 0));
    // Renamed after the sweep: moves to the end of the name order and to a new slot.
    await engine.upsert('suppliers', [doc(10, 'Aardvark Automation')]);
    const kept = Array.from({ length: 600 }, (_, k) => k * 5);
    const retail = await engine.search('suppliers', { filter: { terms: { sectors: ['retail'] } }, sort: 'name', limit: 3, facets: ['sectors'] });
    expect(retail.total).toBe(kept.filter((i) => sectorOf(i) === 'retail').length);
    expect(retail.facets['sectors']).toEqual({ retail: 200, logistics: 400 });
    expect(retail.hits.map((h) => h.id)).toEqual(['d0', 'd15', 'd30']);
    const page = await engine.search('suppliers', { sort: 'name', offset: 0, limit: 2 });
    expect(page.hits.map((h) => h.doc?.['name'])).toEqual(['Aardvark Automation', 'Vendor 0000']);
    const robotics = await engine.search('suppliers', { q: 'robotics', limit: 100 });
    expect(robotics.total).toBe(kept.filter((i) => i % 2).length);
    expect(robotics.hits.every((h) => Number(h.id.slice(1)) % 10 === 5)).toBe(true);
    await engine.close();
  });
});
