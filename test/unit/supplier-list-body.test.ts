// The public supplier list's body is written from parts (each card's JSON kept per copy of the profile the search
// engine holds); it must be byte for byte what serialising the whole page gives, on a first and a repeated showing,
// and a profile the engine replaced must show its new text at once.
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SYNONYMS } from '../../server/modules/search/synonyms.defaults';
import { listedCardJson, supplierPageBody } from '../../server/modules/suppliers/supplier-list.presenter';
import { presentListedSupplier, type ListedSupplier } from '../../server/modules/suppliers/supplier.presenter';
import type { SearchEngine, SupplierSearchDoc } from '../../server/platform/search/port';
import { evalEngine } from '../eval/evaluate';

let engine: SearchEngine;

beforeAll(async () => {
  engine = await evalEngine(DEFAULT_SYNONYMS);
});

async function page(offset: number): Promise<{ docs: ListedSupplier[]; total: number }> {
  const found = await engine.search('suppliers', { sort: 'name', offset, limit: 20, highlight: false });
  return { docs: found.hits.map((h) => h.doc as unknown as ListedSupplier), total: found.total };
}

const whole = (docs: ListedSupplier[], total: number) => JSON.stringify({ items: docs.map(presentListedSupplier), page: 2, pageSize: 20, total });

describe('the supplier list body', () => {
  it('is what JSON.stringify gives for the whole page, shown once and shown again', async () => {
    for (const offset of [0, 20, 140]) {
      const { docs, total } = await page(offset);
      expect(docs.length).toBeGreaterThan(0);
      for (let showing = 0; showing < 3; showing++) {
        const body = supplierPageBody(docs.map(listedCardJson), { page: 2, pageSize: 20, total });
        expect(body.toString('utf8')).toBe(whole(docs, total));
      }
    }
  });

  it('writes an empty page as an empty list', () => {
    expect(supplierPageBody([], { page: 9, pageSize: 20, total: 0 }).toString('utf8')).toBe('{"items":[],"page":9,"pageSize":20,"total":0}');
  });

  it('shows a profile’s new text once the engine holds its new copy', async () => {
    const { docs } = await page(0);
    const first = docs[0]!;
    for (let i = 0; i < 2; i++) listedCardJson(first);
    const [stored] = await engine.get('suppliers', [first.id]);
    await engine.upsert('suppliers', [{ ...(stored as SupplierSearchDoc), description: 'Now "quoted" and 中文 too' }]);
    const [renewed] = await engine.get('suppliers', [first.id]);
    const card = JSON.parse(listedCardJson(renewed as unknown as ListedSupplier).toString('utf8')) as { description: string };
    expect(card.description).toBe('Now "quoted" and 中文 too');
  });
});
