// Verified-engagement reviews: only an SME organisation whose quote from a supplier was accepted can review that
// supplier, once per accepted quote, once the engagement had time to happen. The supplier replies once, publicly.
import { z } from 'zod';
import { limits } from '../limits';
import { BUDGET_BAND_KEYS, SECTOR_KEYS } from '../taxonomy';
import { objectIdSchema, pageQuerySchema, text } from './common';

/** The fixed criteria every review rates from 1 to 5, in the order they are shown. */
export const REVIEW_CRITERIA = ['deliveredAsQuoted', 'onTime', 'onBudget', 'communication', 'wouldHireAgain'] as const;
export type ReviewCriterion = (typeof REVIEW_CRITERIA)[number];

/** Days after acceptance before a review may be written, unless the SME marks the project delivered sooner. */
export const REVIEW_WAIT_DAYS = 30;

const rating = z.number().int().min(1).max(5);

export const ratingsSchema = z.strictObject(Object.fromEntries(REVIEW_CRITERIA.map((c) => [c, rating])) as Record<ReviewCriterion, typeof rating>);

export const reviewCreateSchema = z.strictObject({
  quoteId: objectIdSchema,
  ratings: ratingsSchema,
  text: text(limits.reviewText, limits.reviewTextMin),
  /** The SME's organisation name is shown only when it chooses. */
  showOrganisationName: z.boolean().default(false),
});
export const reviewReplySchema = z.strictObject({ text: text(limits.reviewReply) });
export const reviewReasonSchema = z.strictObject({ reason: text(limits.reviewReason) });
export const reviewListQuerySchema = pageQuerySchema.extend({ supplierId: objectIdSchema });
export const quoteIdParamsSchema = z.object({ quoteId: objectIdSchema });
export const summaryQuerySchema = z.object({
  ids: z
    .string()
    .transform((s) => s.split(',').filter(Boolean))
    .pipe(z.array(objectIdSchema).min(1).max(4)),
});

export const reviewSchema = z.object({
  id: objectIdSchema,
  supplierId: objectIdSchema,
  ratings: ratingsSchema,
  /** The mean of the five ratings, to one decimal. */
  average: z.number(),
  text: z.string(),
  /** The engagement: the need's sector and the budget band of the accepted price. */
  sector: z.enum(SECTOR_KEYS).optional(),
  budgetBand: z.enum(BUDGET_BAND_KEYS),
  /** Present only when the SME chose to show it. */
  organisationName: z.string().optional(),
  createdAt: z.string(),
  reply: z.object({ text: z.string(), at: z.string() }).optional(),
});
export const reviewSummarySchema = z.object({ count: z.number().int(), average: z.number().nullable() });
export const reviewPageSchema = z.object({
  items: z.array(reviewSchema),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
  summary: reviewSummarySchema,
});
export const reviewSummariesSchema = z.object({ items: z.array(reviewSummarySchema.extend({ supplierId: objectIdSchema })) });

/** A review as curators see it in the moderation queue: with its reports. */
export const reportedReviewSchema = reviewSchema.extend({
  supplierName: z.string(),
  reports: z.array(z.object({ reason: z.string(), at: z.string() })),
});
export const reportedReviewPageSchema = z.object({ items: z.array(reportedReviewSchema), page: z.number().int(), pageSize: z.number().int(), total: z.number().int() });

/** One of my organisation's accepted quotes, and whether and when it can be reviewed. */
export const engagementSchema = z.object({
  quoteId: objectIdSchema,
  inquiryId: objectIdSchema,
  supplierId: objectIdSchema,
  supplierName: z.string(),
  supplierSlug: z.string(),
  scope: z.string(),
  priceHKD: z.number(),
  acceptedAt: z.string(),
  deliveredAt: z.string().optional(),
  reviewableFrom: z.string(),
  /** True once the review can be written (decided by the server's clock) and none was yet. */
  reviewable: z.boolean(),
  reviewId: objectIdSchema.optional(),
});
export const engagementListSchema = z.object({ items: z.array(engagementSchema) });

export type Ratings = z.infer<typeof ratingsSchema>;
export type ReviewCreate = z.input<typeof reviewCreateSchema>;
export type Review = z.infer<typeof reviewSchema>;
export type ReviewPage = z.infer<typeof reviewPageSchema>;
export type ReviewSummary = z.infer<typeof reviewSummarySchema>;
export type ReportedReview = z.infer<typeof reportedReviewSchema>;
export type Engagement = z.infer<typeof engagementSchema>;
