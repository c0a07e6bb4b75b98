// Interests: a supplier answers a published need with a note; the SME sees who and why (the matcher's own
// explanation), is told in the app and by one batched email, and opens an inquiry or dismisses. The SME stays
// anonymous to the supplier until it writes.
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SmeDashboard } from '../../shared/schemas/dashboard';
import type { InquiryDetail } from '../../shared/schemas/inquiries';
import type { MyInterest, NeedInterest } from '../../shared/schemas/interests';
import type { Match } from '../../shared/schemas/needs';
import { importSuppliers } from '../../server/modules/imports/import.service';
import { InquiryModel } from '../../server/modules/inquiries/inquiry.model';
import { InterestModel } from '../../server/modules/interests/interest.model';
import { SupplierModel } from '../../server/modules/suppliers/supplier.model';
import { domainEvents } from '../../server/platform/events';
import { OutboxModel } from '../../server/platform/mail/outbox.model';
import { buildCaseStudy, buildSupplier } from '../factories';
import { bearer, PASSWORD, signUp, type Account } from './accounts-helpers';
import { startTestServer, type TestServer } from './harness';
import { linkSupplier, sendQuote, startInquiry } from './inquiries-helpers';

let server: TestServer;
let sme: Account, sme2: Account, supplier: Account, supplier2: Account, unlinked: Account;
let visionId: string;
const DELAY_MS = 600;
const PER_DAY = 15;
const SME_NAME = 'Tsuen Wan Dyeworks';

const vision = buildSupplier({ name: 'Kwai Chung Vision Lab', caseStudies: [buildCaseStudy({ clientSector: 'manufacturing' })] });
const ledgers = buildSupplier({ name: 'Harbour Ledgers', description: 'Bookkeeping software for accountants.', capabilities: ['bookkeeping'], sectors: ['professional-services'], applicationAreas: ['finance'] });
const needBody = {
  title: 'Spot dye defects on fabric rolls',
  description: 'Our dyeworks wants cameras and computer vision to catch colour defects on fabric before shipping.',
  sector: 'manufacturing',
  applicationAreas: ['operations'],
  budgetBand: '300k-500k',
};

beforeAll(async () => {
  server = await startTestServer({ INQUIRY_EMAIL_DELAY_SECONDS: String(DELAY_MS / 1000), INQUIRIES_PER_DAY: String(PER_DAY) });
  await importSuppliers([vision, ledgers]);
  await server.indexer.settled();
  [sme, sme2, supplier, supplier2, unlinked] = await Promise.all([
    signUp(server, 'sme', SME_NAME),
    signUp(server, 'sme', 'Other SME'),
    signUp(server, 'supplier', 'Vision Lab Ltd'),
    signUp(server, 'supplier', 'Ledgers Ltd'),
    signUp(server, 'supplier', 'No Profile Yet'),
  ]);
  visionId = (await SupplierModel.findOne({ externalId: vision.externalId }))!._id.toHexString();
  await linkSupplier(supplier, visionId);
  await linkSupplier(supplier2, (await SupplierModel.findOne({ externalId: ledgers.externalId }))!._id.toHexString());
});
afterAll(() => server?.close());

const send = (who: Account, method: string, path: string, body?: unknown) => server.send(method, path, body, bearer(who));
const json = async <T>(res: Response, status: number): Promise<T> => {
  expect(res.status, await res.clone().text()).toBe(status);
  return (await res.json()) as T;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function publishedNeed(who = sme, title = needBody.title): Promise<string> {
  const { id } = await json<{ id: string }>(await send(who, 'POST', '/api/needs', { ...needBody, title }), 201);
  await json(await send(who, 'POST', `/api/needs/${id}/publish`), 200);
  return id;
}
const express = (who: Account, needId: string, note = 'We built defect detection for two mills.') => send(who, 'POST', '/api/interests', { needId, note });
const interestsIn = (who: Account, needId: string, lang = 'en') => send(who, 'GET', `/api/needs/${needId}/interests?lang=${lang}`);

describe('expressing interest', () => {
  it('once per need and supplier profile: a second time is a 409 and changes nothing', async () => {
    const needId = await publishedNeed();
    const mine = await json<MyInterest>(await express(supplier, needId), 201);
    expect(mine).toMatchObject({ status: 'pending', note: 'We built defect detection for two mills.', needOpen: true, need: { id: needId, title: needBody.title } });
    expect((await express(supplier, needId, 'Again')).status).toBe(409);
    const [first, second] = await Promise.all([express(supplier2, needId, 'One'), express(supplier2, needId, 'Two')]);
    expect([first.status, second.status].sort()).toEqual([201, 409]);
    expect(await InterestModel.countDocuments({ needId })).toBe(2);
  });

  it('only in published needs: drafts, closed and unknown needs are the same 404', async () => {
    const { id: draft } = await json<{ id: string }>(await send(sme, 'POST', '/api/needs', needBody), 201);
    expect((await express(supplier, draft)).status).toBe(404);
    const closed = await publishedNeed();
    await json(await send(sme, 'POST', `/api/needs/${closed}/close`), 200);
    expect((await express(supplier, closed)).status).toBe(404);
    expect((await express(supplier, '0123456789abcdef01234567')).status).toBe(404);
    expect(await InterestModel.countDocuments({ needId: { $in: [draft, closed] } })).toBe(0);
  });

  it('only by suppliers with a linked profile; SMEs cannot; the note is required and bounded', async () => {
    const needId = await publishedNeed();
    expect((await express(unlinked, needId)).status).toBe(403);
    expect((await express(sme2, needId)).status).toBe(403);
    expect((await express(supplier, needId, '   ')).status).toBe(400);
    expect((await express(supplier, needId, 'x'.repeat(1001))).status).toBe(400);
    expect((await send(supplier, 'POST', '/api/interests', { needId, note: 'Hi', supplierId: visionId })).status).toBe(400);
    expect(await InterestModel.countDocuments({ needId })).toBe(0);
  });

  it('at most INQUIRIES_PER_DAY a day per supplier organisation, then 429', async () => {
    const [busy, many] = await Promise.all([signUp(server, 'supplier', 'Busy Supplier'), signUp(server, 'sme', 'Many Needs')]);
    await linkSupplier(busy, visionId);
    const needs = await Promise.all(Array.from({ length: PER_DAY + 1 }, (_, k) => publishedNeed(many, `Need ${k}`)));
    for (const needId of needs.slice(0, PER_DAY)) expect((await express(busy, needId)).status).toBe(201);
    const refused = await express(busy, needs[PER_DAY]!);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('3600');
  });

  it('never shows the supplier who wrote the need', async () => {
    const needId = await publishedNeed();
    const created = await (await express(supplier, needId)).text();
    const listed = await (await send(supplier, 'GET', '/api/interests')).text();
    const opportunities = await (await send(supplier, 'GET', '/api/opportunities')).text();
    for (const text of [created, listed, opportunities]) {
      expect(text).toContain(needId);
      for (const secret of [SME_NAME, sme.email, sme.user.name, sme.user.organisation!.id, sme.user.id]) expect(text).not.toContain(secret);
    }
  });
});

describe('the SME sees and answers', () => {
  it('lists the interested suppliers with the explanation its matches show; other SMEs and suppliers cannot', async () => {
    const needId = await publishedNeed();
    await json(await express(supplier, needId), 201);
    await json(await express(supplier2, needId, 'Our books software could help.'), 201);
    const { items } = await json<{ items: NeedInterest[] }>(await interestsIn(sme, needId), 200);
    expect(items.map((i) => i.supplier.name).sort()).toEqual(['Harbour Ledgers', 'Kwai Chung Vision Lab']);
    const visionInterest = items.find((i) => i.supplier.id === visionId)!;
    expect(visionInterest).toMatchObject({ status: 'pending', note: 'We built defect detection for two mills.', needId });
    // The same score and reasons as the need's own ranking, gaps included, in the language asked for.
    const { items: matches } = await json<{ items: Match[] }>(await send(sme, 'GET', `/api/needs/${needId}/matches?lang=en`), 200);
    const ranked = matches.find((m) => m.supplier.id === visionId)!;
    expect(visionInterest.match.score).toBe(ranked.score);
    expect(visionInterest.match.reasons).toEqual(ranked.reasons);
    const ledgersInterest = items.find((i) => i.supplier.name === 'Harbour Ledgers')!;
    expect(ledgersInterest.match.score).toBeLessThan(visionInterest.match.score);
    expect(ledgersInterest.match.reasons.some((r) => r.kind === 'gap')).toBe(true);
    const zh = await json<{ items: NeedInterest[] }>(await interestsIn(sme, needId, 'zh-Hant'), 200);
    expect(zh.items[0]!.match.reasons[0]!.text).toMatch(/\p{Script=Han}/u);

    expect((await interestsIn(sme2, needId)).status).toBe(404);
    expect((await interestsIn(supplier, needId)).status).toBe(403);
  });

  it('dismisses: the supplier sees it was not taken further; others get 404 and a second dismissal 409', async () => {
    const needId = await publishedNeed();
    const { id } = await json<MyInterest>(await express(supplier, needId), 201);
    expect((await send(sme2, 'POST', `/api/interests/${id}/dismiss`)).status).toBe(404);
    expect((await send(supplier, 'POST', `/api/interests/${id}/dismiss`)).status).toBe(403);
    expect(await json(await send(sme, 'POST', `/api/interests/${id}/dismiss`), 200)).toEqual({ id, status: 'dismissed' });
    expect((await send(sme, 'POST', `/api/interests/${id}/dismiss`)).status).toBe(409);
    const mine = await json<{ items: MyInterest[] }>(await send(supplier, 'GET', '/api/interests'), 200);
    expect(mine.items.find((i) => i.id === id)).toMatchObject({ status: 'dismissed' });
  });

  it('opens an inquiry about the need: the supplier then reads the thread, with the SME named', async () => {
    const needId = await publishedNeed();
    const { id } = await json<MyInterest>(await express(supplier, needId), 201);
    const body = { subject: 'Your interest in our dye defects', message: 'Could you visit our line next week?' };
    expect((await send(sme2, 'POST', `/api/interests/${id}/inquiry`, body)).status).toBe(404);
    // A retry of the same request (same Idempotency-Key) gets the first answer and opens no second thread.
    const once = { ...bearer(sme), 'idempotency-key': `answer-${id}` };
    const thread = await json<InquiryDetail>(await server.send('POST', `/api/interests/${id}/inquiry`, body, once), 201);
    expect(await json<InquiryDetail>(await server.send('POST', `/api/interests/${id}/inquiry`, body, once), 201)).toMatchObject({ id: thread.id });
    expect(await InquiryModel.countDocuments({ needId })).toBe(1);
    expect(thread).toMatchObject({ subject: body.subject, needId, supplier: { id: visionId }, side: 'sme' });
    expect((await send(sme, 'POST', `/api/interests/${id}/inquiry`, body)).status).toBe(409);
    const mine = await json<{ items: MyInterest[] }>(await send(supplier, 'GET', '/api/interests'), 200);
    expect(mine.items.find((i) => i.id === id)).toMatchObject({ status: 'answered', inquiryId: thread.id });
    const seen = await json<InquiryDetail>(await send(supplier, 'GET', `/api/inquiries/${thread.id}`), 200);
    expect(seen).toMatchObject({ smeName: SME_NAME, need: { id: needId } });
    expect(seen.messages[0]!.text).toBe(body.message);
  });

  it('tells the SME by one email per burst, without the notes, and on its dashboard', async () => {
    const needId = await publishedNeed(sme2, 'Count parcels at the depot');
    await json(await express(supplier, needId, 'Secret note one'), 201);
    await json(await express(supplier2, needId, 'Secret note two'), 201);
    await sleep(DELAY_MS + 900);
    const mails = await OutboxModel.find({ to: sme2.email, subject: /interested/ });
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain(`/needs/${needId}`);
    expect(mails[0]!.text).toContain('2 suppliers');
    expect(mails[0]!.text).not.toContain('Secret note');
    expect(mails[0]!.headers).toMatchObject({ 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' });

    const dashboard = await json<SmeDashboard>(await send(sme2, 'GET', '/api/dashboard'), 200);
    expect(dashboard.pendingInterests).toBe(2);
    expect(dashboard.needs.find((n) => n.need.id === needId)).toMatchObject({ interests: { pending: 2, total: 2 } });
  });

  it('sends no email to an SME member who turned off new-inquiry emails', async () => {
    const quiet = await signUp(server, 'sme', 'Quiet SME');
    await json(await send(quiet, 'PUT', '/api/me/notifications', { newInquiry: false, reply: true, quote: true }), 200);
    await json(await express(supplier, await publishedNeed(quiet, 'Quiet need')), 201);
    await sleep(DELAY_MS + 900);
    expect(await OutboxModel.countDocuments({ to: quiet.email, subject: /interested/ })).toBe(0);
  });
});

describe('the lists', () => {
  it('show a supplier its interests newest first, a closed need’s too, and what another instance wrote', async () => {
    const [owner, lister] = await Promise.all([signUp(server, 'sme', 'Listing SME'), signUp(server, 'supplier', 'Lister Ltd')]);
    await linkSupplier(lister, visionId);
    const older = await publishedNeed(owner, 'Older need');
    const newer = await publishedNeed(owner, 'Newer need');
    const first = await json<MyInterest>(await express(lister, older, 'First note'), 201);
    await sleep(5);
    const second = await json<MyInterest>(await express(lister, newer, 'Second note'), 201);
    const mine = async () => (await json<{ items: MyInterest[] }>(await send(lister, 'GET', '/api/interests'), 200)).items.filter((i) => [first.id, second.id].includes(i.id));
    expect((await mine()).map((i) => [i.note, i.need.title, i.needOpen])).toEqual([['Second note', 'Newer need', true], ['First note', 'Older need', true]]);

    await json(await send(owner, 'POST', `/api/needs/${older}/close`), 200);
    expect((await mine()).map((i) => [i.need.title, i.needOpen])).toEqual([['Newer need', true], ['Older need', false]]);

    // Another instance's write reaches this one as its model's event (relayed through Redis): the next read has it.
    await InterestModel.collection.updateOne({ _id: new mongoose.Types.ObjectId(second.id) }, { $set: { status: 'dismissed' } });
    domainEvents.emit('interests.changed', [second.id]);
    expect((await mine())[0]).toMatchObject({ id: second.id, status: 'dismissed' });
    const { items } = await json<{ items: NeedInterest[] }>(await interestsIn(owner, newer), 200);
    expect(items.map((i) => [i.id, i.status])).toEqual([[second.id, 'dismissed']]);
  });
});

describe('the SME dashboard', () => {
  it('lists open needs with their best matches, counting as new only those not shown last time', async () => {
    const fresh = await signUp(server, 'sme', 'Fresh SME');
    const needId = await publishedNeed(fresh, 'Vision for our fabric rolls');
    const first = await json<SmeDashboard>(await send(fresh, 'GET', '/api/dashboard'), 200);
    const row = first.needs.find((n) => n.need.id === needId)!;
    expect(row.matches.top[0]!.supplier.name).toBe('Kwai Chung Vision Lab');
    expect(row.matches.new).toBeGreaterThan(0);
    expect(row).toMatchObject({ quotes: { pending: 0, total: 0 }, unreadThreads: 0 });
    const again = await json<SmeDashboard>(await send(fresh, 'GET', '/api/dashboard'), 200);
    expect(again.needs.find((n) => n.need.id === needId)!.matches.new).toBe(0);
    expect((await send(supplier, 'GET', '/api/dashboard')).status).toBe(403);
  });

  it('counts quotes as they are sent and decided, interests as they are dismissed, and needs as they are closed', async () => {
    const owner = await signUp(server, 'sme', 'Counting SME');
    const needId = await publishedNeed(owner, 'Spot flaws in our printed labels');
    const row = async () => {
      const dashboard = await json<SmeDashboard>(await send(owner, 'GET', '/api/dashboard'), 200);
      const need = dashboard.needs.find((n) => n.need.id === needId);
      return { pendingQuotes: dashboard.pendingQuotes, pendingInterests: dashboard.pendingInterests, closedNeeds: dashboard.closedNeeds, quotes: need?.quotes, interests: need?.interests };
    };
    expect(await row()).toEqual({ pendingQuotes: 0, pendingInterests: 0, closedNeeds: 0, quotes: { pending: 0, total: 0 }, interests: { pending: 0, total: 0 } });
    const interest = await json<{ id: string }>(await express(supplier, needId), 201);
    const thread = await startInquiry(server, owner, { supplierId: visionId, needId });
    const [first, second] = [await sendQuote(server, supplier, thread.id, 120_000), await sendQuote(server, supplier, thread.id, 150_000)];
    expect(await row()).toMatchObject({ pendingQuotes: 2, pendingInterests: 1, quotes: { pending: 2, total: 2 }, interests: { pending: 1, total: 1 } });
    await json(await send(owner, 'POST', `/api/inquiries/${thread.id}/quotes/${first.id}/decline`, { reason: 'Too early for us.' }), 200);
    await json(await send(owner, 'POST', `/api/interests/${interest.id}/dismiss`), 200);
    expect(await row()).toMatchObject({ pendingQuotes: 1, pendingInterests: 0, quotes: { pending: 1, total: 2 }, interests: { pending: 0, total: 1 } });
    await json(await send(owner, 'POST', `/api/inquiries/${thread.id}/quotes/${second.id}/accept`), 200);
    expect(await row()).toMatchObject({ pendingQuotes: 0, quotes: { pending: 0, total: 2 } });
    await json(await send(owner, 'POST', `/api/needs/${needId}/close`), 200);
    expect(await row()).toMatchObject({ closedNeeds: 1, quotes: undefined });
  });

  it('counts a thread about the need as unread once the supplier replies, and read once the SME has read it', async () => {
    const owner = await signUp(server, 'sme', 'Unread SME');
    const needId = await publishedNeed(owner, 'Colour checks on our dye line');
    const thread = await startInquiry(server, owner, { supplierId: visionId, needId });
    const unread = async () => {
      const dashboard = await json<SmeDashboard>(await send(owner, 'GET', '/api/dashboard'), 200);
      return [dashboard.unreadThreads, dashboard.needs.find((n) => n.need.id === needId)!.unreadThreads];
    };
    expect(await unread()).toEqual([0, 0]);
    await json(await send(supplier, 'POST', `/api/inquiries/${thread.id}/messages`, { text: 'We can start next month.' }), 201);
    expect(await unread()).toEqual([1, 1]);
    expect((await send(owner, 'POST', `/api/inquiries/${thread.id}/read`)).status).toBe(204);
    expect(await unread()).toEqual([0, 0]);
  });
});

describe('personal data', () => {
  it('exports the interests of both sides, never the SME to the supplier, and anonymises a deleted author', async () => {
    const [owner, writer] = await Promise.all([signUp(server, 'sme', 'Private Dyeworks'), signUp(server, 'supplier', 'Writer Ltd')]);
    await linkSupplier(writer, visionId);
    const needId = await publishedNeed(owner, 'Private need');
    const { id } = await json<MyInterest>(await express(writer, needId, 'Note for the export'), 201);

    const theirs = await json<{ interests: Array<Record<string, unknown>>; explanations: Record<string, unknown> }>(await send(writer, 'GET', '/api/me/export'), 200);
    expect(theirs.interests).toEqual([expect.objectContaining({ side: 'expressed', needId, note: 'Note for the export', status: 'pending', writtenByMe: true })]);
    expect(theirs.explanations.interests).toMatchObject({ en: expect.any(String), 'zh-Hant': expect.any(String) });
    expect(JSON.stringify(theirs.interests)).not.toContain('Private Dyeworks');
    const ours = await json<{ interests: Array<Record<string, unknown>> }>(await send(owner, 'GET', '/api/me/export'), 200);
    expect(ours.interests).toEqual([expect.objectContaining({ side: 'received', note: 'Note for the export', writtenByMe: false })]);

    expect((await send(writer, 'DELETE', '/api/me', { password: PASSWORD })).status).toBe(204);
    expect((await InterestModel.findById(id))!.createdBy).toBeUndefined();
    const { items } = await json<{ items: NeedInterest[] }>(await interestsIn(owner, needId), 200);
    expect(items.map((i) => i.note)).toEqual(['Note for the export']);
  });
});
