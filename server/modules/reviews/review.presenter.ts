// Reviews as the public sees them: ratings, text, the engagement's sector and budget band, the supplier's reply.
// The SME organisation's name only when it chose to show it; never the author, the reports or the quote.
import { type Ratings, type ReportedReview, type Review, REVIEW_CRITERIA } from '../../../shared/schemas/reviews';
import type { ReviewDoc, ReviewFields } from './review.model';

export const oneDecimal = (n: number) => Math.round(n * 10) / 10;

/** Every rating is required by the schema (Mongoose types nested paths as optional). */
const ratingsOf = (r: Pick<ReviewFields, 'ratings'>) => r.ratings as Ratings;

/** The mean of a review's five ratings. */
export const reviewAverage = (r: Pick<ReviewFields, 'ratings'>) => REVIEW_CRITERIA.reduce((sum, c) => sum + ratingsOf(r)[c], 0) / REVIEW_CRITERIA.length;

export function presentReview(r: ReviewDoc, organisationNames: Map<string, string>): Review {
  const name = r.showOrganisationName ? organisationNames.get(r.smeOrganisationId.toHexString()) : undefined;
  return {
    id: r._id.toHexString(),
    supplierId: r.supplierId.toHexString(),
    ratings: Object.fromEntries(REVIEW_CRITERIA.map((c) => [c, ratingsOf(r)[c]])) as Ratings,
    average: oneDecimal(reviewAverage(r)),
    text: r.text,
    sector: r.sector ?? undefined,
    budgetBand: r.budgetBand,
    ...(name ? { organisationName: name } : {}),
    createdAt: r.createdAt.toISOString(),
    ...(r.reply ? { reply: { text: r.reply.text, at: r.reply.at.toISOString() } } : {}),
  };
}

export function presentReported(r: ReviewDoc, organisationNames: Map<string, string>, supplierName: string): ReportedReview {
  return { ...presentReview(r, organisationNames), supplierName, reports: r.reports.map((p) => ({ reason: p.reason, at: p.at.toISOString() })) };
}
