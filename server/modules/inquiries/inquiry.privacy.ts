// The inquiries module's parts of the personal-data registry: threads with their messages and quotes, and email
// preferences (with the batched emails still waiting).
import type { Types } from 'mongoose';
import { DELETED_NAME, type ExportSubject, label, type PersonalDataPart } from '../accounts';
import { findInChunks, IN_LIMIT } from '../../platform/db/find-in';
import type { SearchEngine } from '../../platform/search/port';
import { supplierLinks } from '../suppliers';
import { InquiryModel, MessageModel, type MessageRecord, NotificationPrefsModel, PendingNotificationModel, QuoteModel } from './inquiry.model';
import type { QuoteIndex } from './inquiry.quotes';
import type { ThreadCard, ThreadIndex } from './inquiry.threads';

/** What the export reads from memory: the threads (their cards), the kept quotes and the suppliers' names (search engine, see `supplierLinks`). */
export type InquiriesKept = { search: SearchEngine; quotes: QuoteIndex; threads: ThreadIndex };

// Whole messages: a projection would leave out only `quoteId`, and the embedded FerretDB projects by copying each
// document it read (about a tenth of its CPU reading them), which cost more than the field saves.
type Message = Pick<MessageRecord, '_id' | 'inquiryId' | 'side' | 'authorId' | 'authorName' | 'text' | 'createdAt'>;

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

const messagesIn = (threadIds: readonly string[]) =>
  findInChunks(threadIds, (chunk) => MessageModel.find({ inquiryId: { $in: chunk } }).lean<Message[]>());

/**
 * The messages of the side's threads and the ids of the threads the person wrote in: one `$or` read by two indexed
 * fields (the embedded FerretDB answers it from both indexes, reading each message once; the person's own messages
 * are mostly in the side's threads), the side's threads beyond the first IN_LIMIT in plain `$in` reads.
 */
async function sideAndWritten(threadIds: readonly string[], userId: Types.ObjectId): Promise<{ side: Message[]; writtenIn: Set<string> }> {
  const [first, rest] = [threadIds.slice(0, IN_LIMIT), threadIds.slice(IN_LIMIT)];
  const [read, side] = await Promise.all([
    MessageModel.find({ $or: [{ inquiryId: { $in: first } }, { authorId: userId }] }).lean<Message[]>(),
    rest.length ? messagesIn(rest) : Promise.resolve<Message[]>([]),
  ]);
  const inFirst = new Set(first);
  const writtenIn = new Set<string>();
  for (const m of read) {
    const thread = m.inquiryId.toHexString();
    if (m.authorId?.equals(userId)) writtenIn.add(thread);
    // A message the person wrote in a later thread of the side came with that thread's read too.
    if (inFirst.has(thread)) side.push(m);
  }
  return { side, writtenIn };
}

/**
 * The threads of the person's side (their SME organisation, or their organisation's supplier profile) and any they
 * wrote in, oldest first, with all their messages. The threads come from the thread index (memory); the database
 * answers by indexed fields only: the side's messages and the person's own (`sideAndWritten`), then the messages of
 * any thread they wrote in outside the side (someone who moved organisations).
 */
async function threadsOf({ userId, organisation }: ExportSubject, index: ThreadIndex): Promise<{ threads: ThreadCard[]; messages: Message[] }> {
  const side = organisation?.kind === 'sme' ? `sme:${organisation._id.toHexString()}` : organisation?.supplierId ? `supplier:${organisation.supplierId.toHexString()}` : null;
  const ofSide = side ? [...(await index.side(side))] : [];
  const { side: sideMessages, writtenIn } = await sideAndWritten(ofSide.map((t) => t.id), userId);
  for (const t of ofSide) writtenIn.delete(t.id);
  const others = (await Promise.all([...writtenIn].map((id) => index.card(id)))).filter((t) => t !== undefined);
  const otherMessages = others.length ? await messagesIn(others.map((t) => t.id)) : [];
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
