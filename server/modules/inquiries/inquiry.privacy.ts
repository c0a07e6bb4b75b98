// The inquiries module's parts of the personal-data registry: threads with their messages and quotes, and email
// preferences (with the batched emails still waiting).
import mongoose, { type Types } from 'mongoose';
import { DELETED_NAME, type ExportSubject, label, type PersonalDataPart } from '../accounts';
import { findInChunks } from '../../platform/db/find-in';
import type { SearchEngine } from '../../platform/search/port';
import { supplierLinks } from '../suppliers';
import { InquiryModel, MessageModel, NotificationPrefsModel, PendingNotificationModel, QuoteModel, type InquiryFields } from './inquiry.model';
import type { QuoteIndex } from './inquiry.quotes';

/** What the export reads from memory: the suppliers' names (search engine, see `supplierLinks`) and the kept quotes. */
export type InquiriesKept = { search: SearchEngine; quotes: QuoteIndex };

/** What the export shows of a thread (a projection: the read and its decoding in Node stay small). */
const THREAD_FIELDS = { subject: 1, supplierId: 1, status: 1, createdAt: 1, createdBy: 1 } as const;
type Thread = Pick<InquiryFields, 'subject' | 'supplierId' | 'status' | 'createdAt' | 'createdBy'> & { _id: Types.ObjectId };

const byCreation = <T extends { _id: Types.ObjectId; createdAt: Date }>(a: T, b: T) => a.createdAt.getTime() - b.createdAt.getTime() || a._id.toHexString().localeCompare(b._id.toHexString());

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

/** The threads of the person's side (their SME organisation, or their organisation's supplier profile) and any they wrote in. */
async function threadsOf({ userId, organisation }: ExportSubject): Promise<Thread[]> {
  const side = organisation?.kind === 'sme' ? { smeOrganisationId: organisation._id } : organisation?.supplierId ? { supplierId: organisation.supplierId } : null;
  // The threads written in: `distinct` answers their ids alone (a find of the messages sent each one back).
  const [ofSide, written] = await Promise.all([
    side ? InquiryModel.find(side, THREAD_FIELDS).lean<Thread[]>() : [],
    MessageModel.distinct('inquiryId', { authorId: userId }),
  ]);
  const known = new Set(ofSide.map((t) => t._id.toHexString()));
  const extra = [...new Set(written.map((id) => id.toHexString()))].filter((id) => !known.has(id)).map((id) => new mongoose.Types.ObjectId(id));
  const others = await findInChunks(extra, (ids) => InquiryModel.find({ _id: { $in: ids } }, THREAD_FIELDS).lean<Thread[]>());
  return [...ofSide, ...others].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}

/**
 * Every thread with its messages and quotes: the messages read once for all the threads, not once per thread; the
 * quotes (oldest first) and the suppliers' names from memory.
 */
async function exportThreads(threads: Thread[], userId: Types.ObjectId, { search, quotes }: InquiriesKept) {
  const ids = threads.map((t) => t._id);
  const [messages, quotesOf, suppliers] = await Promise.all([
    findInChunks(ids, (chunk) => MessageModel.find({ inquiryId: { $in: chunk } }).lean()),
    Promise.all(threads.map((t) => quotes.ofThread(t._id.toHexString()))),
    supplierLinks(search, threads.map((t) => t.supplierId.toHexString())),
  ]);
  const messagesOf = byThread(messages);
  const me = userId.toHexString();
  return threads.map((t, i) => ({
    subject: t.subject,
    supplier: suppliers.get(t.supplierId.toHexString())?.name ?? '',
    status: t.status,
    startedAt: t.createdAt.toISOString(),
    startedByMe: t.createdBy?.equals(userId) ?? false,
    messages: (messagesOf.get(t._id.toHexString()) ?? []).map((m) => ({ side: m.side, author: m.authorName, mine: m.authorId?.equals(userId) ?? false, text: m.text, at: m.createdAt.toISOString() })),
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
  export: async (subject, kept) => exportThreads(await threadsOf(subject), subject.userId, kept),
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
