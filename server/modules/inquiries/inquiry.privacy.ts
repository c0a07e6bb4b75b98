// The inquiries module's parts of the personal-data registry: threads with their messages and quotes, and email
// preferences (with the batched emails still waiting).
import type { Types } from 'mongoose';
import { DELETED_NAME, type ExportSubject, label, type PersonalDataPart } from '../accounts';
import { findInChunks } from '../../platform/db/find-in';
import type { SearchEngine } from '../../platform/search/port';
import { supplierLinks } from '../suppliers';
import { InquiryModel, MessageModel, type MessageRecord, NotificationPrefsModel, PendingNotificationModel, QuoteModel } from './inquiry.model';
import type { QuoteIndex } from './inquiry.quotes';
import type { ThreadCard, ThreadIndex } from './inquiry.threads';

/** What the export reads from memory: the threads (their cards), the kept quotes and the suppliers' names (search engine, see `supplierLinks`). */
export type InquiriesKept = { search: SearchEngine; quotes: QuoteIndex; threads: ThreadIndex };

type Message = Pick<MessageRecord, '_id' | 'inquiryId' | 'side' | 'authorId' | 'authorName' | 'text' | 'createdAt'>;
const MESSAGE_FIELDS = { inquiryId: 1, side: 1, authorId: 1, authorName: 1, text: 1, createdAt: 1 } as const;

const byCreation = <T extends { _id: Types.ObjectId; createdAt: Date }>(a: T, b: T) => a.createdAt.getTime() - b.createdAt.getTime() || a._id.toHexString().localeCompare(b._id.toHexString());
/** Oldest first; threads started in the same millisecond in the order they were written (their ids). */
const byStart = (a: ThreadCard, b: ThreadCard) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Records grouped by their thread, oldest first. */
function byThread<T extends { _id: Types.ObjectId; inquiryId: Types.ObjectId; createdAt: Date }>(records: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const r of [...records].sort(byCreation)) {
    const key = r.inquiryId.toHexString();
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  return groups;
}

const messagesIn = (threads: readonly ThreadCard[]) =>
  findInChunks(
    threads.map((t) => t.id),
    (chunk) => MessageModel.find({ inquiryId: { $in: chunk } }, MESSAGE_FIELDS).lean<Message[]>(),
  );

/**
 * The threads of the person's side (their SME organisation, or their organisation's supplier profile) and any they
 * wrote in, oldest first, with all their messages. The threads come from the thread index (memory); the database
 * answers by indexed fields only: the side's messages by `inquiryId` while the threads written in are found by
 * `authorId` (a `distinct`: their ids alone), then the messages of any of those outside the side.
 */
async function threadsOf({ userId, organisation }: ExportSubject, index: ThreadIndex): Promise<{ threads: ThreadCard[]; messages: Message[] }> {
  const side = organisation?.kind === 'sme' ? `sme:${organisation._id.toHexString()}` : organisation?.supplierId ? `supplier:${organisation.supplierId.toHexString()}` : null;
  const ofSide = side ? [...(await index.side(side))] : [];
  const [sideMessages, written] = await Promise.all([messagesIn(ofSide), MessageModel.distinct('inquiryId', { authorId: userId })]);
  const known = new Set(ofSide.map((t) => t.id));
  const elsewhere = [...new Set(written.map((id) => id.toHexString()))].filter((id) => !known.has(id));
  const others = (await Promise.all(elsewhere.map((id) => index.card(id)))).filter((t) => t !== undefined);
  const otherMessages = others.length ? await messagesIn(others) : [];
  return { threads: [...ofSide, ...others].sort(byStart), messages: [...sideMessages, ...otherMessages] };
}

/** Every thread with its messages and quotes: the quotes (oldest first) and the suppliers' names from memory. */
async function exportThreads({ threads, messages }: { threads: ThreadCard[]; messages: Message[] }, userId: Types.ObjectId, { search, quotes }: InquiriesKept) {
  const [quotesOf, suppliers] = await Promise.all([Promise.all(threads.map((t) => quotes.ofThread(t.id))), supplierLinks(search, threads.map((t) => t.supplierId))]);
  const messagesOf = byThread(messages);
  const me = userId.toHexString();
  return threads.map((t, i) => ({
    subject: t.subject,
    supplier: suppliers.get(t.supplierId)?.name ?? '',
    status: t.status,
    startedAt: new Date(t.createdAt).toISOString(),
    startedByMe: t.createdBy === me,
    messages: (messagesOf.get(t.id) ?? []).map((m) => ({ side: m.side, author: m.authorName, mine: m.authorId?.equals(userId) ?? false, text: m.text, at: m.createdAt.toISOString() })),
    quotes: quotesOf[i]!.map((q) => ({
      scope: q.scope,
      deliverables: q.deliverables,
      timeline: q.timeline,
      priceHKD: q.priceHKD,
      validUntil: new Date(q.validUntil).toISOString().slice(0, 10),
      status: q.status,
      sentByMe: q.sentBy === me,
      decidedByMe: q.decidedBy === me,
      at: new Date(q.createdAt).toISOString(),
    })),
  }));
}

export const inquiriesPart: PersonalDataPart<InquiriesKept> = {
  key: 'inquiries',
  about: label(
    'Inquiry threads of your organisation and any you wrote in: every message (`mine` marks yours) and quote.',
    '你機構的查詢對話及你曾參與的對話：所有訊息（`mine` 標示你的訊息）及報價。',
  ),
  exports: ['Inquiry', 'InquiryMessage', 'InquiryQuote'],
  erases: ['Inquiry', 'InquiryMessage', 'InquiryQuote'],
  export: async (subject, kept) => exportThreads(await threadsOf(subject, kept.threads), subject.userId, kept),
  erasure: () => ({
    effect: 'anonymised',
    text: label(
      `Threads stay readable for the other side; your messages and quotes are signed "${DELETED_NAME}" and no longer linked to you.`,
      `對話仍供對方閱讀；你的訊息及報價會署名「${DELETED_NAME}」，不再與你連結。`,
    ),
  }),
  erase: async ({ userId }) => {
    await MessageModel.updateMany({ authorId: userId }, { $set: { authorName: DELETED_NAME }, $unset: { authorId: 1 } });
    // By id, so that the thread index re-reads just these (platform/db/written-ids.ts).
    const started = (await InquiryModel.find({ createdBy: userId }, { _id: 1 }).lean()).map((t) => t._id);
    await findInChunks(started, (ids) => InquiryModel.updateMany({ _id: { $in: ids } }, { $unset: { createdBy: 1 } }).then(() => []));
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
