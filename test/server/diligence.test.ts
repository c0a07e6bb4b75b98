// The AI due-diligence card through the API: suppliers declare, curators check (audited), a change drops the check,
// nobody else can check, and a need's data constraints are matched against the card.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiligenceCard } from '../../shared/schemas/diligence';
import type { Match } from '../../shared/schemas/needs';
import { AuditModel } from '../../server/modules/audit/audit.model';
import { importSuppliers } from '../../server/modules/imports/import.service';
import { buildSupplier } from '../factories';
import { bearer, signUp, staff, type Account } from './accounts-helpers';
import { startTestServer, type TestServer } from './harness';

let server: TestServer;
let supplier: Account;
let curator: Account;
let sme: Account;
let supplierId: string;
let slug: string;

const card = {
  dataLocations: ['hong-kong'],
  aiSources: ['own-models', 'third-party-apis'],
  aiServices: ['Azure OpenAI (Hong Kong region)'],
  dataProcessingTerms: true,
  deletionOnRequest: true,
  retentionDays: 30,
  languageCapabilities: ['cantonese', 'english'],
};

async function ok<T>(res: Promise<Response>, status = 200): Promise<T> {
  const r = await res;
  expect(r.status, await r.clone().text()).toBe(status);
  return (await r.json()) as T;
}
const publicCard = async () => (await ok<{ diligence?: DiligenceCard }>(server.get(`/api/suppliers/${slug}`))).diligence;

beforeAll(async () => {
  server = await startTestServer();
  [supplier, curator, sme] = await Promise.all([signUp(server, 'supplier', 'Harbour Bots'), staff(server, 'curator'), signUp(server, 'sme', 'Tea House')]);
  const created = await ok<{ id: string; slug: string }>(
    server.send('POST', '/api/suppliers', { name: 'Harbour Bots Ltd', description: 'Cantonese chatbots for restaurants.', layers: ['application'], sectors: ['food-beverage'] }, bearer(supplier)),
    201,
  );
  ({ id: supplierId, slug } = created);
});
afterAll(() => server?.close());

describe('the AI due-diligence card', () => {
  it('shows nothing until declared, then each declared answer as declared by the supplier', async () => {
    expect(await publicCard()).toBeUndefined();
    await ok(server.send('PATCH', `/api/suppliers/${supplierId}`, { diligence: card }, bearer(supplier)));
    expect(await publicCard()).toEqual({ declared: card, checked: [] });
  });

  it('rejects answers outside the card’s vocabulary with a problem naming the field, and changes nothing', async () => {
    const res = await server.send('PATCH', `/api/suppliers/${supplierId}`, { diligence: { dataLocations: ['moon'] } }, bearer(supplier));
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/problem\+json/);
    expect(JSON.stringify(await res.json())).toContain('diligence.dataLocations');
    expect((await publicCard())?.declared).toEqual(card);
  });

  it('lets only curators mark declared answers checked, audited; undeclared answers cannot be checked', async () => {
    const path = `/api/curation/suppliers/${supplierId}/diligence`;
    const body = { fields: ['dataLocations', 'dataProcessingTerms'], checked: true };
    expect((await server.send('POST', path, body, bearer(supplier))).status).toBe(403);
    expect((await server.send('POST', path, body, bearer(sme))).status).toBe(403);
    expect((await server.send('POST', path, body)).status).toBe(401);
    expect((await server.send('POST', path, { fields: ['onPremises'], checked: true }, bearer(curator))).status).toBe(409);
    await ok(server.send('POST', path, body, bearer(curator)));
    expect((await publicCard())?.checked.map((c) => c.field).sort()).toEqual(['dataLocations', 'dataProcessingTerms']);
    expect(await AuditModel.countDocuments({ type: 'supplier.diligence-checked', 'detail.supplierId': supplierId })).toBe(1);
  });

  it('drops the check of an answer the supplier changes, and keeps the others', async () => {
    await ok(server.send('PATCH', `/api/suppliers/${supplierId}`, { diligence: { ...card, dataLocations: ['hong-kong', 'overseas'] } }, bearer(supplier)));
    const after = await publicCard();
    expect(after?.declared.dataLocations).toEqual(['hong-kong', 'overseas']);
    expect(after?.checked.map((c) => c.field)).toEqual(['dataProcessingTerms']);
  });

  it('imports the card from the interchange format', async () => {
    await importSuppliers([buildSupplier({ externalId: 'dd-1', name: 'Imported Card Ltd', diligence: { onPremises: true, certifications: ['iso-27001'] } })]);
    await server.indexer.settled();
    const list = await ok<{ items: { slug: string; name: string }[] }>(server.get('/api/suppliers?q=Imported%20Card'));
    const imported = list.items.find((s) => s.name === 'Imported Card Ltd')!;
    const detail = await ok<{ diligence?: DiligenceCard }>(server.get(`/api/suppliers/${imported.slug}`));
    expect(detail.diligence?.declared).toEqual({ onPremises: true, certifications: ['iso-27001'] });
  });
});

describe('needs’ data constraints against the card', () => {
  it('says a declared conflict as a gap that lowers the score, a fit as a strength, and an undeclared answer as unknown', async () => {
    await server.indexer.settled();
    const need = await ok<{ id: string }>(
      server.send('POST', '/api/needs', {
        title: 'Cantonese chatbot for our restaurant', description: 'Answer customers on WhatsApp in Cantonese.', sector: 'food-beverage',
        applicationAreas: ['customer-service'], budgetBand: '100k-300k', dataConstraints: ['data-in-hong-kong', 'cantonese-required', 'no-cloud-training'],
      }, bearer(sme)),
      201,
    );
    const { items } = await ok<{ items: Match[] }>(server.send('GET', `/api/needs/${need.id}/matches?lang=en`, undefined, bearer(sme)));
    const bots = items.find((m) => m.supplier.id === supplierId)!;
    const constraints = bots.components.find((c) => c.key === 'constraints')!;
    expect(constraints.points).toBeLessThan(0);
    const said = Object.fromEntries(bots.reasons.filter((r) => r.code.startsWith('constraints-')).map((r) => [r.code, r.text]));
    expect(said['constraints-conflict']).toBe('Declares it does not meet your requirement: data stays in Hong Kong');
    expect(said['constraints-fit']).toBe('Declares on its due-diligence card: understands Cantonese');
    expect(said['constraints-unknown']).toBe('Has not declared whether: your data does not train models');
  });
});
