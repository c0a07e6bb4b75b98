// The review rows of the access matrix: three of sme's quotes from supplier, accepted and marked delivered; two are
// reviewed (one of them reported), the third is left for the write row.
import type { TestServer } from './harness';
import { bearer, type Account } from './accounts-helpers';
import { sendQuote, startInquiry } from './inquiries-helpers';

type Actor = 'anonymous' | 'sme' | 'sme2' | 'supplier' | 'supplier2' | 'curator' | 'admin';
type Statuses = Record<Actor, number>;
export type ReviewWorld = { supplierId: string; reviewedId: string; reportedId: string; toReviewId: string };
type W = { reviews: ReviewWorld };

const ratings = { deliveredAsQuoted: 4, onTime: 4, onBudget: 3, communication: 5, wouldHireAgain: 4 };
const reviewBody = (quoteId: string) => ({ quoteId, ratings, text: 'The pilot worked on one line, as quoted.' });

export async function setUpReviewWorld(server: TestServer, accounts: Record<Exclude<Actor, 'anonymous'>, Account>, supplierId: string): Promise<ReviewWorld> {
  const sme = bearer(accounts.sme);
  const deliveredQuote = async () => {
    const need = (await (await server.send('POST', '/api/needs', { title: 'Review need', description: 'Cameras to find defects on our line.', sector: 'manufacturing', applicationAreas: ['operations'], budgetBand: '300k-500k' }, sme)).json()) as { id: string };
    const thread = await startInquiry(server, accounts.sme, { supplierId, needId: need.id, subject: 'Review thread' });
    const quote = await sendQuote(server, accounts.supplier, thread.id, 120_000);
    await server.send('POST', `/api/inquiries/${thread.id}/quotes/${quote.id}/accept`, {}, sme);
    await server.send('POST', `/api/reviews/engagements/${quote.id}/delivered`, {}, sme);
    return quote.id;
  };
  const [reviewedId, reportedId, toReviewId] = [await deliveredQuote(), await deliveredQuote(), await deliveredQuote()];
  for (const id of [reviewedId, reportedId]) await server.send('POST', '/api/reviews', reviewBody(id), sme);
  await server.send('POST', `/api/reviews/${reportedId}/report`, { reason: 'Matrix report' }, bearer(accounts.supplier2));
  return { supplierId, reviewedId, reportedId, toReviewId };
}

const st = (s: Partial<Statuses> & { ok: number }): Statuses => {
  const { ok, ...rest } = s;
  return { anonymous: 401, sme: ok, sme2: ok, supplier: ok, supplier2: ok, curator: ok, admin: ok, ...rest };
};
const moderators = (ok: number) => st({ ok: 403, curator: ok, admin: ok });

export const REVIEW_ROUTES = [
  { route: '/api/reviews', method: 'GET', path: (w: W) => `/api/reviews?supplierId=${w.reviews.supplierId}`, expect: { ...st({ ok: 200 }), anonymous: 200 } },
  { route: '/api/reviews/summaries', method: 'GET', path: (w: W) => `/api/reviews/summaries?ids=${w.reviews.supplierId}`, expect: { ...st({ ok: 200 }), anonymous: 200 } },
  { route: '/api/reviews/engagements', method: 'GET', path: () => '/api/reviews/engagements', expect: st({ ok: 403, sme: 200, sme2: 200 }) },
  // Only the organisation whose quote it is; the other SME gets the same 404 as for a quote that does not exist.
  { route: '/api/reviews/engagements/{quoteId}/delivered', method: 'POST', path: (w: W) => `/api/reviews/engagements/${w.reviews.toReviewId}/delivered`, expect: st({ ok: 403, sme: 204, sme2: 404 }) },
  { route: '/api/reviews', method: 'POST', path: () => '/api/reviews', body: (w: W) => reviewBody(w.reviews.toReviewId), expect: st({ ok: 403, sme: 201, sme2: 404 }) },
  { route: '/api/reviews/reported', method: 'GET', path: () => '/api/reviews/reported', expect: moderators(200) },
  // Only the reviewed supplier's members may reply; everyone else is refused, the review being public.
  { route: '/api/reviews/{id}/reply', method: 'POST', path: (w: W) => `/api/reviews/${w.reviews.reviewedId}/reply`, body: () => ({ text: 'Thank you' }), expect: st({ ok: 403, supplier: 200 }) },
  { route: '/api/reviews/{id}/report', method: 'POST', path: (w: W) => `/api/reviews/${w.reviews.reviewedId}/report`, body: () => ({ reason: 'Matrix report' }), expect: st({ ok: 204 }) },
  { route: '/api/reviews/{id}/keep', method: 'POST', path: (w: W) => `/api/reviews/${w.reviews.reviewedId}/keep`, expect: moderators(204) },
  // The curator removes it; the admin, next, finds it already removed.
  { route: '/api/reviews/{id}/remove', method: 'POST', path: (w: W) => `/api/reviews/${w.reviews.reportedId}/remove`, body: () => ({ reason: 'Abusive' }), expect: st({ ok: 403, curator: 204, admin: 409 }) },
] as const;
