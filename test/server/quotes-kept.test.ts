// A thread's quotes, a need's comparison and the engagements are answered from the quotes kept in memory
// (inquiry.quotes.ts), kept current by the writes' events and read from the database at start. Checked through the
// API: every write shows on all three pages at once, no other organisation sees them, a write another instance
// announces (relayed) and what another process wrote (after a full read) show too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mongoose from 'mongoose';
import type { InquiryDetail, Quote } from '../../shared/schemas/inquiries';
import type { Engagement } from '../../shared/schemas/reviews';
import { QuoteModel } from '../../server/modules/inquiries/inquiry.model';
import { domainEvents } from '../../server/platform/events';
import { startTestServer, type TestServer } from './harness';
import { bearer, signUp, type Account } from './accounts-helpers';
import { linkSupplier, makeSupplier, quoteBody, sendQuote, startInquiry } from './inquiries-helpers';

let server: TestServer;
let sme: Account, otherSme: Account, supplier: Account;
let profile: { id: string; slug: string };

beforeAll(async () => {
  server = await startTestServer();
  [sme, otherSme, supplier] = await Promise.all([signUp(server, 'sme', 'Sham Shui Po Prints'), signUp(server, 'sme', 'Other Prints'), signUp(server, 'supplier', 'Ink Vision')]);
  profile = await makeSupplier();
  await linkSupplier(supplier, profile.id);
});
afterAll(async () => {
  await server?.close();
});

async function get<T>(path: string, who: Account): Promise<T> {
  const res = await server.send('GET', path, undefined, bearer(who));
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as T;
}
const post = async (path: string, who: Account, body: unknown = {}) => {
  const res = await server.send('POST', path, body, bearer(who));
  expect(res.status, await res.clone().text()).toBeLessThan(300);
  return res;
};
/** A draft need (kept in memory with the published ones) and a thread about it. */
async function threadAboutNeed(): Promise<{ need: string; thread: InquiryDetail }> {
  const need = (await (await post('/api/needs', sme, { title: 'Print defects', description: 'Find smudged prints before they ship.', sector: 'manufacturing', applicationAreas: ['operations'], budgetBand: '100k-300k' })).json()) as { id: string };
  return { need: need.id, thread: await startInquiry(server, sme, { supplierId: profile.id, needId: need.id }) };
}
const threadQuotes = async (id: string, who = sme) => (await get<InquiryDetail>(`/api/inquiries/${id}`, who)).quotes;
const comparison = async (need: string) => (await get<{ items: Quote[] }>(`/api/needs/${need}/quotes`, sme)).items;
const engagements = async (who = sme) => (await get<{ items: Engagement[] }>('/api/reviews/engagements', who)).items;

describe('quotes from memory', () => {
  it('shows every quote and decision on the thread, the comparison and the engagements at once', async () => {
    const { need, thread } = await threadAboutNeed();
    expect((await get<InquiryDetail>(`/api/inquiries/${thread.id}`, supplier)).need).toMatchObject({ id: need, title: 'Print defects' });
    expect(await threadQuotes(thread.id)).toEqual([]);

    const dear = await sendQuote(server, supplier, thread.id, 300_000);
    const cheap = await sendQuote(server, supplier, thread.id, 120_000);
    expect((await threadQuotes(thread.id, supplier)).map((q) => q.id)).toEqual([dear.id, cheap.id]);
    expect((await comparison(need)).map((q) => [q.id, q.priceHKD])).toEqual([[cheap.id, 120_000], [dear.id, 300_000]]);
    expect((await comparison(need))[0]).toEqual(cheap);

    await post(`/api/inquiries/${thread.id}/quotes/${dear.id}/decline`, sme, { reason: 'Over our budget' });
    await post(`/api/inquiries/${thread.id}/quotes/${cheap.id}/accept`, sme);
    expect((await threadQuotes(thread.id)).map((q) => [q.status, q.declineReason])).toEqual([['declined', 'Over our budget'], ['accepted', undefined]]);
    const [accepted] = await engagements();
    expect(accepted).toMatchObject({ quoteId: cheap.id, inquiryId: thread.id, supplierId: profile.id, supplierSlug: profile.slug, priceHKD: 120_000, reviewable: false });
    expect(accepted!.deliveredAt).toBeUndefined();

    await post(`/api/reviews/engagements/${cheap.id}/delivered`, sme);
    expect((await engagements())[0]).toMatchObject({ quoteId: cheap.id, deliveredAt: expect.any(String), reviewable: true });
  });

  it('shows an organisation’s quotes to it alone', async () => {
    const { need, thread } = await threadAboutNeed();
    const quote = await sendQuote(server, supplier, thread.id);
    await post(`/api/inquiries/${thread.id}/quotes/${quote.id}/accept`, sme);
    expect((await server.send('GET', `/api/needs/${need}/quotes`, undefined, bearer(otherSme))).status).toBe(404);
    expect((await server.send('GET', `/api/inquiries/${thread.id}`, undefined, bearer(otherSme))).status).toBe(404);
    expect(await engagements(otherSme)).toEqual([]);
    expect((await engagements()).map((e) => e.quoteId)).toContain(quote.id);
  });

  it('shows what another instance announced, and what another process wrote once it reads them in full', async () => {
    const { need, thread } = await threadAboutNeed();
    const quote = await sendQuote(server, supplier, thread.id, 150_000);
    // Another instance changed the quote and announced it (relayed to this one).
    await QuoteModel.collection.updateOne({ _id: new mongoose.Types.ObjectId(quote.id) }, { $set: { priceHKD: 140_000 } });
    domainEvents.emit('quotes.changed', [quote.id]);
    expect((await comparison(need)).map((q) => q.priceHKD)).toEqual([140_000]);

    // Written past the model's hooks, as another process would: learnt at the next full read.
    const _id = new mongoose.Types.ObjectId();
    const at = new Date();
    await QuoteModel.collection.insertOne({
      _id, ...quoteBody(90_000), validUntil: new Date(Date.now() + 86_400_000), status: 'pending',
      inquiryId: new mongoose.Types.ObjectId(thread.id), needId: new mongoose.Types.ObjectId(need), supplierId: new mongoose.Types.ObjectId(profile.id),
      smeOrganisationId: new mongoose.Types.ObjectId(sme.user.organisation!.id), createdAt: at, updatedAt: at,
    });
    server.inquiries.quotes.changed([]);
    expect((await comparison(need)).map((q) => [q.id, q.priceHKD])).toEqual([[_id.toHexString(), 90_000], [quote.id, 140_000]]);
    expect((await threadQuotes(thread.id)).map((q) => q.id)).toEqual([quote.id, _id.toHexString()]);
  });
});
