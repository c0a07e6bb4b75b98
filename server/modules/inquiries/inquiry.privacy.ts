// The inquiries module's parts of the personal-data registry: threads with their messages and quotes, and email
// preferences (with the batched emails still waiting).
import type { Types } from 'mongoose';
import { type DataSubject, DELETED_NAME, label, type PersonalDataPart } from '../accounts';
import { SupplierModel } from '../suppliers';
import { InquiryModel, MessageModel, NotificationPrefsModel, PendingNotificationModel, QuoteModel, type InquiryFields } from './inquiry.model';

type Thread = InquiryFields & { _id: Types.ObjectId };

/** The threads of the person's side (their SME organisation, or their organisation's supplier profile) and any they wrote in. */
async function threadsOf({ userId, organisation }: DataSubject): Promise<Thread[]> {
  const side = organisation?.kind === 'sme' ? { smeOrganisationId: organisation._id } : organisation?.supplierId ? { supplierId: organisation.supplierId } : null;
  const [ofSide, written] = await Promise.all([
    side ? InquiryModel.find(side).lean() : [],
    MessageModel.find({ authorId: userId }, { inquiryId: 1 }).lean(),
  ]);
  const known = new Set(ofSide.map((t) => t._id.toHexString()));
  const extra = [...new Set(written.map((m) => m.inquiryId.toHexString()))].filter((id) => !known.has(id));
  const others = (await Promise.all(extra.map((id) => InquiryModel.findById(id).lean()))).filter((t) => t !== null);
  return [...ofSide, ...others].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}

async function exportThread(t: Thread, userId: Types.ObjectId) {
  const [messages, quotes, supplier] = await Promise.all([
    MessageModel.find({ inquiryId: t._id }).sort({ createdAt: 1 }).lean(),
    QuoteModel.find({ inquiryId: t._id }).sort({ createdAt: 1 }).lean(),
    SupplierModel.findById(t.supplierId, { name: 1 }).lean(),
  ]);
  return {
    subject: t.subject,
    supplier: supplier?.name ?? '',
    status: t.status,
    startedAt: t.createdAt.toISOString(),
    startedByMe: t.createdBy?.equals(userId) ?? false,
    messages: messages.map((m) => ({ side: m.side, author: m.authorName, mine: m.authorId?.equals(userId) ?? false, text: m.text, at: m.createdAt.toISOString() })),
    quotes: quotes.map((q) => ({
      scope: q.scope,
      deliverables: q.deliverables,
      timeline: q.timeline,
      priceHKD: q.priceHKD,
      validUntil: q.validUntil.toISOString().slice(0, 10),
      status: q.status,
      sentByMe: q.sentBy?.equals(userId) ?? false,
      decidedByMe: q.decidedBy?.equals(userId) ?? false,
      at: q.createdAt.toISOString(),
    })),
  };
}

export const inquiriesPart: PersonalDataPart = {
  key: 'inquiries',
  about: label(
    'Inquiry threads of your organisation and any you wrote in: every message (`mine` marks yours) and quote.',
    '你機構的查詢對話及你曾參與的對話：所有訊息（`mine` 標示你的訊息）及報價。',
  ),
  exports: ['Inquiry', 'InquiryMessage', 'InquiryQuote'],
  erases: ['Inquiry', 'InquiryMessage', 'InquiryQuote'],
  export: async (subject) => Promise.all((await threadsOf(subject)).map((t) => exportThread(t, subject.userId))),
  erasure: () => ({
    effect: 'anonymised',
    text: label(
      `Threads stay readable for the other side; your messages and quotes are signed "${DELETED_NAME}" and no longer linked to you.`,
      `對話仍供對方閱讀；你的訊息及報價會署名「${DELETED_NAME}」，不再與你連結。`,
    ),
  }),
  erase: async ({ userId }) => {
    await MessageModel.updateMany({ authorId: userId }, { $set: { authorName: DELETED_NAME }, $unset: { authorId: 1 } });
    await InquiryModel.updateMany({ createdBy: userId }, { $unset: { createdBy: 1 } });
    await QuoteModel.updateMany({ sentBy: userId }, { $unset: { sentBy: 1 } });
    await QuoteModel.updateMany({ decidedBy: userId }, { $unset: { decidedBy: 1 } });
  },
};

export const notificationPreferencesPart: PersonalDataPart = {
  key: 'notificationPreferences',
  about: label('Which emails you receive about inquiries (new inquiry, reply, quote), and emails still waiting to be sent to you.', '你會收到哪些查詢電郵（新查詢、回覆、報價），以及尚待發送給你的電郵。'),
  exports: ['NotificationPrefs', 'PendingNotification'],
  erases: ['NotificationPrefs', 'PendingNotification'],
  export: async ({ userId }) => {
    const [prefs, pending] = await Promise.all([NotificationPrefsModel.findById(userId).lean(), PendingNotificationModel.find({ userId }).lean()]);
    return {
      newInquiry: prefs?.newInquiry ?? true,
      reply: prefs?.reply ?? true,
      quote: prefs?.quote ?? true,
      waitingEmails: pending.map((p) => ({ kinds: p.kinds, dueAt: p.dueAt.toISOString() })),
    };
  },
  erasure: () => ({ effect: 'deleted', text: label('Your email preferences and any email still waiting are deleted.', '你的電郵設定及尚待發送的電郵會被刪除。') }),
  erase: async ({ userId }) => {
    await NotificationPrefsModel.deleteOne({ _id: userId });
    await PendingNotificationModel.deleteMany({ userId });
  },
};
