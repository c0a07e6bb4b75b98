// The search API against the real server, FerretDB and the embedded engine: typos, synonyms in both
// languages, facets, budget overlap, sorting, paging, validation, no drafts, and degraded mode.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSuppliers } from '../../server/modules/imports/import.service';
import { CaseStudyModel } from '../../server/modules/cases/case.model';
import { SupplierModel } from '../../server/modules/suppliers/supplier.model';
import { SynonymModel } from '../../server/modules/search/synonym.model';
import { rebuildIndexes } from '../../server/modules/search/search.indexer';
import { replaceSynonyms } from '../../server/modules/search/synonym.service';
import { domainEvents } from '../../server/platform/events';
import type { SupplierSearchResult, CaseSearchResult } from '../../shared/schemas/search';
import { buildCaseStudy, buildSupplier } from '../factories';
import { startTestServer, type TestServer } from './harness';

let server: TestServer;

const vision = buildSupplier({
  name: 'Kowloon Vision Labs', nameZh: '九龍視覺實驗室', capabilities: ['computer vision', 'defect detection'],
  description: 'Quality inspection with cameras for factories.', descriptionZh: '為工廠提供品質檢測。',
  layers: ['application'], sectors: ['manufacturing'], projectBudgetHKD: { min: 150_000, max: 800_000 }, verified: true,
  caseStudies: [buildCaseStudy({ title: 'Fabric defect detection at a Kwun Tong mill', clientSector: 'manufacturing' }), buildCaseStudy({ clientSector: 'manufacturing' })],
});
const bots = buildSupplier({
  name: 'Harbour Dialogue Works', nameZh: '海港對話工房', capabilities: ['chatbot'], description: 'Customer service assistants for retailers.',
  descriptionZh: '我們為零售商建立聊天機械人。', layers: ['application', 'technology'], sectors: ['trade-retail'],
  projectBudgetHKD: { min: 2_000_000, max: 4_000_000 }, verified: false, caseStudies: [],
});
const cloud = buildSupplier({
  name: 'Tsing Yi GPU Cloud', nameZh: '青衣雲算', capabilities: ['GPU hosting'], description: 'GPU servers by the hour.',
  descriptionZh: '按小時租用伺服器。', layers: ['basic'], sectors: ['telecom-it'], projectBudgetHKD: undefined, verified: true,
  caseStudies: [buildCaseStudy({ title: 'Training cluster for a Sha Tin lab', clientSector: 'telecom-it' })],
});
const many = Array.from({ length: 60 }, (_, i) =>
  buildSupplier({ name: `Filler Analytics ${i}`, nameZh: undefined, description: 'Spreadsheets and dashboards.', descriptionZh: undefined, capabilities: ['dashboards'], layers: ['technology'], sectors: ['finance-insurance'], caseStudies: [] }),
);

const suppliers = async (qs: string) => {
  const res = await server.get(`/api/search/suppliers?${qs}`);
  expect(res.status).toBe(200);
  return (await res.json()) as SupplierSearchResult;
};
const names = async (qs: string) => (await suppliers(qs)).hits.map((h) => h.name);
const cases = async (qs: string) => (await (await server.get(`/api/search/cases?${qs}`)).json()) as CaseSearchResult;

beforeAll(async () => {
  server = await startTestServer();
  await importSuppliers([vision, bots, cloud, ...many]);
  await server.indexer.settled();
});
afterAll(() => server?.close());

describe('GET /api/search/suppliers', () => {
  it('finds a name with a typo first, with externalId, card fields and escaped <mark> highlights', async () => {
    const body = await suppliers('q=Kowlon%20Vison');
    expect(body.degraded).toBe(false);
    expect(body.hits[0]).toMatchObject({
      name: 'Kowloon Vision Labs', nameZh: '九龍視覺實驗室', externalId: vision.externalId, slug: 'kowloon-vision-labs',
      layers: ['application'], sectors: ['manufacturing'], projectBudgetHKD: { min: 150_000, max: 800_000 }, verified: true, caseStudyCount: 2,
    });
    expect(body.hits[0]!.highlights.name).toBe('<mark>Kowloon</mark> <mark>Vision</mark> Labs');
    expect(body.hits[0]).not.toHaveProperty('caseText');
    expect(typeof body.tookMs).toBe('number');
  });

  it('expands synonyms across languages: 聊天機械人 finds the chatbot supplier, "computer vision" finds 電腦視覺 text', async () => {
    expect(await names(`q=${encodeURIComponent('聊天機械人')}`)).toContain('Harbour Dialogue Works');
    expect(await names('q=conversational%20AI')).toContain('Harbour Dialogue Works');
    expect((await names(`q=${encodeURIComponent('電腦視覺')}`))[0]).toBe('Kowloon Vision Labs');
    expect((await names('q=CV'))[0]).toBe('Kowloon Vision Labs');
  });

  it('counts facets for the query and the other active filters (OR within a facet, AND across)', async () => {
    const all = await suppliers('pageSize=1');
    expect(all.total).toBe(63);
    expect(all.facets.layer).toMatchObject({ application: 2, technology: 61, basic: 1 });
    expect(all.facets.verified).toMatchObject({ true: 2 });
    const narrowed = await suppliers('layer=application&verified=true');
    expect(narrowed.hits.map((h) => h.name)).toEqual(['Kowloon Vision Labs']);
    // The layer facet ignores the layer filter but keeps verified=true.
    expect(narrowed.facets.layer).toEqual({ application: 1, basic: 1 });
    expect(narrowed.facets.verified).toEqual({ true: 1, false: 1 });
    expect(await names('layer=application,basic&verified=true&sort=newest')).toHaveLength(2);
  });

  it('filters by budget band overlap; suppliers without a budget never match one', async () => {
    expect(await names('budget=below-100k')).toEqual([]);
    expect(await names('budget=500k-1m&layer=application')).toEqual(['Kowloon Vision Labs']);
    expect(await names('budget=2m-5m&layer=application')).toEqual(['Harbour Dialogue Works']);
    expect(await names('budget=1m-2m&layer=application')).toEqual([]);
    expect(await names('budget=100m-plus')).toEqual([]);
    const overlap = await names('budget=100k-300k&pageSize=50&layer=application,basic');
    expect(overlap).toContain('Kowloon Vision Labs');
    expect(overlap).not.toContain('Tsing Yi GPU Cloud');
  });

  it('sorts by most case studies and newest', async () => {
    expect((await names('sort=caseStudies&pageSize=2'))).toEqual(['Kowloon Vision Labs', 'Tsing Yi GPU Cloud']);
    const newest = await suppliers('sort=newest&pageSize=50');
    expect(newest.hits).toHaveLength(50);
  });

  it('pages results and caps the page size', async () => {
    const first = await suppliers('q=filler&pageSize=25');
    const second = await suppliers('q=filler&pageSize=25&page=3');
    expect(first.total).toBe(60);
    expect(first.hits).toHaveLength(25);
    expect(second.hits).toHaveLength(10);
    expect(second).toMatchObject({ page: 3, pageSize: 25 });
    const ids = new Set([...first.hits, ...(await suppliers('q=filler&pageSize=25&page=2')).hits, ...second.hits].map((h) => h.id));
    expect(ids.size).toBe(60);
    expect((await server.get('/api/search/suppliers?pageSize=51')).status).toBe(400);
  });

  it('answers a repeated search with the same results, 304 when unchanged, and new results once a supplier changes', async () => {
    const url = '/api/search/suppliers?q=vision&pageSize=5';
    const first = await server.get(url);
    const etag = first.headers.get('etag')!;
    const { tookMs: _first, ...results } = (await first.json()) as SupplierSearchResult;
    const again = await server.get(url);
    const { tookMs, ...same } = (await again.json()) as SupplierSearchResult;
    expect(same).toEqual(results);
    expect(tookMs).toBeGreaterThanOrEqual(0);
    expect(again.headers.get('etag')).toBe(etag);
    // The third time the engine answers from its cache and the body is memoised: the same bytes (Chinese
    // included) as the first two, encoded on the spot.
    const third = await server.get(url);
    expect(third.headers.get('etag')).toBe(etag);
    const { tookMs: _third, ...memoised } = (await third.json()) as SupplierSearchResult;
    expect(memoised).toEqual(results);
    expect(memoised.hits[0]!.nameZh).toBe('九龍視覺實驗室');
    // As a browser revalidates (fetch alone would add "Cache-Control: no-cache" to a conditional request).
    const revalidate = { 'if-none-match': etag, 'cache-control': 'max-age=0' };
    expect((await server.send('GET', url, undefined, revalidate)).status).toBe(304);

    await importSuppliers([{ ...vision, name: 'Kowloon Vision Studio' }]);
    await server.indexer.settled();
    const changed = await server.send('GET', url, undefined, revalidate);
    expect(changed.status).toBe(200);
    expect(((await changed.json()) as SupplierSearchResult).hits[0]!.name).toBe('Kowloon Vision Studio');
    await importSuppliers([vision]);
    await server.indexer.settled();
  });

  it('answers bad parameters with 400 problem details naming each field', async () => {
    const res = await server.get('/api/search/suppliers?layer=moon&budget=unknown&sort=random&verified=maybe&page=0');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    const problem = await res.json();
    expect(problem).toMatchObject({ status: 400, code: 'validation' });
    expect(problem.errors.map((e: { path: string }) => e.path).sort()).toEqual(['query.budget', 'query.layer.0', 'query.page', 'query.sort', 'query.verified']);
    expect((await server.get(`/api/search/suppliers?q=${'x'.repeat(201)}`)).status).toBe(400);
    expect((await server.get('/api/search/suppliers?q[$ne]=1')).status).toBe(400);
    expect((await server.get('/api/search/cases?sort=caseStudies')).status).toBe(400);
  });
});

describe('GET /api/search/cases', () => {
  it('finds published case studies with their supplier, filtered by sector and verified', async () => {
    const body = await cases('q=fabric%20defect&sector=manufacturing&verified=true');
    expect(body.hits[0]).toMatchObject({ title: 'Fabric defect detection at a Kwun Tong mill', sector: 'manufacturing', verified: true });
    expect(body.hits[0]!.supplier.name).toBe('Kowloon Vision Labs');
    expect(body.hits[0]!.highlights.title).toContain('<mark>Fabric</mark>');
    expect(body.facets.sector).toMatchObject({ manufacturing: expect.any(Number) });
    expect((await cases('sector=telecom-it')).hits.map((h) => h.title)).toEqual(['Training cluster for a Sha Tin lab']);
  });

  it('never returns a draft case study, whatever the query', async () => {
    const owner = await SupplierModel.findOne({ externalId: cloud.externalId }).lean();
    const draft = await CaseStudyModel.create({
      supplierId: owner!._id, slug: 'zanzibar-draft', title: 'Zanzibar quokka pipeline', clientSector: 'telecom-it', status: 'draft',
      problem: 'Quokka counting.', budgetBand: '100k-300k',
    });
    const submitted = await CaseStudyModel.create({
      supplierId: owner!._id, slug: 'zanzibar-submitted', title: 'Zanzibar quokka review', clientSector: 'telecom-it', status: 'submitted',
    });
    domainEvents.emit('cases.changed', [draft._id.toHexString(), submitted._id.toHexString()]);
    domainEvents.emit('suppliers.changed', [owner!._id.toHexString()]);
    await server.indexer.settled();
    const draftIds = [draft.id, submitted.id];
    for (const qs of ['q=zanzibar', 'q=quokka', 'q=zanzibr%20quoka', 'sector=telecom-it', '', 'budget=100k-300k', 'sort=newest&pageSize=50']) {
      const body = await cases(qs);
      expect(body.hits.map((h) => h.id).filter((id) => draftIds.includes(id))).toEqual([]);
    }
    expect((await names('q=quokka'))).toEqual([]);
  });
});

describe('suggest and synonyms', () => {
  it('suggests supplier names and capabilities for a prefix', async () => {
    const body = await (await server.get('/api/search/suggest?q=kowl')).json();
    expect(body).toEqual({ suggestions: ['Kowloon Vision Labs'], degraded: false });
    expect((await server.get('/api/search/suggest')).status).toBe(400);
  });

  it('seeds at least 15 default groups in both languages and lists them', async () => {
    const { groups } = await (await server.get('/api/search/synonyms')).json();
    expect(groups.length).toBeGreaterThanOrEqual(15);
    expect(groups).toContainEqual(expect.arrayContaining(['CV', 'computer vision', '電腦視覺']));
    expect(await SynonymModel.countDocuments()).toBe(groups.length);
  });

  it('replaceSynonyms saves the groups and reapplies them at once', async () => {
    const before = (await (await server.get('/api/search/synonyms')).json()).groups;
    expect((await suppliers('q=abacus%20sorcery%20')).total).toBe(0);
    await replaceSynonyms(server.search, [...before, ['abacus sorcery', 'dashboards']]);
    expect((await suppliers('q=abacus%20sorcery%20')).total).toBe(60);
    expect((await (await server.get('/api/search/synonyms')).json()).groups).toHaveLength(before.length + 1);
    await expect(replaceSynonyms(server.search, [['lonely']])).rejects.toMatchObject({ status: 400 });
    await replaceSynonyms(server.search, before);
  });
});

describe('rebuild', () => {
  it('rebuilds both indexes from the database, reporting progress and the same results as before', async () => {
    const before = await suppliers('q=vision');
    const progress: string[] = [];
    const counts = await rebuildIndexes(server.search, { onProgress: (index, done, total) => progress.push(`${index} ${done}/${total}`) });
    expect(counts).toEqual({ suppliers: 63, cases: 3 });
    expect(progress).toContain('suppliers 63/63');
    expect(progress).toContain('cases 3/3');
    expect(await rebuildIndexes(server.search)).toEqual(counts);
    const { tookMs: _before, ...expected } = before;
    const { tookMs: _after, ...after } = await suppliers('q=vision');
    expect(after).toEqual(expected);
  });
});

describe('degraded mode', () => {
  it('answers from the database while the engine is stopped, and the index catches up when it returns', async () => {
    await server.search.close();
    try {
      const degraded = await suppliers('q=kowloon&layer=application');
      expect(degraded).toMatchObject({ degraded: true, total: 1, facets: {} });
      expect(degraded.hits[0]).toMatchObject({ name: 'Kowloon Vision Labs', externalId: vision.externalId });
      expect(degraded.hits[0]!.highlights.name).toBe('<mark>Kowloon</mark> Vision Labs');
      expect((await cases('q=fabric')).degraded).toBe(true);
      expect((await (await server.get('/api/search/suggest?q=kow')).json())).toEqual({ suggestions: [], degraded: true });

      // A write while the engine is down succeeds and is visible to degraded search at once.
      const late = buildSupplier({ name: 'Lamma Lidar Mapping', capabilities: ['lidar'], caseStudies: [] });
      const report = await importSuppliers([late]);
      expect(report.created).toBe(1);
      await server.indexer.settled(); // the engine refused the update: it stays queued
      expect((await names('q=lamma')).includes('Lamma Lidar Mapping')).toBe(true);
    } finally {
      await server.search.init();
    }
    // The indexer retries what it could not index; a typo search then finds the new supplier through the engine.
    await expect
      .poll(async () => {
        const body = await suppliers('q=Lama%20Lidar');
        return { degraded: body.degraded, first: body.hits[0]?.name };
      }, { timeout: 20_000, interval: 500 })
      .toEqual({ degraded: false, first: 'Lamma Lidar Mapping' });
    expect(server.database.isUp()).toBe(true);
  });
});
