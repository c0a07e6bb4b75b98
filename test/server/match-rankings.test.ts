// A need's ranked suppliers are kept as a read model (match.rankings.ts), current through events rather than
// ranked on every request: these check through the API that what an SME reads follows every change that can alter
// it — a supplier coming to fit, a ranked supplier no longer fitting, the need's own edit — and that the need's
// page and the dashboard read the same ranking.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SmeDashboard } from '../../shared/schemas/dashboard';
import type { Match } from '../../shared/schemas/needs';
import { OrganisationModel } from '../../server/modules/accounts/organisation.model';
import { importSuppliers } from '../../server/modules/imports/import.service';
import { SupplierModel } from '../../server/modules/suppliers/supplier.model';
import { buildNeedInput, buildSupplier } from '../factories';
import { bearer, signUp, type Account } from './accounts-helpers';
import { startTestServer, type TestServer } from './harness';

let server: TestServer;
let sme: Account;
let member: Account;

// More suppliers in the need's sector than a ranking keeps, none of them doing what it asks: a kept ranking is
// then full, and a changed supplier outside it must out-score its last to enter.
const fillers = Array.from({ length: 12 }, (_, i) =>
  buildSupplier({ name: `Factory Payroll ${String.fromCharCode(65 + i)}`, description: 'Payroll and rostering software.', descriptionZh: undefined, capabilities: ['payroll'], sectors: ['manufacturing'] }),
);
const loom = buildSupplier({ name: 'Tsuen Wan Loom Vision' });
const late = buildSupplier({ name: 'Late Harbour Labs', description: 'Bookkeeping for accountants.', descriptionZh: undefined, capabilities: ['bookkeeping'], sectors: ['finance-insurance'] });

beforeAll(async () => {
  server = await startTestServer();
  await importSuppliers([...fillers, loom, late]);
  await server.indexer.settled();
  [sme, member] = [await signUp(server, 'sme', 'Ranking Garments'), await signUp(server, 'supplier', 'Loom Vision Ltd')];
  const profile = await SupplierModel.findOne({ externalId: loom.externalId });
  await OrganisationModel.updateOne({ _id: member.user.organisation!.id }, { $set: { supplierId: profile!._id } });
});
afterAll(() => server?.close());

const send = async (method: string, path: string, body?: unknown) => server.send(method, path, body, bearer(sme));
const matches = async (needId: string, limit = 3) => ((await (await send('GET', `/api/needs/${needId}/matches?lang=en&limit=${limit}`)).json()) as { items: Match[] }).items;
const names = (items: Match[]) => items.map((m) => m.supplier.name);

async function reindexed(...suppliers: ReturnType<typeof buildSupplier>[]) {
  await importSuppliers(suppliers);
  await server.indexer.settled();
}

describe('kept rankings', () => {
  it('follow a supplier that comes to fit the need, and one that no longer does', async () => {
    const need = await (await send('POST', '/api/needs', buildNeedInput())).json();
    const before = await matches(need.id);
    expect(names(before)[0]).toBe('Tsuen Wan Loom Vision');
    expect(names(await matches(need.id, 10))).not.toContain('Late Harbour Labs');

    await reindexed({ ...late, description: 'Computer vision that finds weaving defects in garment factories.', capabilities: ['computer vision', 'defect detection'] });
    expect(names(await matches(need.id))).toContain('Late Harbour Labs');

    await reindexed({ ...loom, description: 'Payroll for small offices.', descriptionZh: undefined, capabilities: ['payroll'] });
    const after = await matches(need.id, 10);
    expect(names(after)[0]).toBe('Late Harbour Labs');
    expect(after.find((m) => m.supplier.name === 'Tsuen Wan Loom Vision')?.score ?? 0).toBeLessThan(before[0]!.score);
    await reindexed(loom, late);
  });

  it('follow the need’s own edit', async () => {
    const need = await (await send('POST', '/api/needs', buildNeedInput())).json();
    expect(names(await matches(need.id))[0]).toBe('Tsuen Wan Loom Vision');
    await send('PATCH', `/api/needs/${need.id}`, { title: 'Payroll for our factory', description: 'We want payroll and rostering software for our workers.' });
    expect(names(await matches(need.id))[0]).toMatch(/^Factory Payroll/);
  });

  it('are what the dashboard shows: the same suppliers and scores as the need’s page', async () => {
    const need = await (await send('POST', '/api/needs', buildNeedInput({ title: 'Spot defects in our fabric' }))).json();
    const dashboard = (await (await send('GET', '/api/dashboard')).json()) as SmeDashboard;
    const row = dashboard.needs.find((n) => n.need.id === need.id)!;
    const page = await matches(need.id);
    expect(row.matches.top).toEqual(page.map((m) => ({ supplier: { id: m.supplier.id, slug: m.supplier.slug, name: m.supplier.name, nameZh: m.supplier.nameZh }, score: m.score })));
    expect(row.matches.new).toBe(10);
  });
});

describe('kept opportunities', () => {
  const opportunities = async () =>
    ((await (await server.send('GET', '/api/opportunities?lang=en&limit=3', undefined, bearer(member))).json()) as { items: { need: { id: string; title: string }; score: number }[] }).items;
  const published = async (body: Record<string, unknown>) => {
    const need = await (await send('POST', '/api/needs', buildNeedInput(body))).json();
    await send('POST', `/api/needs/${need.id}/publish`);
    return need.id as string;
  };

  it('follow needs published, edited and fitting no longer, and the supplier’s own change', async () => {
    // More published needs than a ranking keeps, none about vision: the kept ranking is full.
    for (let i = 0; i < 22; i++) await published({ title: `Payroll for shop ${i}`, description: 'We want payroll and rostering software for our staff.', sector: 'trade-retail' });
    expect((await opportunities()).map((o) => o.need.title)).not.toContain('Defects on our weaving line');

    const vision = await published({ title: 'Defects on our weaving line' });
    const top = await opportunities();
    expect(top[0]!.need.id).toBe(vision);

    await send('PATCH', `/api/needs/${vision}`, { title: 'Payroll for our mill', description: 'We want payroll software for our mill workers.', sector: 'trade-retail' });
    const edited = await opportunities();
    expect(edited.find((o) => o.need.id === vision)?.score ?? 0).toBeLessThan(top[0]!.score);

    await reindexed({ ...loom, description: 'Payroll and rostering software for shops.', capabilities: ['payroll', 'rostering'], sectors: ['trade-retail'] });
    expect((await opportunities())[0]!.score).toBeGreaterThan(edited[0]!.score);
    await reindexed(loom);
  });

  it('say what the pair says now, in the language asked: the supplier’s new budget, the need’s new band', async () => {
    type Said = { need: { id: string }; reasons: { code: string; text: string }[] };
    const vision = await published({ title: 'Catch weaving defects on camera' });
    const said = async (lang: string) => {
      const items = ((await (await server.send('GET', `/api/opportunities?lang=${lang}&limit=3`, undefined, bearer(member))).json()) as { items: Said[] }).items;
      return items.find((o) => o.need.id === vision)!.reasons.find((r) => r.code.startsWith('budget'))!;
    };
    expect(await said('en')).toEqual({ kind: 'strength', code: 'budget-fit', text: 'Its budget fits your typical project' });
    expect((await said('zh-Hant')).text).toBe('其預算切合你的一般項目');

    await reindexed({ ...loom, projectBudgetHKD: { min: 600_000, max: 2_000_000 } });
    expect(await said('en')).toEqual({ kind: 'gap', code: 'budget-above', text: 'Its budget is below your typical starting price of HK$600,000' });
    expect((await said('zh-Hant')).text).toBe('其預算低於你一般項目的起價HK$600,000');

    await send('PATCH', `/api/needs/${vision}`, { budgetBand: '500k-1m' });
    expect(await said('en')).toEqual({ kind: 'strength', code: 'budget-fit', text: 'Its budget fits your typical project' });
    await reindexed(loom);
  });
});
