// The thread lists are answered from memory (inquiry.threads.ts, and the organisations' names from accounts'
// OrganisationDirectory), kept current by the writes' events and read from the database at start. Checked through
// the API: every write shows in both sides' lists at once, no other organisation's thread ever does, renamed and
// newly linked organisations follow, and a full read picks up what another process wrote.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mongoose from 'mongoose';
import type { InquiryDetail, InquiryPage, InquirySummary } from '../../shared/schemas/inquiries';
import { InquiryModel } from '../../server/modules/inquiries/inquiry.model';
import { deleteClosedInquiries } from '../../server/modules/inquiries/inquiry.service';
import { startTestServer, type TestServer } from './harness';
import { bearer, signUp, staff, type Account } from './accounts-helpers';
import { linkSupplier, makeSupplier, sendQuote, startInquiry } from './inquiries-helpers';

let server: TestServer;
let sme: Account, otherSme: Account, supplier: Account, otherSupplier: Account;
let profile: { id: string }, otherProfile: { id: string };

beforeAll(async () => {
  server = await startTestServer();
  [sme, otherSme, supplier, otherSupplier] = await Promise.all([
    signUp(server, 'sme', 'Tsuen Wan Textiles'),
    signUp(server, 'sme', 'Other Textiles'),
    signUp(server, 'supplier', 'Loom Vision'),
    signUp(server, 'supplier', 'Other Vision'),
  ]);
  [profile, otherProfile] = await Promise.all([makeSupplier(), makeSupplier()]);
  await linkSupplier(supplier, profile.id);
  await linkSupplier(otherSupplier, otherProfile.id);
});
afterAll(async () => {
  await server?.close();
});

const list = async (who: Account, query = 'pageSize=100') => {
  const res = await server.send('GET', `/api/inquiries?${query}`, undefined, bearer(who));
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as InquiryPage;
};
const card = async (who: Account, id: string) => (await list(who)).items.find((t) => t.id === id);
const post = async (path: string, who: Account, body: unknown = {}) => {
  const res = await server.send('POST', path, body, bearer(who));
  expect(res.status, await res.clone().text()).toBeLessThan(300);
  return res;
};

describe('thread lists from memory', () => {
  it('shows every write in both sides’ lists at once, newest activity first', async () => {
    const first = await startInquiry(server, sme, { supplierId: profile.id, subject: 'Fabric defects' });
    const second = await startInquiry(server, sme, { supplierId: profile.id, subject: 'Dye matching' });
    expect(await card(sme, first.id)).toMatchObject<Partial<InquirySummary>>({ subject: 'Fabric defects', status: 'open', messageCount: 1, unread: false, smeName: 'Tsuen Wan Textiles', supplierOnPlatform: true });
    expect(await card(supplier, first.id)).toMatchObject<Partial<InquirySummary>>({ side: 'supplier', unread: true });
    expect((await list(supplier)).items.map((t) => t.id).slice(0, 2)).toEqual([second.id, first.id]);

    // The supplier answers the older thread: it moves to the top of both lists, answered and unread for the SME.
    await post(`/api/inquiries/${first.id}/messages`, supplier, { text: 'We can look at your line next week.' });
    expect((await list(sme)).items[0]).toMatchObject<Partial<InquirySummary>>({ id: first.id, status: 'answered', messageCount: 2, unread: true });
    expect((await list(supplier)).items[0]).toMatchObject<Partial<InquirySummary>>({ id: first.id, unread: false });
    expect((await server.send('GET', '/api/inquiries/unread', undefined, bearer(sme)).then((r) => r.json())) as { count: number }).toEqual({ count: 1 });
    await post(`/api/inquiries/${first.id}/read`, sme);
    expect(await card(sme, first.id)).toMatchObject({ unread: false });

    // A quote is a message too; closing and archiving change what each list shows.
    await sendQuote(server, supplier, second.id);
    expect(await card(sme, second.id)).toMatchObject({ messageCount: 2, status: 'answered' });
    await post(`/api/inquiries/${second.id}/status`, sme, { status: 'archived' });
    expect(await card(sme, second.id)).toBeUndefined();
    expect(await card(supplier, second.id)).toBeUndefined();
    expect((await list(sme, 'status=archived')).items.map((t) => t.id)).toEqual([second.id]);

    // Reported: on the curators' queue; deleted by the retention job: gone from every list and 404.
    await post(`/api/inquiries/${first.id}/report`, sme, { reason: 'Testing the queue' });
    const curator = await staff(server, 'curator');
    const queue = await server.send('GET', '/api/inquiries/reported', undefined, bearer(curator)).then((r) => r.json() as Promise<InquiryPage>);
    expect(queue.items[0]).toMatchObject({ id: first.id, reported: true });
    await post(`/api/inquiries/${first.id}/status`, supplier, { status: 'closed' });
    expect(await deleteClosedInquiries(0, new Date(Date.now() + 1000))).toBeGreaterThanOrEqual(1);
    expect(await card(sme, first.id)).toBeUndefined();
    expect(await card(supplier, first.id)).toBeUndefined();
    expect((await server.send('GET', `/api/inquiries/${first.id}`, undefined, bearer(sme))).status).toBe(404);
  });

  it('never lists another organisation’s threads, and counts only the caller’s', async () => {
    const mine = await startInquiry(server, sme, { supplierId: profile.id, subject: 'Only ours' });
    const theirs = await startInquiry(server, otherSme, { supplierId: otherProfile.id, subject: 'Only theirs' });
    for (const [who, own, foreign] of [[sme, mine, theirs], [supplier, mine, theirs], [otherSme, theirs, mine], [otherSupplier, theirs, mine]] as const) {
      const page = await list(who);
      expect(page.items.map((t) => t.id)).toContain(own.id);
      expect(page.items.map((t) => t.id)).not.toContain(foreign.id);
      expect(page.total).toBe(page.items.length);
    }
    expect((await list(otherSupplier)).items.every((t) => t.supplier.id === otherProfile.id)).toBe(true);
  });

  it('follows organisations: a renamed SME and a supplier that joins later', async () => {
    const waiting = await makeSupplier();
    const thread = await startInquiry(server, sme, { supplierId: waiting.id, subject: 'Before you joined' });
    expect(await card(sme, thread.id)).toMatchObject({ supplierOnPlatform: false });
    const res = await server.send('PATCH', `/api/organisations/${sme.user.organisation!.id}`, { name: 'Tsuen Wan Textiles Group' }, bearer(sme));
    expect(res.status).toBe(200);
    expect(await card(sme, thread.id)).toMatchObject({ smeName: 'Tsuen Wan Textiles Group' });

    const joiner = await signUp(server, 'supplier', 'Late Joiner');
    expect((await list(joiner)).total).toBe(0);
    await linkSupplier(joiner, waiting.id);
    expect(await card(joiner, thread.id)).toMatchObject({ side: 'supplier', smeName: 'Tsuen Wan Textiles Group', supplierOnPlatform: true });
    expect(((await server.send('GET', `/api/inquiries/${thread.id}`, undefined, bearer(joiner)).then((r) => r.json())) as InquiryDetail).side).toBe('supplier');
  });

  it('shows a thread’s need as it is now: published (kept in memory), edited, then closed', async () => {
    const need = (await (await post('/api/needs', sme, { title: 'Loom camera', description: 'Cameras to find broken threads on our looms.', sector: 'manufacturing', applicationAreas: ['operations'], budgetBand: '300k-500k' })).json()) as { id: string };
    await post(`/api/needs/${need.id}/publish`, sme);
    const thread = await startInquiry(server, sme, { supplierId: profile.id, needId: need.id });
    const shown = async () => ((await server.send('GET', `/api/inquiries/${thread.id}`, undefined, bearer(supplier)).then((r) => r.json())) as InquiryDetail).need;
    expect(await shown()).toMatchObject({ id: need.id, title: 'Loom camera', sector: 'manufacturing' });
    const edited = await server.send('PATCH', `/api/needs/${need.id}`, { title: 'Loom camera, two lines' }, bearer(sme));
    expect(edited.status).toBe(200);
    expect(await shown()).toMatchObject({ title: 'Loom camera, two lines' });
    await post(`/api/needs/${need.id}/close`, sme);
    expect(await shown()).toMatchObject({ id: need.id, title: 'Loom camera, two lines' });
  });

  it('lists what the database holds once it reads it in full (at start, or after missing other instances’ news)', async () => {
    // Written past the model's hooks, as another process would: the running server learns of it at its next full
    // read, which start-up and a reconnection to the other instances (Redis) do.
    const _id = new mongoose.Types.ObjectId();
    const at = new Date(Date.now() + 60_000);
    await InquiryModel.collection.insertOne({
      _id, smeOrganisationId: new mongoose.Types.ObjectId(sme.user.organisation!.id), supplierId: new mongoose.Types.ObjectId(profile.id),
      subject: 'Written elsewhere', status: 'open', messageCount: 1, lastMessageAt: at, lastMessageSide: 'sme', reads: [], reports: [], createdAt: at, updatedAt: at,
    });
    server.inquiries.threads.changed([]);
    expect((await list(sme, 'pageSize=1')).items[0]).toMatchObject({ id: _id.toHexString(), subject: 'Written elsewhere', smeName: 'Tsuen Wan Textiles Group' });
    expect((await list(supplier, 'pageSize=1')).items[0]).toMatchObject({ id: _id.toHexString(), side: 'supplier' });
    expect((await list(otherSme)).items.map((t) => t.id)).not.toContain(_id.toHexString());
  });
});
