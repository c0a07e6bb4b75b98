// Inquiry threads between an SME and a supplier: messages, structured quotes, read state, notification preferences.
import { z } from 'zod';
import { limits } from '../limits';
import { objectIdSchema, pageOf, pageQuerySchema, text } from './common';

export const inquiryLimits = {
  subject: 200,
  message: 5000,
  quoteText: 3000,
  deliverables: 20,
  deliverable: 300,
  reason: 1000,
  priceMaxHKD: 1_000_000_000,
} as const;

/** `withdrawn`: the SME took back an inquiry to a profile nobody had claimed yet; the supplier never sees it. */
export const INQUIRY_STATUS_KEYS = ['open', 'answered', 'closed', 'archived', 'withdrawn'] as const;
export type InquiryStatus = (typeof INQUIRY_STATUS_KEYS)[number];
export const QUOTE_STATUS_KEYS = ['pending', 'accepted', 'declined'] as const;
export type QuoteStatus = (typeof QUOTE_STATUS_KEYS)[number];
export const SIDE_KEYS = ['sme', 'supplier'] as const;
export type Side = (typeof SIDE_KEYS)[number];


export const inquiryIdParamsSchema = z.object({ id: objectIdSchema });
export const quoteParamsSchema = z.object({ id: objectIdSchema, quoteId: objectIdSchema });

export const inquiryCreateSchema = z.strictObject({
  supplierId: objectIdSchema,
  needId: objectIdSchema.optional(),
  subject: text(inquiryLimits.subject),
  message: text(inquiryLimits.message),
});

export const messageCreateSchema = z.strictObject({ text: text(inquiryLimits.message) });

export const inquiryListQuerySchema = pageQuerySchema.extend({ status: z.enum(INQUIRY_STATUS_KEYS).optional() });

export const inquiryStatusBodySchema = z.strictObject({ status: z.enum(['open', 'closed', 'archived']) });
export const reportBodySchema = z.strictObject({ reason: text(inquiryLimits.reason) });

export const quoteInputSchema = z.strictObject({
  scope: text(inquiryLimits.quoteText),
  deliverables: z.array(text(inquiryLimits.deliverable)).min(1).max(inquiryLimits.deliverables),
  dataRequired: text(inquiryLimits.quoteText),
  timeline: text(limits.shortText),
  priceHKD: z.number().int().min(0).max(inquiryLimits.priceMaxHKD),
  validUntil: z.iso.date(),
  assumptions: z.string().trim().max(inquiryLimits.quoteText).default(''),
});
export const declineBodySchema = z.strictObject({ reason: text(inquiryLimits.reason) });

export const quoteSchema = z.object({
  id: objectIdSchema,
  inquiryId: objectIdSchema,
  needId: objectIdSchema.optional(),
  supplier: z.object({ id: objectIdSchema, slug: z.string(), name: z.string(), nameZh: z.string().optional() }),
  scope: z.string(),
  deliverables: z.array(z.string()),
  dataRequired: z.string(),
  timeline: z.string(),
  priceHKD: z.number().int(),
  validUntil: z.string(),
  assumptions: z.string(),
  status: z.enum(QUOTE_STATUS_KEYS),
  declineReason: z.string().optional(),
  decidedAt: z.string().optional(),
  createdAt: z.string(),
});

export const messageSchema = z.object({
  id: objectIdSchema,
  inquiryId: objectIdSchema,
  side: z.enum(SIDE_KEYS),
  /** The author's name, or "Deleted user" once they deleted their account. */
  authorName: z.string(),
  mine: z.boolean(),
  text: z.string(),
  quoteId: objectIdSchema.optional(),
  createdAt: z.string(),
});

export const inquirySummarySchema = z.object({
  id: objectIdSchema,
  subject: z.string(),
  status: z.enum(INQUIRY_STATUS_KEYS),
  /** The caller's side of the thread; absent for curators reading a reported thread. */
  side: z.enum(SIDE_KEYS).optional(),
  supplier: z.object({ id: objectIdSchema, slug: z.string(), name: z.string(), nameZh: z.string().optional() }),
  /** False while nobody has claimed the supplier's profile: the thread waits for the supplier to join. */
  supplierOnPlatform: z.boolean(),
  smeName: z.string(),
  needId: objectIdSchema.optional(),
  messageCount: z.number().int(),
  unread: z.boolean(),
  reported: z.boolean(),
  lastMessageAt: z.string(),
  createdAt: z.string(),
});

const publicNeedInThread = z.object({ id: objectIdSchema, title: z.string(), description: z.string(), sector: z.string(), budgetBand: z.string(), timeline: z.string().optional() });

export const inquiryDetailSchema = inquirySummarySchema.extend({
  need: publicNeedInThread.optional(),
  messages: z.array(messageSchema),
  quotes: z.array(quoteSchema),
});

export const inquiryPageSchema = pageOf(inquirySummarySchema);
export const unreadSchema = z.object({ count: z.number().int() });
export const quoteComparisonSchema = z.object({ needId: objectIdSchema, items: z.array(quoteSchema) });

export const notificationPrefsSchema = z.strictObject({
  newInquiry: z.boolean(),
  reply: z.boolean(),
  quote: z.boolean(),
});
export const unsubscribeQuerySchema = z.object({ token: z.string().min(10).max(limits.token).regex(/^[A-Za-z0-9_.-]+$/) });

export const responsivenessSchema = z.object({
  medianHours: z.number(),
  replyRate: z.number(),
  /** Inquiries counted over the last 90 days. */
  inquiries: z.number().int(),
});

export type InquiryCreate = z.infer<typeof inquiryCreateSchema>;
export type QuoteInput = z.infer<typeof quoteInputSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type InquiryMessage = z.infer<typeof messageSchema>;
export type InquirySummary = z.infer<typeof inquirySummarySchema>;
export type InquiryDetail = z.infer<typeof inquiryDetailSchema>;
export type InquiryPage = z.infer<typeof inquiryPageSchema>;
export type NotificationPrefs = z.infer<typeof notificationPrefsSchema>;
export type Responsiveness = z.infer<typeof responsivenessSchema>;

/** What the real-time stream sends: a thread changed (new message, quote, status) or the unread count moved. */
export type InquiryEvent =
  | { type: 'message'; inquiryId: string; message: Omit<InquiryMessage, 'mine'> }
  | { type: 'thread'; inquiryId: string }
  | { type: 'unread' };
