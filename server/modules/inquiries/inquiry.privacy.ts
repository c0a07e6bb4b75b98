// Personal data in inquiries (PDPO): what the data export shows, and what deleting an account changes.
import type { Types } from 'mongoose';
import { SupplierModel } from '../suppliers/supplier.model';
import { InquiryModel, MessageModel, NotificationPrefsModel, PendingNotificationModel, QuoteModel } from './inquiry.model';

export const DELETED_NAME = 'Deleted user';

/** The threads the user started or wrote in, with their own messages and quotes, and their email preferences. */
export async function exportInquiries(userId: Types.ObjectId) {
  const [messages, created, quotes, prefs] = await Promise.all([
    MessageModel.find({ authorId: userId }).sort({ createdAt: 1 }).lean(),
    InquiryModel.find({ createdBy: userId }, { _id: 1 }).lean(),
    QuoteModel.find({ sentBy: userId }).sort({ createdAt: 1 }).lean(),
    NotificationPrefsModel.findById(userId).lean(),
  ]);
  const ids = [...new Set([...messages.map((m) => m.inquiryId.toHexString()), ...created.map((t) => t._id.toHexString()), ...quotes.map((q) => q.inquiryId.toHexString())])];
  const threads = (await Promise.all(ids.map((id) => InquiryModel.findById(id).lean()))).filter((t) => t !== null);
  const suppliers = new Map(
    await Promise.all([...new Set(threads.map((t) => t.supplierId.toHexString()))].map(async (id) => [id, (await SupplierModel.findById(id, { name: 1 }).lean())?.name ?? ''] as const)),
  );
  return {
    inquiries: threads.map((t) => {
      const id = t._id.toHexString();
      return {
        subject: t.subject,
        supplier: suppliers.get(t.supplierId.toHexString()),
        status: t.status,
        startedAt: t.createdAt.toISOString(),
        startedByMe: t.createdBy?.equals(userId) ?? false,
        myMessages: messages.filter((m) => m.inquiryId.toHexString() === id).map((m) => ({ text: m.text, at: m.createdAt.toISOString() })),
        myQuotes: quotes
          .filter((q) => q.inquiryId.toHexString() === id)
          .map((q) => ({ scope: q.scope, priceHKD: q.priceHKD, validUntil: q.validUntil.toISOString().slice(0, 10), status: q.status, at: q.createdAt.toISOString() })),
      };
    }),
    notificationPreferences: { newInquiry: prefs?.newInquiry ?? true, reply: prefs?.reply ?? true, quote: prefs?.quote ?? true },
  };
}

/**
 * Deleting an account: the threads stay readable for the other party, the person disappears from them
 * (author name replaced, user ids removed), and their preferences and pending emails go.
 */
export async function anonymiseInquiryParticipant(userId: Types.ObjectId): Promise<void> {
  await MessageModel.updateMany({ authorId: userId }, { $set: { authorName: DELETED_NAME }, $unset: { authorId: 1 } });
  await InquiryModel.updateMany({ createdBy: userId }, { $unset: { createdBy: 1 } });
  await QuoteModel.updateMany({ sentBy: userId }, { $unset: { sentBy: 1 } });
  await QuoteModel.updateMany({ decidedBy: userId }, { $unset: { decidedBy: 1 } });
  await NotificationPrefsModel.deleteOne({ _id: userId });
  await PendingNotificationModel.deleteMany({ userId });
}
