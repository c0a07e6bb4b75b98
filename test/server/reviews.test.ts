// Verified-engagement reviews through the API: who may review (only the SME organisation with an accepted quote,
// once per quote, not before delivery or 30 days), who may reply (the reviewed supplier's members, once), who may
// moderate (curators and admins, removal with an audited reason), and what the public, search and compare see.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engagement, ReportedReview, Review, ReviewPage } from '../../shared/schemas/reviews';
import { AuditModel } from '../../server/modules/audit/audit.model';
import { QuoteModel } from '../../server/modules/inquiries/inquiry.model';
import { bearer, signUp, staff, type Account } from './accounts-helpers';
import { startTestServer, type TestServer } from './harness';
import { linkSupplier, makeSupplier, sendQuote, startInquiry } from './inquiries-helpers';

let server: TestServer;
let sme: Account, sme2: Account, supplier: Account, supplier2: Account, curator: Account, admin: Account;
let profile: { id: string; slug: string }, profile2: { id: string; slug: string };
let delivered: string, waited: string, pending: string;

const ratings = { deliveredAsQuoted: 5, onTime: 4, onBudget: 4, communication: 5, wouldHireAgain: 5 };
const review = (quoteId: string, extra: Record<string, unknown> = {}) => ({ quoteId, ratings, text: 'They delivered the defect model on our line as quoted.', ...extra });
const post = (path: string, body: unknown, who?: Account) => server.send('POST', path, body, who ? bearer(who) : {});
async function ok<T>(res: Promise<Response>, status = 200): Promise<T> {
  const r = await res;
  expect(r.status, await r.clone().text()).toBe(status);
  return (r.status === 204 ? undefined : await r.json()) as T;
}
const publicReviews = (supplierId = profile.id) => ok<ReviewPage>(server.get(`/api/reviews?supplierId=${supplierId}`));

/** An accepted quote between the SME and the supplier, about a new need in the given sector. */
async function acceptedQuote(who: Account, by: Account, supplierId: string, priceHKD: number, accept = true): Promise<string> {
  const need = await ok<{ id: string }>(post('/api/needs', { title: 'Defect detection', description: 'Cameras to find defects on our line.', sector: 'manufacturing', applicationAreas: ['operations'], budgetBand: '100k-300k' }, who), 201);
  const thread = await startInquiry(server, who, { supplierId, needId: need.id });
  const quote = await sendQuote(server, by, thread.id, priceHKD);
  if (accept) await ok(post(`/api/inquiries/${thread.id}/quotes/${quote.id}/accept`, {}, who));
  return quote.id;
}

beforeAll(async () => {
  server = await startTestServer();
  [sme, sme2, supplier, supplier2, curator, admin] = await Promise.all([
    signUp(server, 'sme', 'Kowloon Bakery'),
    signUp(server, 'sme', 'Other SME'),
    signUp(server, 'supplier', 'Vision Co'),
    signUp(server, 'supplier', 'Second Vision'),
    staff(server, 'curator'),
    staff(server, 'admin'),
  ]);
  [profile, profile2] = await Promise.all([makeSupplier(), makeSupplier()]);
  await Promise.all([linkSupplier(supplier, profile.id), linkSupplier(supplier2, profile2.id)]);
  delivered = await acceptedQuote(sme, supplier, profile.id, 180_000);
  waited = await acceptedQuote(sme, supplier, profile.id, 650_000);
  pending = await acceptedQuote(sme, supplier, profile.id, 90_000, false);
});
afterAll(() => server?.close());

describe('who may review', () => {
  it('refuses everyone but the SME organisation with the accepted quote, and refuses it before delivery or 30 days', async () => {
    expect((await post('/api/reviews', review(delivered))).status).toBe(401);
    expect((await post('/api/reviews', review(delivered), supplier)).status).toBe(403);
    expect((await post('/api/reviews', review(delivered), curator)).status).toBe(403);
    expect((await post('/api/reviews', review(delivered), sme2)).status).toBe(404);
    expect((await post('/api/reviews', review(pending), sme)).status).toBe(404);
    const early = await post('/api/reviews', review(delivered), sme);
    expect(early.status).toBe(409);
    expect(((await early.json()) as { detail: string }).detail).toMatch(/mark the project delivered/);
    expect((await publicReviews()).total).toBe(0);
  });

  it('lets the SME review as soon as it marks the project delivered (only its own), once per quote', async () => {
    expect((await post(`/api/reviews/engagements/${delivered}/delivered`, {}, sme2)).status).toBe(404);
    expect((await post(`/api/reviews/engagements/${delivered}/delivered`, {}, supplier)).status).toBe(403);
    await ok(post(`/api/reviews/engagements/${delivered}/delivered`, {}, sme), 204);
    const written = await ok<Review>(post('/api/reviews', review(delivered), sme), 201);
    expect(written).toMatchObject({ ratings, average: 4.6, sector: 'manufacturing', budgetBand: '100k-300k' });
    expect(written.organisationName).toBeUndefined();
    const again = await Promise.all([post('/api/reviews', review(delivered), sme), post('/api/reviews', review(delivered), sme)]);
    expect(again.map((r) => r.status)).toEqual([409, 409]);
  });

  it('lets the SME review 30 days after acceptance without marking delivery, showing its name when it chooses', async () => {
    await QuoteModel.updateOne({ _id: waited }, { $set: { decidedAt: new Date(Date.now() - 31 * 86_400_000) } });
    const written = await ok<Review>(post('/api/reviews', review(waited, { showOrganisationName: true, text: '準時交付，溝通良好，會再合作。系統運作穩定，值得推薦。' }), sme), 201);
    expect(written).toMatchObject({ organisationName: 'Kowloon Bakery', budgetBand: '500k-1m' });
  });

  it('refuses ratings outside 1–5, missing criteria, short text and unknown fields with a 400 problem', async () => {
    for (const body of [review(pending, { ratings: { ...ratings, onTime: 6 } }), review(pending, { ratings: { onTime: 3 } }), review(pending, { text: 'ok' }), review(pending, { sponsored: true })]) {
      const res = await post('/api/reviews', body, sme);
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/problem\+json/);
    }
  });

  it('lists the organisation’s engagements with when each can be reviewed and its review', async () => {
    const { items } = await ok<{ items: Engagement[] }>(server.send('GET', '/api/reviews/engagements', undefined, bearer(sme)));
    expect(items.map((e) => e.quoteId).sort()).toEqual([delivered, waited].sort());
    expect(items.every((e) => e.reviewId === e.quoteId && !e.reviewable)).toBe(true);
    expect((await ok<{ items: Engagement[] }>(server.send('GET', '/api/reviews/engagements', undefined, bearer(sme2)))).items).toEqual([]);
    expect((await server.send('GET', '/api/reviews/engagements', undefined, bearer(supplier))).status).toBe(403);
  });
});

describe('what everyone sees', () => {
  it('shows published reviews newest first with the engagement, never the SME’s name unless chosen, and counts them', async () => {
    const page = await publicReviews();
    expect(page.items.map((r) => r.id)).toEqual([waited, delivered]);
    expect(page.items[1]!.organisationName).toBeUndefined();
    expect(JSON.stringify(page)).not.toMatch(/Kowloon Bakery.*Kowloon Bakery|authorId|smeOrganisationId/);
    expect(page.summary).toEqual({ count: 2, average: 4.6 });
    const summaries = await ok<{ items: unknown[] }>(server.get(`/api/reviews/summaries?ids=${profile.id},${profile2.id}`));
    expect(summaries.items).toEqual([{ supplierId: profile.id, count: 2, average: 4.6 }, { supplierId: profile2.id, count: 0, average: null }]);
  });

  it('puts the review count and average on the supplier’s search document', async () => {
    await server.indexer.settled();
    const [doc] = await server.search.get('suppliers', [profile.id]);
    expect(doc).toMatchObject({ reviewCount: 2, reviewAverage: 4.6 });
  });
});

describe('who may reply', () => {
  it('lets only the reviewed supplier’s members reply, once, publicly', async () => {
    const path = `/api/reviews/${delivered}/reply`;
    expect((await post(path, { text: 'Thank you' })).status).toBe(401);
    expect((await post(path, { text: 'Thank you' }, sme)).status).toBe(403);
    expect((await post(path, { text: 'Thank you' }, curator)).status).toBe(403);
    expect((await post(path, { text: 'Thank you' }, supplier2)).status).toBe(403);
    expect((await post(`/api/reviews/${pending}/reply`, { text: 'Thank you' }, supplier)).status).toBe(404);
    const replied = await ok<Review>(post(path, { text: 'Thank you, it was a pleasure.' }, supplier));
    expect(replied.reply?.text).toBe('Thank you, it was a pleasure.');
    expect((await post(path, { text: 'And again' }, supplier)).status).toBe(409);
    expect((await publicReviews()).items.find((r) => r.id === delivered)?.reply?.text).toBe('Thank you, it was a pleasure.');
  });
});

describe('reports and moderation', () => {
  const reported = (who: Account) => server.send('GET', '/api/reviews/reported', undefined, bearer(who));

  it('lets anyone signed in report; only curators and admins see the reports', async () => {
    expect((await post(`/api/reviews/${delivered}/report`, { reason: 'Abusive' })).status).toBe(401);
    await ok(post(`/api/reviews/${delivered}/report`, { reason: 'Made up' }, sme2), 204);
    await ok(post(`/api/reviews/${waited}/report`, { reason: 'Rude' }, supplier), 204);
    for (const who of [sme, sme2, supplier]) expect((await reported(who)).status).toBe(403);
    const queue = await ok<{ items: ReportedReview[] }>(reported(curator));
    expect(queue.items.map((r) => r.id).sort()).toEqual([delivered, waited].sort());
    expect(queue.items.find((r) => r.id === delivered)?.reports.map((r) => r.reason)).toEqual(['Made up']);
    // Reporting hides nothing: a reported review stays shown until a curator decides.
    expect((await publicReviews()).total).toBe(2);
  });

  it('removes a review only by a curator or admin with a reason, audited; it stops being shown and counted', async () => {
    const path = `/api/reviews/${delivered}/remove`;
    for (const who of [sme, supplier]) expect((await post(path, { reason: 'Spam' }, who)).status).toBe(403);
    expect((await post(path, {}, curator)).status).toBe(400);
    await ok(post(path, { reason: 'Describes a different company' }, curator), 204);
    expect((await post(path, { reason: 'Again' }, admin)).status).toBe(409);
    const audit = await AuditModel.findOne({ type: 'review.removed', 'detail.reviewId': delivered });
    expect(audit?.actorId?.toHexString()).toBe(curator.user.id);
    expect((audit?.detail as { reason: string }).reason).toBe('Describes a different company');
    const page = await publicReviews();
    expect(page.items.map((r) => r.id)).toEqual([waited]);
    expect(page.summary.count).toBe(1);
    await server.indexer.settled();
    expect((await server.search.get('suppliers', [profile.id]))[0]).toMatchObject({ reviewCount: 1 });
    // The SME cannot write it again: one review per accepted quote, ever.
    expect((await post('/api/reviews', review(delivered), sme)).status).toBe(409);
  });

  it('lets an admin keep a reported review: it leaves the queue and stays shown', async () => {
    expect((await post(`/api/reviews/${waited}/keep`, {}, supplier)).status).toBe(403);
    await ok(post(`/api/reviews/${waited}/keep`, {}, admin), 204);
    expect((await ok<{ items: ReportedReview[] }>(reported(curator))).items).toEqual([]);
    expect((await publicReviews()).items.map((r) => r.id)).toEqual([waited]);
    expect(await AuditModel.countDocuments({ type: 'review.reports-dismissed', 'detail.reviewId': waited })).toBe(1);
  });
});

describe('the personal-data export', () => {
  type Exported = { text: string; writtenByMe: boolean; reply?: { text: string; byMe: boolean }; myReports: Array<{ reason: string }> };
  const TEXT = 'Our second engagement went well, on time.';
  /** The person's exported reviews of this test's engagement (the earlier tests' reviews are theirs too). */
  const exported = async (who: Account) => (await ok<{ reviews: Exported[] }>(server.send('GET', '/api/me/export', undefined, bearer(who)))).reviews.filter((r) => r.text === TEXT);

  it('lists the reviews a person wrote, replied to or reported from the moment each is written', async () => {
    const quote = await acceptedQuote(sme2, supplier2, profile2.id, 120_000);
    const [author, replier, reporter] = [sme2, supplier2, supplier];
    await ok(post(`/api/reviews/engagements/${quote}/delivered`, {}, author), 204);
    await ok(post('/api/reviews', review(quote, { text: TEXT }), author), 201);
    expect(await exported(author)).toEqual([expect.objectContaining({ writtenByMe: true, myReports: [] })]);
    expect((await exported(author))[0]!.reply).toBeUndefined();
    expect(await exported(replier)).toEqual([]);
    expect(await exported(reporter)).toEqual([]);

    await ok(post(`/api/reviews/${quote}/reply`, { text: 'Glad it helped.' }, replier));
    expect(await exported(replier)).toEqual([expect.objectContaining({ writtenByMe: false, reply: { text: 'Glad it helped.', byMe: true } })]);
    await ok(post(`/api/reviews/${quote}/report`, { reason: 'Not the same company' }, reporter), 204);
    expect(await exported(reporter)).toEqual([expect.objectContaining({ writtenByMe: false, myReports: [expect.objectContaining({ reason: 'Not the same company' })] })]);
    // The author's organisation sees the reply, not as its own, and no report of its own.
    expect(await exported(author)).toEqual([expect.objectContaining({ writtenByMe: true, reply: { text: 'Glad it helped.', byMe: false }, myReports: [] })]);
  });
});
