// A supplier's interest in a published need: a short note to the SME, which sees it with the supplier's match
// explanation and answers by opening an inquiry or dismissing it. The supplier sees the need only as the
// anonymous opportunity it answered.
import { z } from 'zod';
import { objectIdSchema } from './common';
import { inquiryCreateSchema } from './inquiries';
import { matchSchema, publicNeedSchema } from './needs';

export const interestLimits = { note: 1000 } as const;

/** pending: waiting for the SME; dismissed: the SME declined; answered: the SME opened an inquiry. */
export const INTEREST_STATUS_KEYS = ['pending', 'dismissed', 'answered'] as const;
export type InterestStatus = (typeof INTEREST_STATUS_KEYS)[number];

export const interestCreateSchema = z.strictObject({
  needId: objectIdSchema,
  note: z.string().trim().min(1).max(interestLimits.note),
});
export const interestIdParamsSchema = z.object({ id: objectIdSchema });
/** The SME answers an interest with an inquiry: the supplier and the need are the interest's. */
export const interestInquirySchema = inquiryCreateSchema.pick({ subject: true, message: true });

const base = {
  id: objectIdSchema,
  note: z.string(),
  status: z.enum(INTEREST_STATUS_KEYS),
  /** The thread the SME opened in answer: from then on the supplier knows who it is. */
  inquiryId: objectIdSchema.optional(),
  createdAt: z.string(),
};

/** What the supplier sees: its note and the anonymous need, never who wrote it. */
export const myInterestSchema = z.object({ ...base, need: publicNeedSchema, needOpen: z.boolean() });
export const myInterestsSchema = z.object({ items: z.array(myInterestSchema) });

/** What the need's SME sees: the supplier and why it fits the need (the matcher's own explanation). */
export const needInterestSchema = z.object({
  ...base,
  needId: objectIdSchema,
  supplier: matchSchema.shape.supplier,
  match: matchSchema.omit({ supplier: true }),
});
export const needInterestsSchema = z.object({ items: z.array(needInterestSchema) });

export type InterestCreate = z.infer<typeof interestCreateSchema>;
export type MyInterest = z.infer<typeof myInterestSchema>;
export type NeedInterest = z.infer<typeof needInterestSchema>;
