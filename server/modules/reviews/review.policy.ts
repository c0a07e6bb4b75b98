// Who may do what with reviews. Reading is public (published reviews only). Writing: only the SME organisation
// whose quote from the supplier was accepted, once per quote, once the engagement had time to happen. Replying:
// only the reviewed supplier's members, once. Moderating: curators and admins (the routes' access).
import { REVIEW_WAIT_DAYS } from '../../../shared/schemas/reviews';
import type { QuoteDoc, Viewer } from '../inquiries';
import type { ReviewDoc } from './review.model';

const DAY = 86_400_000;

/** The quote is one of the caller's organisation's accepted quotes (anyone else: as if it did not exist). */
export const isOwnAcceptedQuote = (v: Viewer, q: QuoteDoc) =>
  v.role === 'sme' && Boolean(v.organisationId) && q.smeOrganisationId.toHexString() === v.organisationId && q.status === 'accepted' && Boolean(q.decidedAt);

type When = Date | number | null | undefined;

/**
 * When a review may be written: 30 days after acceptance, or as soon as the SME marked the project delivered (a
 * stored quote's dates, or a kept one's epoch milliseconds).
 */
export function reviewableFrom(q: { decidedAt?: When; deliveredAt?: When }): Date {
  const waited = new Date(+q.decidedAt! + REVIEW_WAIT_DAYS * DAY);
  const delivered = q.deliveredAt === null || q.deliveredAt === undefined ? undefined : new Date(+q.deliveredAt);
  return delivered && delivered < waited ? delivered : waited;
}

export const isReviewedSupplier = (v: Viewer, r: ReviewDoc) => v.role === 'supplier' && v.supplierId === r.supplierId.toHexString();
