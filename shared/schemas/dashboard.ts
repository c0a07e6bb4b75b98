// An SME's home after sign-in: each open need with its matches (and how many are new since the SME last looked),
// the suppliers interested in it, its quotes and its unread threads.
import { z } from 'zod';
import { matchSchema, needSchema } from './needs';

const count = z.number().int().min(0);

export const smeDashboardNeedSchema = z.object({
  need: needSchema.pick({ id: true, title: true, status: true, updatedAt: true, publishedAt: true }),
  matches: z.object({
    /** The best few, as the need's page ranks them. */
    top: z.array(z.object({ supplier: matchSchema.shape.supplier.pick({ id: true, slug: true, name: true, nameZh: true }), score: z.number() })),
    /** Suppliers in the need's top ten that were not there when the SME last opened this page. */
    new: count,
  }),
  interests: z.object({ pending: count, total: count }),
  quotes: z.object({ pending: count, total: count }),
  unreadThreads: count,
});

export const smeDashboardSchema = z.object({
  needs: z.array(smeDashboardNeedSchema),
  /** Closed needs are left out of `needs`; this says how many there are. */
  closedNeeds: count,
  unreadThreads: count,
  pendingInterests: count,
  pendingQuotes: count,
});

export type SmeDashboard = z.infer<typeof smeDashboardSchema>;
export type SmeDashboardNeed = z.infer<typeof smeDashboardNeedSchema>;
