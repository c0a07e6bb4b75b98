// Personal data (PDPO): what deleting an account does, part by part, shown before the person confirms.
import { z } from 'zod';

export const ERASURE_EFFECTS = ['deleted', 'anonymised', 'kept'] as const;
export type ErasureEffect = (typeof ERASURE_EFFECTS)[number];

const bilingualSchema = z.object({ en: z.string(), 'zh-Hant': z.string() });

export const erasureItemSchema = z.object({
  /** The export key of the part this concerns (e.g. `needs`). */
  part: z.string(),
  effect: z.enum(ERASURE_EFFECTS),
  text: bilingualSchema,
  /** How many records of that part exist now. */
  records: z.number().int().nonnegative(),
});
export const deletionPlanSchema = z.object({ items: z.array(erasureItemSchema) });

export type ErasureItem = z.infer<typeof erasureItemSchema>;
export type DeletionPlan = z.infer<typeof deletionPlanSchema>;
