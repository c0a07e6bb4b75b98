// Inquiries beyond the access matrix: the conversation's life, quotes compared and decided, unread counts, the
// event stream, batched email with preferences and unsubscribe, limits, responsiveness figures, retention and
// personal data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InquiryDetail, InquiryPage, Quote } from '../../shared/schemas/inquiries';
import type { SupplierDetail } from '../../shared/schemas/suppliers';
import { InquiryModel, MessageModel, QuoteModel } from '../../server/modules/inquiries/inquiry.model';
import { figures, responsivenessLookup } from '../../server/modules/inquiries/inquiry.responsiveness';
import { deleteClosedInquiries } from '../../server/modules/inquiries/inquiry.service';
import { OutboxModel } from '../../server/platform/mail/outbox.model';
import { importSuppliers } from '../../server/modules/imports/import.service';
import { SupplierModel } from '../../server/modules/suppliers/supplier.model';
import { buildSupplier } from '../factories';
import { startTestServer, type TestServer } from './harness';
import { bearer, PASSWORD, signUp, staff, type Account } from './accounts-helpers';
import { linkSupplier, makeSupplier, quoteBody, receivedInquiries, sendQuote, startInquiry } from './inquiries-helpers';

let server: TestServer;
let sme: Account, sme2: Account, supplier: Account, supplier2: Account, colleagueless: Account;
let profile: { id: string; slug: string }, profile2: { id: string; slug: string };
// Long enough for a burst of writes on a busy machine (each message settles its thread's counters: several queries).
const DELAY_MS = 2000;

beforeAll(async () => {
  server = await startTestServer({ INQUIRY_EMAIL_DELAY_SECONDS: String(DELAY_MS / 1000), INQUIRIES_PER_DAY: '30' });
  [sme, sme2, supplier, supplier2, colleagueless] = await Promise.all([
    signUp(server, 'sme', 'Kowloon Bakery'),
    signUp(server, 'sme', 'Other SME'),
    signUp(server, 'supplier', 'Vision Co'),
    signUp(server, 'supplier', 'Second Vision'),
    signUp(server, 'supplier', 'Unlinked Supplier'),
  ]);
  [profile, profile2] = await Promise.all([makeSupplier(), makeSupplier()]);
  await linkSupplier(supplier, profile.id);
  await linkSupplier(supplier2, profile2.id);
});
let closed = false;
afterAll(async () => {
  if (!closed) await server?.close();
});

const get = async <T>(path: string, who: Account) => {
  const res = await server.send('GET', path, undefined, bearer(who));
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as T;
};
const post = (path: string, who: Account, body?: unknown) => server.send('POST', path, body ?? {}, bearer(who));
const unread = async (who: Account) => (await get<{ count: number }>('/api/inquiries/unread', who)).count;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const inquiryMails = (to: string) => OutboxModel.find({ to, subject: /AI Bridge inquiry/ });

async function newNeed(who: Account): Promise<string> {
  const res = await post('/api/needs', who, { title: 'Defect detection', description: 'Cameras to find defects on our line.', sector: 'manufacturing', applicationAreas: ['operations'], budgetBand: '300k-500k' });
  return ((await res.json()) as { id: string }).id;
}

describe('threads and messages', () => {
  it('runs a conversation: statuses, read state and unread counts follow', async () => {
    const thread = await startInquiry(server, sme, { supplierId: profile.id, subject: 'Counting loaves' });
    expect(thread).toMatchObject({ status: 'open', side: 'sme', unread: false, messageCount: 1, supplier: { id: profile.id } });
    expect(thread.messages[0]).toMatchObject({ side: 'sme', mine: true, text: 'Can you help us?' });

    const before = await unread(supplier);
    const seen = await get<InquiryDetail>(`/api/inquiries/${thread.id}`, supplier);
    expect(seen).toMatchObject({ side: 'supplier', unread: true, smeName: 'Kowloon Bakery' });
    expect(seen.messages[0]!.mine).toBe(false);
    expect((await post(`/api/inquiries/${thread.id}/read`, supplier)).status).toBe(204);
    expect(await unread(supplier)).toBe(before - 1);

    expect((await post(`/api/inquiries/${thread.id}/messages`, supplier, { text: 'Yes, we can.' })).status).toBe(201);
    const after = await get<InquiryDetail>(`/api/inquiries/${thread.id}`, sme);
    expect(after).toMatchObject({ status: 'answered', unread: true, messageCount: 2 });
    expect(await InquiryModel.findById(thread.id)).toMatchObject({ firstReplyAt: expect.any(Date) });

    // Closed threads take no messages until reopened; archived ones leave the default list.
    expect((await post(`/api/inquiries/${thread.id}/status`, sme, { status: 'closed' })).status).toBe(200);
    expect((await post(`/api/inquiries/${thread.id}/messages`, sme, { text: 'One more thing' })).status).toBe(409);
    expect((await post(`/api/inquiries/${thread.id}/status`, supplier, { status: 'open' })).status).toBe(200);
    expect((await InquiryModel.findById(thread.id))!.status).toBe('answered');
    await post(`/api/inquiries/${thread.id}/status`, sme, { status: 'archived' });
    expect((await get<InquiryPage>('/api/inquiries', sme)).items.map((i) => i.id)).not.toContain(thread.id);
    expect((await get<InquiryPage>('/api/inquiries?status=archived', sme)).items.map((i) => i.id)).toContain(thread.id);
  });

  it('shows each thread its own messages, oldest first, when several threads are read at once', async () => {
    const threads = await Promise.all(['Ovens', 'Flour', 'Delivery'].map((subject) => startInquiry(server, sme, { supplierId: profile.id, subject, message: `${subject}: first` })));
    for (const t of threads) {
      expect((await post(`/api/inquiries/${t.id}/messages`, supplier, { text: `${t.subject}: reply` })).status).toBe(201);
      expect((await post(`/api/inquiries/${t.id}/messages`, sme, { text: `${t.subject}: thanks` })).status).toBe(201);
    }
    // Read together (the server reads their messages in one query), one of them by both sides, next to a refusal.
    const readers = [...threads.map((t) => [t, sme] as const), [threads[1]!, supplier] as const];
    const [seen, refused] = await Promise.all([
      Promise.all(readers.map(([t, who]) => get<InquiryDetail>(`/api/inquiries/${t.id}`, who))),
      server.send('GET', `/api/inquiries/${threads[0]!.id}`, undefined, bearer(sme2)),
    ]);
    expect(refused.status).toBe(404);
    readers.forEach(([t, who], i) => {
      expect(seen[i]!.messages.map((m) => [m.inquiryId, m.text, m.mine])).toEqual([
        [t.id, `${t.subject}: first`, who === sme],
        [t.id, `${t.subject}: reply`, who === supplier],
        [t.id, `${t.subject}: thanks`, who === sme],
      ]);
    });
  });

  it('keeps each thread to its two sides: lists, reads and writes', async () => {
    const thread = await startInquiry(server, sme, { supplierId: profile.id, subject: 'Private matter' });
    for (const other of [sme2, supplier2, colleagueless]) {
      expect((await get<InquiryPage>('/api/inquiries?pageSize=100', other)).items.map((i) => i.id)).not.toContain(thread.id);
      expect((await server.send('GET', `/api/inquiries/${thread.id}`, undefined, bearer(other))).status).toBe(404);
      expect((await post(`/api/inquiries/${thread.id}/messages`, other, { text: 'let me in' })).status).toBe(404);
    }
    expect((await get<InquiryPage>('/api/inquiries', colleagueless)).total).toBe(0);
    const curator = await staff(server, 'curator');
    expect((await server.send('GET', `/api/inquiries/${thread.id}`, undefined, bearer(curator))).status).toBe(404);
    // Reported: shared with curators, read-only.
    expect((await post(`/api/inquiries/${thread.id}/report`, supplier, { reason: 'Asked for payment off the platform' })).status).toBe(200);
    const reported = await get<InquiryDetail>(`/api/inquiries/${thread.id}`, curator);
    expect(reported).toMatchObject({ reported: true, unread: false });
    expect(reported.side).toBeUndefined();
    expect((await get<InquiryPage>('/api/inquiries/reported', curator)).items.map((i) => i.id)).toContain(thread.id);
    expect((await post(`/api/inquiries/${thread.id}/messages`, curator, { text: 'curator' })).status).toBe(403);
  });

  it('limits message sizes and new inquiries per SME organisation per day', async () => {
    const limited = await signUp(server, 'sme', 'Busy SME');
    const thread = await startInquiry(server, limited, { supplierId: profile.id });
    expect((await post(`/api/inquiries/${thread.id}/messages`, limited, { text: 'x'.repeat(5001) })).status).toBe(400);
    expect((await post(`/api/inquiries/${thread.id}/messages`, limited, { text: '   ' })).status).toBe(400);
    expect((await post('/api/inquiries', limited, { supplierId: profile.id, subject: 's', message: 'm', extra: 1 })).status).toBe(400);
    for (let i = 0; i < 29; i++) await startInquiry(server, limited, { supplierId: profile2.id });
    const over = await post('/api/inquiries', limited, { supplierId: profile.id, subject: 'sixth', message: 'm' });
    expect(over.status).toBe(429);
    expect(over.headers.get('retry-after')).toBeTruthy();
  });

  it('pages my threads newest activity first, with their total, archived ones only when asked for', async () => {
    const asker = await signUp(server, 'sme', 'Paging SME');
    const started: string[] = [];
    for (const subject of ['First', 'Second', 'Third']) started.push((await startInquiry(server, asker, { supplierId: profile.id, subject })).id);
    expect((await post(`/api/inquiries/${started[0]}/messages`, asker, { text: 'Still there?' })).status).toBe(201);
    expect((await post(`/api/inquiries/${started[1]}/status`, asker, { status: 'archived' })).status).toBe(200);
    const page = (q: string) => get<InquiryPage>(`/api/inquiries?${q}`, asker);
    expect(await page('pageSize=1')).toMatchObject({ total: 2, items: [{ id: started[0] }] });
    expect(await page('pageSize=1&page=2')).toMatchObject({ total: 2, items: [{ id: started[2] }] });
    expect(await page('pageSize=1&page=3')).toMatchObject({ total: 2, items: [] });
    expect(await page('status=archived')).toMatchObject({ total: 1, items: [{ id: started[1] }] });
  });

  it('names the supplier as its profile is now, in the list and in the thread, once a change is saved', async () => {
    const asker = await signUp(server, 'sme', 'Renaming Watcher');
    const record = buildSupplier({ name: 'Harbour Vision Limited' });
    await importSuppliers([record]);
    const supplierId = (await SupplierModel.findOne({ externalId: record.externalId }))!._id.toHexString();
    const thread = await startInquiry(server, asker, { supplierId });
    const names = async () => [
      (await get<InquiryPage>('/api/inquiries', asker)).items.find((t) => t.id === thread.id)!.supplier.name,
      (await get<InquiryDetail>(`/api/inquiries/${thread.id}`, asker)).supplier.name,
    ];
    expect(await names()).toEqual(['Harbour Vision Limited', 'Harbour Vision Limited']);

    await importSuppliers([{ ...record, name: 'Harbour Vision Analytics Limited' }]);
    await server.indexer.settled();
    expect(await names()).toEqual(['Harbour Vision Analytics Limited', 'Harbour Vision Analytics Limited']);
  });

  it('refuses a need that is not the SME’s own, and unknown suppliers, with 404', async () => {
    const need = await newNeed(sme);
    expect((await post('/api/inquiries', sme2, { supplierId: profile.id, needId: need, subject: 's', message: 'm' })).status).toBe(404);
    expect((await post('/api/inquiries', sme2, { supplierId: '0123456789abcdef01234567', subject: 's', message: 'm' })).status).toBe(404);
  });
});

describe('quotes', () => {
  it('compares the quotes for a need side by side; one acceptance wins, declines keep their reason', async () => {
    const need = await newNeed(sme);
    const a = await startInquiry(server, sme, { supplierId: profile.id, needId: need });
    const b = await startInquiry(server, sme, { supplierId: profile2.id, needId: need });
    // The supplier sees the need it was asked about.
    expect((await get<InquiryDetail>(`/api/inquiries/${a.id}`, supplier)).need).toMatchObject({ id: need, title: 'Defect detection' });
    const qa = await sendQuote(server, supplier, a.id, 250_000);
    const qb = await sendQuote(server, supplier2, b.id, 120_000);
    expect((await post(`/api/inquiries/${a.id}/quotes`, supplier2, quoteBody())).status).toBe(404);
    expect((await post(`/api/inquiries/${a.id}/quotes`, supplier, { ...quoteBody(), priceHKD: 1.5 })).status).toBe(400);

    const comparison = await get<{ items: Quote[] }>(`/api/needs/${need}/quotes`, sme);
    expect(comparison.items.map((q) => [q.supplier.id, q.priceHKD])).toEqual([[profile2.id, 120_000], [profile.id, 250_000]]);
    expect(comparison.items[0]).toMatchObject({ deliverables: ['Camera set-up', 'Defect model', 'Dashboard'], dataRequired: expect.any(String), timeline: '8 weeks', status: 'pending' });
    expect((await server.send('GET', `/api/needs/${need}/quotes`, undefined, bearer(sme2))).status).toBe(404);

    // Suppliers cannot decide; the SME accepts both at once: exactly one wins.
    expect((await post(`/api/inquiries/${a.id}/quotes/${qa.id}/accept`, supplier)).status).toBe(403);
    const [ra, rb] = await Promise.all([post(`/api/inquiries/${a.id}/quotes/${qa.id}/accept`, sme), post(`/api/inquiries/${b.id}/quotes/${qb.id}/accept`, sme)]);
    expect([ra.status, rb.status].sort()).toEqual([200, 409]);
    const loser = ra.status === 409 ? { t: a, q: qa } : { t: b, q: qb };
    const declined = await post(`/api/inquiries/${loser.t.id}/quotes/${loser.q.id}/decline`, sme, { reason: 'We chose another supplier' });
    expect(((await declined.json()) as Quote)).toMatchObject({ status: 'declined', declineReason: 'We chose another supplier' });
    expect((await post(`/api/inquiries/${loser.t.id}/quotes/${loser.q.id}/decline`, sme, { reason: 'again' })).status).toBe(409);
    // The quote is part of the thread, as a message the other side sees.
    const thread = await get<InquiryDetail>(`/api/inquiries/${a.id}`, sme);
    expect(thread.messages.find((m) => m.quoteId === qa.id)).toMatchObject({ side: 'supplier' });
  });
});

describe('real time', () => {
  it('streams a new message to the other side’s open stream', async () => {
    const thread = await startInquiry(server, sme, { supplierId: profile.id });
    const controller = new AbortController();
    const res = await fetch(`${server.url}/api/inquiries/events`, { headers: bearer(supplier), signal: controller.signal });
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    const reader = res.body!.getReader();
    let text = '';
    const received = (async () => {
      while (!text.includes('Streamed hello')) {
        const { value, done } = await reader.read();
        if (done) break;
        text += new TextDecoder().decode(value);
      }
    })();
    await sleep(100);
    await post(`/api/inquiries/${thread.id}/messages`, sme, { text: 'Streamed hello' });
    await received;
    controller.abort();
    expect(text).toContain('event: message');
    expect(text).toContain(thread.id);
  });
});

describe('email notifications', () => {
  it('sends one email for a burst of messages, with a one-click unsubscribe that works', async () => {
    const thread = await startInquiry(server, sme, { supplierId: profile.id, subject: 'Burst' });
    await Promise.all(Array.from({ length: 6 }, (_, i) => post(`/api/inquiries/${thread.id}/messages`, sme, { text: `burst ${i}` })));
    const burstMails = async () => (await inquiryMails(supplier.email)).filter((m) => m.subject.includes('Burst'));
    await expect.poll(async () => (await burstMails()).length, { timeout: 15_000 }).toBe(1);
    const mails = await burstMails();
    expect(mails[0]!.text).toContain(`/inquiries/${thread.id}`);
    expect(mails[0]!.text).not.toContain('burst 3'); // no message text in email
    expect(mails[0]!.headers).toMatchObject({ 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' });
    // The SME wrote them: it gets nothing.
    expect((await inquiryMails(sme.email)).filter((m) => m.subject.includes('Burst'))).toHaveLength(0);

    const token = mails[0]!.text.match(/unsubscribe#token=([A-Za-z0-9_.-]+)/)![1]!;
    expect((await server.send('POST', `/api/notifications/unsubscribe?token=${token}x`)).status).toBe(400);
    expect((await server.send('POST', `/api/notifications/unsubscribe?token=${token}`)).status).toBe(204);
    expect(await get('/api/me/notifications', supplier)).toEqual({ newInquiry: false, reply: false, quote: false });
    await post(`/api/inquiries/${thread.id}/messages`, sme, { text: 'after unsubscribing' });
    await sleep(DELAY_MS + 700);
    expect((await inquiryMails(supplier.email)).filter((m) => m.subject.includes('Burst'))).toHaveLength(1);
    await server.send('PUT', '/api/me/notifications', { newInquiry: true, reply: true, quote: true }, bearer(supplier));
  });

  it('respects per-kind preferences', async () => {
    const thread = await startInquiry(server, sme, { supplierId: profile.id, subject: 'Prefs' });
    await sleep(DELAY_MS + 500);
    await server.send('PUT', '/api/me/notifications', { newInquiry: true, reply: false, quote: true }, bearer(sme));
    await post(`/api/inquiries/${thread.id}/messages`, supplier, { text: 'a reply' });
    await sleep(DELAY_MS + 500);
    expect((await inquiryMails(sme.email)).filter((m) => m.subject.includes('Prefs'))).toHaveLength(0);
    await sendQuote(server, supplier, thread.id);
    const prefsMails = async () => (await inquiryMails(sme.email)).filter((m) => m.subject.includes('Prefs'));
    await expect.poll(async () => (await prefsMails()).length, { timeout: 15_000 }).toBe(1);
    const mails = await prefsMails();
    expect(mails[0]!.text).toContain('a quote');
    await server.send('PUT', '/api/me/notifications', { newInquiry: true, reply: true, quote: true }, bearer(sme));
  });
});

describe('responsiveness', () => {
  const H = 3_600_000;
  it('computes the median time to first reply and the reply rate over 90 days', () => {
    const now = new Date('2025-06-01T00:00:00Z');
    const ago = (hours: number) => new Date(now.getTime() - hours * H);
    const history = [
      { at: ago(24 * 10), hours: 2 },
      { at: ago(24 * 20), hours: 10 },
      { at: ago(24 * 30), hours: 4 },
      { at: ago(24 * 40), hours: 30 },
      { at: ago(24 * 5) }, // unanswered for 5 days: counts against the rate
      { at: ago(24) }, // unanswered for a day: too early to judge
      { at: ago(24 * 100), hours: 500 }, // outside the window
    ];
    expect(figures(history, now)).toEqual({ medianHours: 7, replyRate: 0.8, inquiries: 5 });
    expect(figures([{ at: ago(1) }], now)).toBeUndefined();
    expect(figures([{ at: ago(24 * 10) }], now)).toEqual({ medianHours: 0, replyRate: 0, inquiries: 1 });
  });

  it('keeps the figures from real first replies and shows them on the profile and to the matcher', async () => {
    const fresh = await makeSupplier();
    const id = (await import('mongoose')).default.Types.ObjectId.createFromHexString(fresh.id);
    const base = Date.now() - 20 * 86_400_000;
    await receivedInquiries(id, [...[3, 5, 9].map((hours, i) => ({ at: new Date(base + i * 86_400_000), hours })), { at: new Date(base + 4 * 86_400_000) }]);
    const profileRes = await server.get(`/api/suppliers/${fresh.slug}`);
    expect(((await profileRes.json()) as SupplierDetail).responsiveness).toEqual({ medianHours: 5, replyRate: 0.75, inquiries: 4 });
    expect((await responsivenessLookup([fresh.id, profile2.id])).get(fresh.id)).toEqual({ medianHours: 5, replyRate: 0.75 });

    // Through the API: a reply records the hours it took.
    const thread = await startInquiry(server, sme2, { supplierId: profile2.id });
    await post(`/api/inquiries/${thread.id}/messages`, supplier2, { text: 'quick reply' });
    await post(`/api/inquiries/${thread.id}/messages`, supplier2, { text: 'second reply' });
    const r = (await responsivenessLookup([profile2.id])).get(profile2.id);
    expect(r?.medianHours).toBeLessThan(0.1);
  });
});

describe('retention and personal data', () => {
  it('deletes threads closed longer than the retention period, with their messages and quotes', async () => {
    const thread = await startInquiry(server, sme, { supplierId: profile.id });
    await sendQuote(server, supplier, thread.id);
    const open = await startInquiry(server, sme, { supplierId: profile.id });
    await post(`/api/inquiries/${thread.id}/status`, sme, { status: 'closed' });
    expect(await deleteClosedInquiries(30, new Date(Date.now() + 29 * 86_400_000))).toBe(0);
    expect(await deleteClosedInquiries(30, new Date(Date.now() + 31 * 86_400_000))).toBeGreaterThanOrEqual(1);
    expect(await InquiryModel.findById(thread.id)).toBeNull();
    expect(await MessageModel.countDocuments({ inquiryId: thread.id })).toBe(0);
    expect(await QuoteModel.countDocuments({ inquiryId: thread.id })).toBe(0);
    expect(await InquiryModel.findById(open.id)).not.toBeNull();
  });

  it('exports the user’s threads, and deleting the account anonymises them but keeps the other side’s view', async () => {
    const leaver = await signUp(server, 'sme', 'Leaving SME');
    const thread = await startInquiry(server, leaver, { supplierId: profile.id, subject: 'Before I go', message: 'My question' });
    const later = await startInquiry(server, leaver, { supplierId: profile.id, subject: 'One more thing', message: 'Another question' });
    await post(`/api/inquiries/${thread.id}/messages`, supplier, { text: 'Our answer' });
    await post(`/api/inquiries/${later.id}/messages`, leaver, { text: 'And a follow-up' });
    const exported = await get<{ inquiries: Array<{ subject: string; messages: Array<{ text: string; mine: boolean }> }> }>('/api/me/export', leaver);
    // Oldest thread first, each with its own messages in the order written.
    expect(exported.inquiries).toEqual([
      expect.objectContaining({
        subject: 'Before I go',
        startedByMe: true,
        messages: [expect.objectContaining({ text: 'My question', mine: true }), expect.objectContaining({ text: 'Our answer', mine: false })],
      }),
      expect.objectContaining({
        subject: 'One more thing',
        messages: [expect.objectContaining({ text: 'Another question', mine: true }), expect.objectContaining({ text: 'And a follow-up', mine: true })],
      }),
    ]);

    const name = leaver.user.name;
    expect((await server.send('DELETE', '/api/me', { password: PASSWORD }, bearer(leaver))).status).toBe(204);
    const seen = await get<InquiryDetail>(`/api/inquiries/${thread.id}`, supplier);
    expect(seen.messages.map((m) => [m.authorName, m.text])).toEqual([['Deleted user', 'My question'], [expect.any(String), 'Our answer']]);
    expect(JSON.stringify(seen)).not.toContain(name);
    expect(await MessageModel.countDocuments({ authorId: leaver.user.id })).toBe(0);
  });
});

// Last: stops the server.
describe('shutdown', () => {
  it('ends open event streams and clears the email timers, so the server stops at once', async () => {
    const res = await fetch(`${server.url}/api/inquiries/events`, { headers: bearer(sme) });
    expect(res.status).toBe(200);
    expect(server.inquiries.hub.openStreams).toBeGreaterThanOrEqual(1);
    const thread = await startInquiry(server, sme, { supplierId: profile.id });
    await post(`/api/inquiries/${thread.id}/messages`, sme, { text: 'pending email' });
    const started = Date.now();
    closed = true;
    await server.close();
    expect(Date.now() - started).toBeLessThan(5000);
    expect(server.inquiries.hub.openStreams).toBe(0);
    await res.body?.cancel().catch(() => undefined);
  });
});
