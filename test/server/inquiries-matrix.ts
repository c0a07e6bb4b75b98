// The inquiry rows of the access matrix: a thread between `sme` and `supplier` (each linked to its own supplier
// profile: supplier2 has another), a reported thread, quotes to accept and decline, one of sme's needs.
import type { TestServer } from './harness';
import { bearer, type Account } from './accounts-helpers';
import { linkSupplier, makeSupplier, sendQuote, startInquiry } from './inquiries-helpers';

type Actor = 'anonymous' | 'sme' | 'sme2' | 'supplier' | 'supplier2' | 'curator' | 'admin';
type Statuses = Record<Actor, number>;
export type InquiryWorld = { supplierId: string; threadId: string; reportedId: string; acceptId: string; declineId: string; needId: string; unsubscribeToken: string; waitingId: string };
type W = { inquiries: InquiryWorld };

export async function setUpInquiryWorld(server: TestServer, accounts: Record<Exclude<Actor, 'anonymous'>, Account>, supplierId: string): Promise<InquiryWorld> {
  await linkSupplier(accounts.supplier, supplierId);
  await linkSupplier(accounts.supplier2, (await makeSupplier()).id);
  const needRes = await server.send('POST', '/api/needs', { title: 'Quotes need', description: 'Cameras to find defects on our line.', sector: 'manufacturing', applicationAreas: ['operations'], budgetBand: '300k-500k' }, bearer(accounts.sme));
  const needId = ((await needRes.json()) as { id: string }).id;
  const thread = await startInquiry(server, accounts.sme, { supplierId, needId });
  const reported = await startInquiry(server, accounts.sme, { supplierId, subject: 'Reported thread' });
  await server.send('POST', `/api/inquiries/${reported.id}/report`, { reason: 'Spam' }, bearer(accounts.supplier));
  // To a profile nobody has claimed: it waits for the supplier to join, and its SME may withdraw it.
  const waiting = await startInquiry(server, accounts.sme, { supplierId: (await makeSupplier()).id, subject: 'Waiting thread' });
  const accept = await sendQuote(server, accounts.supplier, thread.id, 100_000);
  const decline = await sendQuote(server, accounts.supplier, thread.id, 200_000);
  return {
    supplierId,
    threadId: thread.id,
    reportedId: reported.id,
    acceptId: accept.id,
    declineId: decline.id,
    needId,
    waitingId: waiting.id,
    unsubscribeToken: server.inquiries.notifier.unsubscribeToken(accounts.sme2.user.id),
  };
}

const st = (s: Partial<Statuses> & { ok: number }): Statuses => {
  const { ok, ...rest } = s;
  return { anonymous: 401, sme: ok, sme2: ok, supplier: ok, supplier2: ok, curator: ok, admin: ok, ...rest };
};
// Participants only: the thread's two sides; the other SME and supplier get the same 404 as a missing thread.
const sides = (ok: number) => st({ ok, sme2: 404, supplier2: 404, curator: 403, admin: 403 });
const parties = (ok: number) => st({ ok, curator: 403, admin: 403 });
const smeSide = (ok: number) => st({ ok: 403, sme: ok, sme2: 404 });
const id = (w: W) => w.inquiries.threadId;

export const INQUIRY_ROUTES = [
  { route: '/api/inquiries', method: 'POST', path: () => '/api/inquiries', body: (w: W) => ({ supplierId: w.inquiries.supplierId, subject: 'Matrix inquiry', message: 'Hello' }), expect: st({ ok: 403, sme: 201, sme2: 201 }) },
  { route: '/api/inquiries', method: 'GET', path: () => '/api/inquiries', expect: parties(200) },
  { route: '/api/inquiries/unread', method: 'GET', path: () => '/api/inquiries/unread', expect: parties(200) },
  // supplier2's organisation is linked too, so it has a stream of its own (which carries nothing of this thread).
  { route: '/api/inquiries/events', method: 'GET', path: () => '/api/inquiries/events', expect: parties(200), stream: true },
  { route: '/api/inquiries/reported', method: 'GET', path: () => '/api/inquiries/reported', expect: st({ ok: 403, curator: 200, admin: 200 }) },
  { route: '/api/inquiries/{id}', method: 'GET', path: (w: W) => `/api/inquiries/${id(w)}`, expect: st({ ok: 404, sme: 200, supplier: 200 }) },
  { route: '/api/inquiries/{id}', method: 'GET', path: (w: W) => `/api/inquiries/${w.inquiries.reportedId}`, expect: st({ ok: 404, sme: 200, supplier: 200, curator: 200, admin: 200 }) },
  { route: '/api/inquiries/{id}/messages', method: 'POST', path: (w: W) => `/api/inquiries/${id(w)}/messages`, body: (_w: W, actor: Actor) => ({ text: `Message from ${actor}` }), expect: sides(201) },
  { route: '/api/inquiries/{id}/read', method: 'POST', path: (w: W) => `/api/inquiries/${id(w)}/read`, expect: sides(204) },
  // sme closes it, supplier reopens it: both sides may do either.
  { route: '/api/inquiries/{id}/status', method: 'POST', path: (w: W) => `/api/inquiries/${id(w)}/status`, body: (_w: W, actor: Actor) => ({ status: actor === 'sme' ? 'closed' : 'open' }), expect: sides(200) },
  { route: '/api/inquiries/{id}/report', method: 'POST', path: (w: W) => `/api/inquiries/${w.inquiries.reportedId}/report`, body: () => ({ reason: 'Matrix report' }), expect: sides(200) },
  { route: '/api/inquiries/{id}/withdraw', method: 'POST', path: (w: W) => `/api/inquiries/${w.inquiries.waitingId}/withdraw`, expect: smeSide(200) },
  { route: '/api/inquiries/{id}/quotes', method: 'POST', path: (w: W) => `/api/inquiries/${id(w)}/quotes`, body: () => ({ scope: 'S', deliverables: ['D'], dataRequired: 'R', timeline: 'T', priceHKD: 1000, validUntil: '2099-01-01', assumptions: '' }), expect: st({ ok: 403, supplier: 201, supplier2: 404 }) },
  { route: '/api/inquiries/{id}/quotes/{quoteId}/accept', method: 'POST', path: (w: W) => `/api/inquiries/${id(w)}/quotes/${w.inquiries.acceptId}/accept`, expect: smeSide(200) },
  { route: '/api/inquiries/{id}/quotes/{quoteId}/decline', method: 'POST', path: (w: W) => `/api/inquiries/${id(w)}/quotes/${w.inquiries.declineId}/decline`, body: () => ({ reason: 'Over budget' }), expect: smeSide(200) },
  { route: '/api/needs/{id}/quotes', method: 'GET', path: (w: W) => `/api/needs/${w.inquiries.needId}/quotes`, expect: smeSide(200) },
  { route: '/api/me/notifications', method: 'GET', path: () => '/api/me/notifications', expect: st({ ok: 200 }) },
  { route: '/api/me/notifications', method: 'PUT', path: () => '/api/me/notifications', body: () => ({ newInquiry: true, reply: true, quote: false }), expect: st({ ok: 200 }) },
  { route: '/api/notifications/unsubscribe', method: 'POST', path: (w: W) => `/api/notifications/unsubscribe?token=${w.inquiries.unsubscribeToken}`, expect: { ...st({ ok: 204 }), anonymous: 204 } },
] as const;
