// Needs and explained matchmaking through the API: ownership, the need's lifecycle, matches, funding hints, and
// opportunities that never reveal who the SME is.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrganisationModel } from '../../server/modules/accounts/organisation.model';
import { importSuppliers } from '../../server/modules/imports/import.service';
import { SupplierModel } from '../../server/modules/suppliers/supplier.model';
import { buildCaseStudy, buildNeedInput, buildSupplier } from '../factories';
import { bearer, signUp, staff, type Account } from './accounts-helpers';
import { startTestServer, type TestServer } from './harness';
import { receivedInquiries } from './inquiries-helpers';

let server: TestServer;
let sme: Account;
let otherSme: Account;
let supplierMember: Account;

const vision = buildSupplier({ name: 'Kwun Tong Defect Vision', caseStudies: [buildCaseStudy({ clientSector: 'manufacturing' })] });
const ledgers = buildSupplier({ name: 'Harbour Ledgers', description: 'Bookkeeping software for accountants.', capabilities: ['bookkeeping'], sectors: ['professional-services'], applicationAreas: ['finance'] });

const needBody = buildNeedInput({ languages: ['zh-Hant'] });

beforeAll(async () => {
  server = await startTestServer();
  await importSuppliers([vision, ledgers]);
  await server.indexer.settled();
  [sme, otherSme, supplierMember] = [await signUp(server, 'sme', 'Sham Shui Po Garments'), await signUp(server, 'sme'), await signUp(server, 'supplier')];
  const profile = await SupplierModel.findOne({ externalId: vision.externalId });
  await OrganisationModel.updateOne({ _id: supplierMember.user.organisation!.id }, { $set: { supplierId: profile!._id } });
});
afterAll(() => server?.close());

const post = (who: Account, path: string, body?: unknown) => server.send('POST', path, body, bearer(who));
const get = (who: Account, path: string) => server.send('GET', path, undefined, bearer(who));

describe('needs', () => {
  it('saves a draft placed on the readiness scale, visible only to its organisation', async () => {
    const res = await post(sme, '/api/needs', needBody);
    expect(res.status).toBe(201);
    const need = await res.json();
    expect(need).toMatchObject({ status: 'draft', readiness: 'aware', readinessAverage: 2.9 });
    expect((await get(sme, `/api/needs/${need.id}`)).status).toBe(200);
    expect((await get(otherSme, `/api/needs/${need.id}`)).status).toBe(404);
    expect((await get(supplierMember, `/api/needs/${need.id}`)).status).toBe(403);
    const mine = await (await get(otherSme, '/api/needs')).json();
    expect(mine.items.map((n: { id: string }) => n.id)).not.toContain(need.id);
  });

  it('pages the organisation’s needs newest first, with the same total on every page', async () => {
    const owner = await signUp(server, 'sme');
    const ids: string[] = [];
    for (const title of ['First need', 'Second need', 'Third need']) ids.push((await (await post(owner, '/api/needs', { ...needBody, title })).json()).id);
    const page = async (n: number) => (await get(owner, `/api/needs?page=${n}&pageSize=2`)).json();
    const [one, two, three] = [await page(1), await page(2), await page(3)];
    expect(one.items.map((n: { id: string }) => n.id)).toEqual([ids[2], ids[1]]);
    expect(two.items.map((n: { id: string }) => n.id)).toEqual([ids[0]]);
    expect(three.items).toEqual([]);
    expect([one.total, two.total, three.total]).toEqual([3, 3, 3]);
    expect((await (await get(owner, '/api/needs?status=published')).json()).total).toBe(0);
  });

  it('lists closed needs with the open ones, most recently edited first, and by status', async () => {
    const owner = await signUp(server, 'sme');
    const ids: string[] = [];
    for (const title of ['Older need', 'Need to close', 'Newer need']) ids.push((await (await post(owner, '/api/needs', { ...needBody, title })).json()).id);
    expect((await post(owner, `/api/needs/${ids[1]}/close`)).status).toBe(200);
    const list = async (query = '') => (await get(owner, `/api/needs${query}`)).json();
    const all = await list();
    expect(all.items.map((n: { id: string; status: string }) => [n.id, n.status])).toEqual([[ids[1], 'closed'], [ids[2], 'draft'], [ids[0], 'draft']]);
    expect(all.items[0]).toMatchObject({ title: 'Need to close', description: needBody.description });
    expect(all.total).toBe(3);
    expect(await list('?status=closed')).toMatchObject({ items: [{ id: ids[1] }], total: 1 });
    expect((await list('?status=draft')).items.map((n: { id: string }) => n.id)).toEqual([ids[2], ids[0]]);
    expect(await list('?page=2&pageSize=2')).toMatchObject({ items: [{ id: ids[0] }], total: 3 });
    const other = await (await get(otherSme, '/api/needs?status=closed')).json();
    expect(other.items.map((n: { id: string }) => n.id)).not.toContain(ids[1]);
  });

  it('rejects unknown taxonomy keys and fields the SME may not set, changing nothing', async () => {
    const before = (await (await get(sme, '/api/needs')).json()).total;
    const res = await post(sme, '/api/needs', { ...needBody, sector: 'shipbuilding', status: 'published', organisationId: 'x' });
    expect(res.status).toBe(400);
    const paths = (await res.json()).errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['body.sector']));
    expect((await (await get(sme, '/api/needs')).json()).total).toBe(before);
  });

  it('moves draft → published → closed, and answers 409 to a transition its state does not allow', async () => {
    const need = await (await post(sme, '/api/needs', needBody)).json();
    expect((await post(sme, `/api/needs/${need.id}/publish`)).status).toBe(200);
    expect((await post(sme, `/api/needs/${need.id}/publish`)).status).toBe(409);
    expect((await post(sme, `/api/needs/${need.id}/close`)).status).toBe(200);
    expect((await post(sme, `/api/needs/${need.id}/close`)).status).toBe(409);
    expect((await server.send('PATCH', `/api/needs/${need.id}`, { title: 'Too late' }, bearer(sme))).status).toBe(409);
  });

  it('ranks matches for a draft with reasons in the requester’s language', async () => {
    const need = await (await post(sme, '/api/needs', needBody)).json();
    const en = await (await get(sme, `/api/needs/${need.id}/matches?lang=en`)).json();
    expect(en.items[0].supplier).toMatchObject({ name: 'Kwun Tong Defect Vision', externalId: vision.externalId });
    expect(en.items.every((m: { reasons: unknown[] }) => m.reasons.length > 0)).toBe(true);
    expect(en.items[0].reasons.map((r: { text: string }) => r.text)).toContain('Has published case studies in Manufacturing');
    const zh = await (await server.send('GET', `/api/needs/${need.id}/matches`, undefined, { ...bearer(sme), 'accept-language': 'zh-HK' })).json();
    expect(zh.items[0].reasons.map((r: { text: string }) => r.text)).toContain('已發表製造業的個案研究');
    expect((await get(otherSme, `/api/needs/${need.id}/matches`)).status).toBe(404);
  });

  it('answers repeated requests from the same ranking, and re-ranks when a supplier or its responsiveness changes', async () => {
    const need = await (await post(sme, '/api/needs', needBody)).json();
    const top = async () => (await (await get(sme, `/api/needs/${need.id}/matches?lang=en`)).json()).items[0];
    const points = (match: { components: { key: string; points: number }[] }) => match.components.find((c) => c.key === 'responsiveness')?.points;
    const first = await top();
    expect(points(first)).toBe(1);
    expect(await top()).toEqual(first);

    const profile = await SupplierModel.findOne({ externalId: vision.externalId });
    const received = new Date(Date.now() - 10 * 86_400_000);
    await receivedInquiries(profile!._id, [{ at: received, hours: 2 }]);
    const answered = await top();
    expect(points(answered)).toBe(2);
    expect(answered.reasons.map((r: { text: string }) => r.text)).toContain('Replies to inquiries in a median of 2 hours (100% answered)');

    await importSuppliers([{ ...vision, name: 'Kwun Tong Fabric Vision' }]);
    await server.indexer.settled();
    expect((await top()).supplier.name).toBe('Kwun Tong Fabric Vision');
  });

  it('shows funding schemes that may apply, marked as information', async () => {
    const need = await (await post(sme, '/api/needs', needBody)).json();
    const hints = await (await get(sme, `/api/needs/${need.id}/funding`)).json();
    expect(hints.notice.en).toMatch(/not advice/);
    expect(hints.items.map((s: { key: string }) => s.key)).toContain('nittp');
    expect(hints.items.map((s: { key: string }) => s.key)).not.toContain('stf');
  });

  it('shows a scheme a curator adds, edits or unpublishes on the very next read (the list is held in memory)', async () => {
    const curator = await staff(server, 'curator');
    const need = await (await post(sme, '/api/needs', needBody)).json();
    const keys = async () => ({
      listed: (await (await server.get('/api/funding-schemes')).json()).items.map((s: { key: string }) => s.key),
      hinted: (await (await get(sme, `/api/needs/${need.id}/funding`)).json()).items.map((s: { key: string }) => s.key),
    });
    expect((await keys()).listed).not.toContain('harbour-ai-voucher');
    const scheme = { key: 'harbour-ai-voucher', name: { en: 'Harbour AI voucher', 'zh-Hant': '海港AI券' }, summary: { en: 'Pilots.', 'zh-Hant': '試點。' }, eligibility: {} };
    const created = await (await server.send('POST', '/api/funding-schemes', scheme, bearer(curator))).json();
    expect(await keys()).toEqual({ listed: expect.arrayContaining(['harbour-ai-voucher']), hinted: expect.arrayContaining(['harbour-ai-voucher']) });
    await server.send('PUT', `/api/funding-schemes/${created.id}`, { ...scheme, published: false }, bearer(curator));
    const after = await keys();
    expect(after.listed).not.toContain('harbour-ai-voucher');
    expect(after.hinted).not.toContain('harbour-ai-voucher');
  });
});

describe('opportunities', () => {
  it('shows suppliers the published needs that fit them, without the SME’s identity', async () => {
    const draft = await (await post(sme, '/api/needs', { ...needBody, title: 'Still a draft' })).json();
    const published = await (await post(sme, '/api/needs', needBody)).json();
    await post(sme, `/api/needs/${published.id}/publish`);
    const res = await get(supplierMember, '/api/opportunities?lang=en');
    const text = await res.text();
    const body = JSON.parse(text);
    expect(body.profileLinked).toBe(true);
    const ids = body.items.map((o: { need: { id: string } }) => o.need.id);
    expect(ids).toContain(published.id);
    expect(ids).not.toContain(draft.id);
    expect(body.items[0].reasons.map((r: { text: string }) => r.text)).toContain('You have published case studies in Manufacturing');
    for (const secret of [sme.email, 'Sham Shui Po Garments', sme.user.organisation!.id, sme.user.id]) expect(text).not.toContain(secret);
  });

  it('follows a need as it is published, edited and closed', async () => {
    const shown = async () => (await (await get(supplierMember, '/api/opportunities?lang=en&limit=50')).json()).items.map((o: { need: { id: string; title: string } }) => o.need);
    const need = await (await post(sme, '/api/needs', { ...needBody, title: 'Defects on our knitting line' })).json();
    expect((await shown()).map((n: { id: string }) => n.id)).not.toContain(need.id);
    await post(sme, `/api/needs/${need.id}/publish`);
    expect(await shown()).toContainEqual(expect.objectContaining({ id: need.id, title: 'Defects on our knitting line' }));
    expect((await server.send('PATCH', `/api/needs/${need.id}`, { title: 'Defects on our weaving line' }, bearer(sme))).status).toBe(200);
    expect(await shown()).toContainEqual(expect.objectContaining({ id: need.id, title: 'Defects on our weaving line' }));
    await post(sme, `/api/needs/${need.id}/close`);
    expect((await shown()).map((n: { id: string }) => n.id)).not.toContain(need.id);
  });

  it('tells a supplier without a linked profile to link one', async () => {
    const unlinked = await signUp(server, 'supplier');
    expect(await (await get(unlinked, '/api/opportunities')).json()).toEqual({ items: [], profileLinked: false });
  });
});
