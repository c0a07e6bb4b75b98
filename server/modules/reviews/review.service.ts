// Verified-engagement reviews: written from an accepted quote, replied to once by the supplier, reported by anyone
// signed in, moderated by curators (removal needs a reason, audited). Every change to what is counted announces
// `suppliers.changed`, so the search documents (review count and average) follow.
import type { Types } from 'mongoose';
import type { ReviewCreate } from '../../../shared/schemas/reviews';
import { BUDGET_BAND_RANGES, type BudgetBand } from '../../../shared/taxonomy';
import { pageOffset } from '../../platform/db/page';
import { isObjectId } from '../../platform/db/hex-id';
import { claimOnce } from '../../platform/db/claim';
import { domainEvents } from '../../platform/events';
import { Conflict, Forbidden, NotFound } from '../../platform/errors/errors';
import { isDuplicateKeyError } from '../../platform/errors/duplicate-key';
import { OrganisationModel } from '../accounts';
import { audit } from '../audit';
import type { SearchEngine } from '../../platform/search/port';
import { type KeptQuote, type QuoteDoc, type QuoteIndex, QuoteModel, type Viewer } from '../inquiries';
import { NeedModel } from '../needs';
import { SupplierModel, supplierLinks } from '../suppliers';
import { ReviewModel, type ReviewDoc } from './review.model';
import { isOwnAcceptedQuote, isReviewedSupplier, reviewableFrom } from './review.policy';
import { oneDecimal, reviewAverage } from './review.presenter';

/** Newest first, fixed: nothing (and nobody's money) can reorder reviews. */
const NEWEST_FIRST = { createdAt: -1, _id: -1 } as const;

/** The band an accepted price falls in. */
export function bandOf(priceHKD: number): BudgetBand {
  const band = Object.entries(BUDGET_BAND_RANGES).find(([, r]) => priceHKD >= r.min && (r.max === null || priceHKD < r.max));
  return (band?.[0] ?? 'unknown') as BudgetBand;
}

async function ownAcceptedQuote(v: Viewer, quoteId: string): Promise<QuoteDoc> {
  const quote = isObjectId(quoteId) ? await QuoteModel.findById(quoteId) : null;
  if (!quote || !isOwnAcceptedQuote(v, quote)) throw NotFound('The accepted quote');
  return quote;
}

async function findReview(id: string): Promise<ReviewDoc> {
  const review = isObjectId(id) ? await ReviewModel.findById(id) : null;
  if (!review) throw NotFound('The review');
  return review;
}

/** What the engagements are read from: the quotes kept in memory, and the suppliers' names from the search engine. */
export type EngagementSources = { quotes: QuoteIndex; search: SearchEngine };

type Accepted = KeptQuote & { decidedAt: number };
const newestAccepted = (a: Accepted, b: Accepted) => b.decidedAt - a.decidedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/**
 * The caller's organisation's accepted quotes, most recently accepted first, each with when it can be reviewed and
 * its review if written: the quotes from memory; the database only for which of them were reviewed (if any).
 */
export async function engagementsOf({ quotes, search }: EngagementSources, v: Viewer, now = new Date()) {
  const own = v.organisationId ? await quotes.ofOrganisation(v.organisationId) : [];
  const accepted = own.filter((q): q is Accepted => q.status === 'accepted' && q.decidedAt !== undefined).sort(newestAccepted);
  if (!accepted.length) return [];
  const [suppliers, reviews] = await Promise.all([
    supplierLinks(search, accepted.map((q) => q.supplierId)),
    ReviewModel.find({ _id: { $in: accepted.map((q) => q.id) } }, { _id: 1 }).lean(),
  ]);
  const reviewed = new Set(reviews.map((r) => r._id.toHexString()));
  return accepted.flatMap((q) => {
    const s = suppliers.get(q.supplierId);
    if (!s) return [];
    const from = reviewableFrom(q);
    return [
      {
        quoteId: q.id,
        inquiryId: q.inquiryId,
        supplierId: q.supplierId,
        supplierName: s.name,
        supplierSlug: s.slug,
        scope: q.scope,
        priceHKD: q.priceHKD,
        acceptedAt: new Date(q.decidedAt).toISOString(),
        deliveredAt: q.deliveredAt === undefined ? undefined : new Date(q.deliveredAt).toISOString(),
        reviewableFrom: from.toISOString(),
        reviewable: !reviewed.has(q.id) && from <= now,
        reviewId: reviewed.has(q.id) ? q.id : undefined,
      },
    ];
  });
}

/** The SME says the project was delivered: the review can be written at once. */
export async function markDelivered(v: Viewer, quoteId: string): Promise<void> {
  const quote = await ownAcceptedQuote(v, quoteId);
  if (quote.deliveredAt) return;
  await QuoteModel.updateOne({ _id: quote._id }, { $set: { deliveredAt: new Date() } });
}

export async function createReview(v: Viewer, input: Required<ReviewCreate>, now = new Date()): Promise<ReviewDoc> {
  const quote = await ownAcceptedQuote(v, input.quoteId);
  const from = reviewableFrom(quote);
  if (now < from) throw Conflict(`This engagement can be reviewed from ${from.toISOString().slice(0, 10)}, or as soon as you mark the project delivered.`);
  const need = quote.needId ? await NeedModel.findById(quote.needId, { sector: 1 }).lean() : null;
  try {
    const review = await ReviewModel.create({
      _id: quote._id,
      inquiryId: quote.inquiryId,
      supplierId: quote.supplierId,
      smeOrganisationId: quote.smeOrganisationId,
      authorId: v.id,
      ratings: input.ratings,
      text: input.text,
      showOrganisationName: input.showOrganisationName,
      sector: need?.sector,
      budgetBand: bandOf(quote.priceHKD),
    });
    domainEvents.emit('suppliers.changed', [quote.supplierId.toHexString()]);
    return review;
  } catch (error) {
    if (isDuplicateKeyError(error)) throw Conflict('This engagement has already been reviewed.');
    throw error;
  }
}

/** A supplier's published reviews, newest first, with their count and average. */
export async function supplierReviews(supplierId: string, page: { page: number; pageSize: number }) {
  const filter = { supplierId, status: 'published' as const };
  const [items, summary] = await Promise.all([
    ReviewModel.find(filter).sort(NEWEST_FIRST).skip(pageOffset(page)).limit(page.pageSize),
    reviewSummaries([supplierId]),
  ]);
  return { items, summary: summary.get(supplierId) ?? { count: 0, average: null } };
}

/**
 * Per supplier id: how many published reviews it has and their mean rating (the mean of each review's five
 * ratings, to one decimal). Without ids, every reviewed supplier (the search rebuild). Reviews are few next to
 * suppliers, and the reviews of a handful of suppliers are read in one query.
 */
export async function reviewSummaries(ids?: string[]): Promise<Map<string, { count: number; average: number }>> {
  const filter = ids ? { supplierId: { $in: ids }, status: 'published' as const } : { status: 'published' as const };
  if (ids && !ids.length) return new Map();
  const reviews = await ReviewModel.find(filter, { supplierId: 1, ratings: 1 }).lean();
  const sums = new Map<string, { count: number; total: number }>();
  for (const r of reviews) {
    const key = r.supplierId.toHexString();
    const s = sums.get(key) ?? { count: 0, total: 0 };
    sums.set(key, { count: s.count + 1, total: s.total + reviewAverage(r) });
  }
  return new Map([...sums].map(([id, s]) => [id, { count: s.count, average: oneDecimal(s.total / s.count) }]));
}

/** The reviewed supplier's one public reply. */
export async function replyToReview(v: Viewer, id: string, text: string): Promise<ReviewDoc> {
  const review = await findReview(id);
  if (review.status !== 'published') throw NotFound('The review');
  if (!isReviewedSupplier(v, review)) throw Forbidden('Only the reviewed supplier can reply.');
  if (review.reply || !(await claimOnce(`review-reply:${id}`))) throw Conflict('The review already has your reply.');
  const reply = { text, at: new Date(), authorId: v.id };
  await ReviewModel.updateOne({ _id: review._id }, { $set: { reply } });
  review.set({ reply });
  return review;
}

/** Anyone signed in can report a review as abusive; it then waits in the curators' queue (and stays shown). */
export async function reportReview(v: Viewer, id: string, reason: string): Promise<void> {
  const review = await findReview(id);
  if (review.status !== 'published') throw NotFound('The review');
  const at = new Date();
  await ReviewModel.updateOne({ _id: review._id }, { $push: { reports: { userId: v.id, reason, at } }, $set: { reportedAt: at } });
}

/**
 * The curators' queue, most recently reported first: a page and the count. One read of the whole queue (the
 * partial index on `reportedAt` selects just the reported reviews, and the embedded FerretDB decodes all of those
 * to sort a page anyway), then the page is cut here: one round trip instead of a page and a count.
 */
export async function reportedReviews(page: { page: number; pageSize: number }) {
  const queue = await ReviewModel.find({ status: 'published', reportedAt: { $exists: true } }).sort({ reportedAt: -1, _id: -1 }).lean();
  const from = pageOffset(page);
  return { items: queue.slice(from, from + page.pageSize).map((r) => ReviewModel.hydrate(r)), total: queue.length };
}

/** A curator removes a review: the reason is recorded on it and in the audit log; it stops being shown and counted. */
export async function removeReview(v: Viewer, id: string, reason: string): Promise<void> {
  const review = await moderated(v, id);
  await ReviewModel.updateOne({ _id: review._id }, { $set: { status: 'removed', removal: { reason, by: v.id, at: new Date() } }, $unset: { reportedAt: 1 } });
  await audit('review.removed', { actorId: v.id, detail: { reviewId: id, supplierId: review.supplierId.toHexString(), reason } });
  domainEvents.emit('suppliers.changed', [review.supplierId.toHexString()]);
}

/** A curator finds the reports unfounded: the review leaves the queue (the reports stay on record). */
export async function dismissReports(v: Viewer, id: string): Promise<void> {
  const review = await moderated(v, id);
  await ReviewModel.updateOne({ _id: review._id }, { $unset: { reportedAt: 1 } });
  await audit('review.reports-dismissed', { actorId: v.id, detail: { reviewId: id, supplierId: review.supplierId.toHexString() } });
}

async function moderated(v: Viewer, id: string): Promise<ReviewDoc> {
  const review = await findReview(id);
  if (review.status !== 'published') throw Conflict('The review was already removed.');
  return review;
}

/** Organisation names, for the reviews whose SME chose to show its name. */
export async function organisationNames(reviews: ReviewDoc[]): Promise<Map<string, string>> {
  const ids: Types.ObjectId[] = reviews.filter((r) => r.showOrganisationName).map((r) => r.smeOrganisationId);
  if (!ids.length) return new Map();
  const orgs = await OrganisationModel.find({ _id: { $in: ids } }, { name: 1 }).lean();
  return new Map(orgs.map((o) => [o._id.toHexString(), o.name]));
}

export async function supplierNames(reviews: ReviewDoc[]): Promise<Map<string, string>> {
  if (!reviews.length) return new Map();
  const suppliers = await SupplierModel.find({ _id: { $in: reviews.map((r) => r.supplierId) } }, { name: 1 }).lean();
  return new Map(suppliers.map((s) => [s._id.toHexString(), s.name]));
}
