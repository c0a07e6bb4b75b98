// Shortlists: an SME organisation's named lists of suppliers it is considering.
import { z } from 'zod';
import { limits } from '../limits';
import { objectIdSchema } from './common';
import { supplierSummarySchema } from './suppliers';

export const SHORTLISTS_MAX = 20;
export const SHORTLIST_SUPPLIERS_MAX = 50;

export const shortlistBodySchema = z.strictObject({ name: z.string().trim().min(1).max(limits.personName) });
export const shortlistSupplierParamsSchema = z.object({ id: objectIdSchema, supplierId: objectIdSchema });
export const shortlistSchema = z.object({
  id: objectIdSchema,
  name: z.string(),
  suppliers: z.array(supplierSummarySchema),
  updatedAt: z.string(),
});
export const shortlistListSchema = z.object({ items: z.array(shortlistSchema) });

export type Shortlist = z.infer<typeof shortlistSchema>;
