// The curators' queue: submitted case studies and supplier profile changes awaiting review.
import { z } from 'zod';
import { objectIdSchema, pageOf, pageQuerySchema } from './common';
import { supplierSummarySchema } from './suppliers';

export const profileReviewSchema = z.object({
  supplier: supplierSummarySchema,
  changedFields: z.array(z.string()),
  changedAt: z.string(),
});
export const profileReviewPageSchema = pageOf(profileReviewSchema);
export const curationQueueQuerySchema = pageQuerySchema;
export const curationSupplierParamsSchema = z.object({ id: objectIdSchema });

export type ProfileReview = z.infer<typeof profileReviewSchema>;
