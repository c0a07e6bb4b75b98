// Market insights on a small market whose figures are known: who may see them, the figures, the CSV downloads,
// the period filter, the public market page (small demand counts hidden) and what projects cost.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CuratorInsights, InsightTable, ProjectCosts, PublicMarket } from '../../shared/schemas/insights';
import { importSuppliers } from '../../server/modules/imports/import.service';
import { NeedModel } from '../../server/modules/needs/need.model';
import { SupplierModel } from '../../server/modules/suppliers/supplier.model';
import { buildCaseStudy, buildNeedInput, buildSupplier } from '../factories';
import { bearer, signUp, staff, type Account } from './accounts-helpers';
import { startTestServer, type TestServer } from './harness';
import { linkSupplier, sendQuote, startInquiry } from './inquiries-helpers';

let server: TestServer;
let sme: Account;
let supplierMember: Account;
let curator: Account;
let admin: Account;

const visionCase = (budgetBand: string) => buildCaseStudy({ clientSector: 'manufacturing', applicationAreas: ['operations'], budgetBand: budgetBand as never });
const vision = buildSupplier({
  name: 'Kwun Tong Defect Vision',
  layers: ['application'],
  technologies: ['ai-technologies'],
  projectBudgetHKD: { min: 150_000, max: 800_000 },
  caseStudies: ['100k-300k', '100k-300k', '300k-500k', '300k-500k', '500k-1m'].map(visionCase),
});
const ledgers = buildSupplier({
  name: 'Harbour Ledgers',
  description: 'Bookkeeping software for accountants.',
  capabilities: ['bookkeeping'],
  layers: ['technology', 'application'],
  technologies: ['ai-frameworks'],
  sectors: ['professional-services'],
  applicationAreas: ['finance'],
  projectBudgetHKD: { min: 50_000, max: 200_000 },
  caseStudies: [buildCaseStudy({ clientSector: 'professional-services', applicationAreas: ['finance'], budgetBand: '100k-300k' })],
});

const defects = buildNeedInput();
// Nobody listed builds drones or works in construction: its best match is weak for lack of capability and sector.
const drones = {
  title: 'Drone survey of building facades',
  description: 'Fly drones over our sites to survey the facades of old tenement buildings.',
  sector: 'construction',
  applicationAreas: ['operations'],
  budgetBand: '100k-300k',
};

let defectsId: string;
let dronesId: string;

const post = (who: Account, path: string, body?: unknown) => server.send('POST', path, body, bearer(who));
const get = (who: Account | undefined, path: string) => server.send('GET', path, undefined, who ? bearer(who) : {});

async function publish(body: object): Promise<string> {
  const need = await (await post(sme, '/api/needs', body)).json();
  expect((await post(sme, `/api/needs/${need.id}/publish`)).status).toBe(200);
  return need.id;
}

async function insights(query = ''): Promise<CuratorInsights> {
  const res = await get(curator, `/api/insights${query}`);
  expect(res.status, await res.clone().text()).toBe(200);
  return res.json();
}

const table = (i: { tables: InsightTable[] }, key: string) => i.tables.find((t) => t.key === key)!;
const row = (t: InsightTable, key: string) => Object.fromEntries(t.columns.map((c, k) => [c, t.rows.find((r) => r.key === key)?.values[k]]));
const thisMonth = new Date().toISOString().slice(0, 7);

beforeAll(async () => {
  server = await startTestServer();
  await importSuppliers([vision, ledgers]);
  await server.indexer.settled();
  [sme, supplierMember, curator, admin] = [await signUp(server, 'sme'), await signUp(server, 'supplier'), await staff(server, 'curator'), await staff(server, 'admin')];
  const visionId = (await SupplierModel.findOne({ externalId: vision.externalId }))!._id.toHexString();
  await linkSupplier(supplierMember, visionId);
  defectsId = await publish(defects);
  dronesId = await publish(drones);
  await post(sme, '/api/needs', { ...drones, title: 'A draft nobody counts' });
  const thread = await startInquiry(server, sme, { supplierId: visionId, needId: defectsId });
  expect((await post(supplierMember, `/api/inquiries/${thread.id}/messages`, { text: 'Yes, we can help.' })).status).toBe(201);
  const quote = await sendQuote(server, supplierMember, thread.id);
  expect((await post(sme, `/api/inquiries/${thread.id}/quotes/${quote.id}/accept`)).status).toBe(200);
});
afterAll(() => server?.close());

describe('curator insights', () => {
  it('are for curators and admins only', async () => {
    expect((await get(undefined, '/api/insights')).status).toBe(401);
    expect((await get(sme, '/api/insights')).status).toBe(403);
    expect((await get(supplierMember, '/api/insights')).status).toBe(403);
    expect((await get(sme, '/api/insights/funnel/csv')).status).toBe(403);
    expect((await get(undefined, '/api/insights/funnel/csv')).status).toBe(401);
    expect((await get(admin, '/api/insights')).status).toBe(200);
  });

  it('count demand against supply, unmet needs and what the best match lacks', async () => {
    const i = await insights();
    expect(row(table(i, 'demand-by-sector'), 'manufacturing')).toEqual({ needs: 1, suppliers: 1, suppliersPerNeed: 1 });
    expect(row(table(i, 'demand-by-sector'), 'construction')).toEqual({ needs: 1, suppliers: 0, suppliersPerNeed: 0 });
    expect(row(table(i, 'demand-by-area'), 'operations')).toMatchObject({ needs: 2, suppliers: 1 });
    expect(row(table(i, 'unmet'), 'manufacturing')).toMatchObject({ needs: 1, unmet: 0 });
    expect(row(table(i, 'unmet'), 'construction')).toMatchObject({ needs: 1, unmet: 1, capability: 1, sectorExperience: 1 });
    // What to recruit for, in the need's own words.
    expect(table(i, 'unmet-capabilities').rows.map((r) => r.key).join(' ')).toMatch(/drone/i);
  });

  it('count the funnel, readiness, response times, budgets and supply against the survey', async () => {
    const i = await insights();
    expect(row(table(i, 'funnel'), thisMonth)).toEqual({ needs: 2, matched: 1, inquiries: 1, quotes: 1, accepted: 1 });
    expect(row(table(i, 'readiness'), thisMonth)).toEqual({ unaware: 0, aware: 1, ready: 0, competent: 0, unassessed: 1 });
    expect(row(table(i, 'response'), thisMonth)).toMatchObject({ inquiries: 1, replied: 1, replyRatePct: 100 });
    expect(row(table(i, 'budgets'), 'manufacturing')).toEqual({
      needs: 1, needMedianHKD: 400_000, suppliers: 1, supplierMedianMinHKD: 150_000, supplierMedianMaxHKD: 800_000, needsBelowSupplierRange: 0,
    });
    expect(row(table(i, 'supply-by-layer'), 'application')).toEqual({ suppliers: 2, sharePct: 100, surveySharePct: 59 });
    expect(row(table(i, 'supply-by-layer'), 'technology')).toEqual({ suppliers: 1, sharePct: 50, surveySharePct: 41 });
  });

  it('filter by sector and by period, and recount after a need changes', async () => {
    const manufacturing = await insights('?sector=manufacturing');
    expect(table(manufacturing, 'demand-by-area').rows.find((r) => r.key === 'operations')!.values.slice(0, 2)).toEqual([1, 1]);
    expect(table(manufacturing, 'supply-by-layer').rows.find((r) => r.key === 'technology')!.values[0]).toBe(0);
    // A write by query names no need: the needs are read again in the background, so the figures follow shortly.
    await NeedModel.updateOne({ _id: dronesId }, { $set: { publishedAt: new Date(Date.now() - 500 * 86_400_000) } });
    const constructionNeeds = async (period: string) => row(table(await insights(`?period=${period}`), 'demand-by-sector'), 'construction').needs;
    await expect.poll(() => constructionNeeds('12m'), { timeout: 10_000, interval: 100 }).toBe(0);
    expect(table(await insights('?period=12m'), 'funnel').rows).toHaveLength(12);
    const all = await insights('?period=all');
    expect(row(table(all, 'demand-by-sector'), 'construction').needs).toBe(1);
    expect(table(all, 'funnel').rows.length).toBeGreaterThan(12);
    await NeedModel.updateOne({ _id: dronesId }, { $set: { publishedAt: new Date() } });
    await expect.poll(() => constructionNeeds('12m'), { timeout: 10_000, interval: 100 }).toBe(1);
  });

  it('recount at once after a need is saved through the app', async () => {
    const before = row(table(await insights(), 'demand-by-sector'), 'education').needs;
    await publish({ ...drones, title: 'Marking homework', description: 'Mark maths homework for our tutoring centres.', sector: 'education' });
    expect(row(table(await insights(), 'demand-by-sector'), 'education').needs).toBe(before! + 1);
  });

  it('download each table as CSV with the same numbers', async () => {
    const i = await insights('?period=6m');
    for (const key of ['funnel', 'demand-by-sector', 'budgets']) {
      const res = await get(curator, `/api/insights/${key}/csv?period=6m`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
      expect(res.headers.get('content-disposition')).toContain(`insights-${key}-6m.csv`);
      const [header, ...lines] = (await res.text()).trim().split('\r\n');
      const t = table(i, key);
      expect(header).toBe(['key', 'label', ...t.columns].map((c) => `"${c}"`).join(','));
      expect(lines.map((l) => l.split(',').slice(-t.columns.length))).toEqual(t.rows.map((r) => r.values.map((v) => (v === null ? '' : String(v)))));
    }
    const manufacturing = await (await get(curator, '/api/insights/demand-by-sector/csv?period=6m')).text();
    expect(manufacturing).toContain('"manufacturing","Manufacturing",1,1,1');
  });

  it('count a need as met once a supplier that fits it is listed (its best fit re-ranked in the background)', async () => {
    await importSuppliers([
      buildSupplier({
        name: 'Lion Rock Drone Surveys',
        description: 'Drone surveys of building facades: we fly drones over sites and flag cracked tiles with computer vision.',
        capabilities: ['drone survey', 'facade inspection'],
        sectors: ['construction'],
        applicationAreas: ['operations'],
        projectBudgetHKD: { min: 100_000, max: 300_000 },
      }),
    ]);
    await server.indexer.settled();
    await expect.poll(async () => row(table(await insights(), 'unmet'), 'construction').unmet, { timeout: 10_000, interval: 200 }).toBe(0);
    expect(row(table(await insights(), 'demand-by-sector'), 'construction')).toEqual({ needs: 1, suppliers: 1, suppliersPerNeed: 1 });
  });

  it('reject an unknown table, period or sector with a problem', async () => {
    expect((await get(curator, '/api/insights/salaries/csv')).status).toBe(400);
    expect((await get(curator, '/api/insights?period=5y')).status).toBe(400);
    expect((await get(curator, '/api/insights?sector=shipbuilding')).status).toBe(400);
  });
});

describe('the public market page', () => {
  it('shows supply to anyone and hides demand counts below the minimum', async () => {
    const res = await get(undefined, '/api/market/overview');
    expect(res.status).toBe(200);
    const market: PublicMarket = await res.json();
    expect(market.hiddenBelow).toBe(5);
    expect(market.suppliers).toBe(3);
    expect(market.publishedNeeds).toBeNull();
    expect(row(table(market, 'market-by-sector'), 'manufacturing')).toEqual({ suppliers: 1, needs: null });
    expect(row(table(market, 'market-by-sector'), 'arts-culture')).toEqual({ suppliers: 0, needs: 0 });
    expect(JSON.stringify(market)).not.toContain(defectsId);
  });
});

describe('what AI projects cost', () => {
  it('gives the spread per sector and area from enough case studies, and hides thinner cells', async () => {
    const res = await get(undefined, '/api/market/costs');
    expect(res.status).toBe(200);
    const costs: ProjectCosts = await res.json();
    expect(costs.minCases).toBe(5);
    const cell = costs.rows.find((r) => r.sector === 'manufacturing' && r.applicationArea === 'operations');
    expect(cell).toMatchObject({ cases: 5, p25: 200_000, median: 400_000, p75: 400_000 });
    expect(cell!.byBand).toMatchObject({ '100k-300k': 2, '300k-500k': 2, '500k-1m': 1 });
    expect(costs.rows.find((r) => r.sector === null && r.applicationArea === null)).toMatchObject({ cases: 6 });
    expect(costs.rows.some((r) => r.sector === 'professional-services')).toBe(false);
  });
});
