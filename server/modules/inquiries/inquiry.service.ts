// Inquiries: an SME writes to a supplier (optionally about one of its needs), both sides exchange messages, the
// supplier sends structured quotes, the SME accepts one or declines with a reason. Every change is announced to
// the open streams of both sides and, batched, by email to the other side.
import mongoose, { type Types } from 'mongoose';
import type { InquiryCreate, InquiryStatus, QuoteInput, Side } from '../../../shared/schemas/inquiries';
import { pageOffset } from '../../platform/db/page';
import { isObjectId } from '../../platform/db/hex-id';
import type { Principal } from '../../platform/auth/principal';
import type { SearchEngine } from '../../platform/search/port';
import { claimOnce } from '../../platform/db/claim';
import { claimSlot, releaseSlot } from '../../platform/db/quota';
import { settle } from '../../platform/db/settle';
import { AppError, Conflict, NotFound } from '../../platform/errors/errors';
import { DELETED_NAME, type OrganisationDirectory, UserModel } from '../accounts';
import { canManageNeed, NeedModel, openNeed, ownNeed } from '../needs';
import type { ClaimInviter } from '../claims';
import { isOnPlatform, SupplierModel } from '../suppliers';
import { InquiryModel, MessageModel, PendingNotificationModel, QuoteModel, type InquiryDoc } from './inquiry.model';
import { asCard, isUnread, namesFor, type ThreadContents } from './inquiry.presenter';
import { messagesOf } from './inquiry.messages';
import { type InquiryNotifier, sideUserIds } from './inquiry.notify';
import { canRead, sideOf, viewerKey, type Viewer } from './inquiry.policy';
import { refreshResponsiveness } from './inquiry.responsiveness';
import { sideKeys, type InquiryHub } from './inquiry.stream';
import type { QuoteIndex } from './inquiry.quotes';
import type { CardSource, ThreadCard, ThreadIndex } from './inquiry.threads';

/**
 * `search`: the suppliers' names shown with threads come from its documents (see inquiry.presenter.ts);
 * `threads`, `quotes` and `organisations`: what the lists, thread pages and comparisons show, kept in memory
 * (inquiry.threads.ts, inquiry.quotes.ts).
 */
export type InquiriesContext = {
  hub: InquiryHub;
  notifier: InquiryNotifier;
  inviter: ClaimInviter;
  perDay: number;
  search: SearchEngine;
  threads: ThreadIndex;
  quotes: QuoteIndex;
  organisations: OrganisationDirectory;
};
/** What naming threads' parties needs (inquiry.presenter.ts `namesFor`). */
export type NameSources = Pick<InquiriesContext, 'search' | 'organisations'>;
/** What a thread's page shows besides its messages: names and its quotes. */
export type ThreadSources = NameSources & Pick<InquiriesContext, 'quotes'>;

const DAY = 86_400_000;
const other = (side: Side): Side => (side === 'sme' ? 'supplier' : 'sme');

/**
 * A thread the caller may read (participants; staff once reported), from the thread index; otherwise the same 404
 * as a missing one. One the index does not hold yet (written on another instance a moment ago) is read by id.
 */
export async function readableThread(threads: ThreadIndex, v: Viewer, id: string): Promise<ThreadCard> {
  if (!isObjectId(id)) throw NotFound('The inquiry');
  let card = await threads.card(id);
  if (!card) {
    threads.changed([id]);
    card = await threads.card(id);
  }
  if (!card || !canRead(v, card)) throw NotFound('The inquiry');
  return card;
}

/** A thread the caller takes part in, with their side. */
export async function participantInquiry(v: Viewer, id: string): Promise<{ inquiry: InquiryDoc; side: Side }> {
  const t = isObjectId(id) ? await InquiryModel.findById(id) : null;
  const side = t ? sideOf(v, t) : undefined;
  if (!t || !side) throw NotFound('The inquiry');
  return { inquiry: t, side };
}

async function authorName(userId: string): Promise<string> {
  return (await UserModel.findById(userId, { name: 1 }).lean())?.name ?? DELETED_NAME;
}

function readMark(t: InquiryDoc, userId: string, at: Date) {
  return [...t.reads.filter((r) => r.userId.toHexString() !== userId).map((r) => ({ userId: r.userId, at: r.at })), { userId, at }];
}

export async function createInquiry(ctx: InquiriesContext, v: Viewer, input: InquiryCreate): Promise<InquiryDoc> {
  const supplier = await SupplierModel.findById(input.supplierId);
  if (!supplier) throw NotFound('The supplier');
  if (input.needId) {
    const need = await ownNeed(v, input.needId);
    if (need.status === 'closed') throw Conflict('A closed need cannot start an inquiry.');
  }
  const _id = new mongoose.Types.ObjectId();
  const scope = `inquiries:${v.organisationId}`;
  if (!(await claimSlot({ scope, limit: ctx.perDay, windowMs: DAY }, _id.toHexString()))) {
    throw new AppError(429, 'rate-limited', `Your organisation can start ${ctx.perDay} inquiries a day. Try again tomorrow.`, undefined, { 'Retry-After': '3600' });
  }
  const now = new Date();
  const inquiry = await InquiryModel.create({
    _id,
    smeOrganisationId: v.organisationId,
    supplierId: supplier._id,
    needId: input.needId,
    createdBy: v.id,
    subject: input.subject,
    status: 'open',
    messageCount: 1,
    lastMessageAt: now,
    lastMessageSide: 'sme',
    reads: [{ userId: v.id, at: now }],
  }).catch(async (error: unknown) => {
    await releaseSlot(scope, _id.toHexString());
    throw error;
  });
  const first = await MessageModel.create({ inquiryId: inquiry._id, side: 'sme', authorId: v.id, authorName: await authorName(v.id), text: input.message });
  await refreshResponsiveness(supplier._id);
  ctx.hub.publish(sideKeys(inquiry), { type: 'thread', inquiryId: inquiry._id.toHexString() });
  const members = await sideUserIds(inquiry, 'supplier');
  await ctx.notifier.notify(inquiry, members, 'newInquiry', first.createdAt);
  // Nobody can read it yet: invite the listed company to claim its profile (rate-limited, opt-out honoured).
  if (!members.length && !(await isOnPlatform(supplier._id))) await ctx.inviter.invite(supplier);
  return inquiry;
}

/**
 * The thread's fields that follow from its messages: how many, the newest and its side, the first reply, and
 * open/answered (closed and archived stay). Settled after every write to the thread (see platform/db/settle.ts).
 * A thread without messages is left alone (its first message is on its way: createInquiry writes the thread
 * first), unless its writer is gone (`writerGone`: a run that stopped uncleanly created it), when it has none.
 * Resolves to whether anything was set.
 */
export async function settleThread(inquiryId: Types.ObjectId, alsoSet: Record<string, unknown> = {}, writerGone = false): Promise<boolean> {
  const fields = ['messageCount', 'lastMessageAt', 'lastMessageSide', 'status', 'firstReplyAt'];
  return settle(InquiryModel, inquiryId, fields, async (stored) => {
    const messages = await MessageModel.find({ inquiryId }, { side: 1, createdAt: 1 }).sort({ createdAt: 1, _id: 1 }).lean();
    const last = messages.at(-1);
    if (!last) return writerGone ? { messageCount: 0 } : {};
    const status = stored.status === 'open' || stored.status === 'answered' ? (last.side === 'supplier' ? 'answered' : 'open') : stored.status;
    const firstReply = messages.find((m) => m.side === 'supplier');
    return { messageCount: messages.length, lastMessageAt: last.createdAt, lastMessageSide: last.side, status, ...(firstReply ? { firstReplyAt: firstReply.createdAt } : {}) };
  }, alsoSet);
}

/** Adds a message (or a quote's message) from one side; the thread's status and read marks follow. */
async function appendMessage(ctx: InquiriesContext, v: Viewer, inquiry: InquiryDoc, side: Side, text: string, quoteId?: Types.ObjectId) {
  if (inquiry.status === 'closed') throw Conflict('The inquiry is closed. Reopen it to write.');
  if (inquiry.status === 'withdrawn') throw Conflict('The inquiry was withdrawn.');
  const message = await MessageModel.create({ inquiryId: inquiry._id, side, authorId: v.id, authorName: await authorName(v.id), text, quoteId });
  const at = message.createdAt;
  const firstReply = side === 'supplier' && !inquiry.firstReplyAt && (await claimOnce(`inquiry-first-reply:${inquiry._id.toHexString()}`));
  await settleThread(inquiry._id, { reads: readMark(inquiry, v.id, at) });
  if (firstReply) await refreshResponsiveness(inquiry.supplierId);
  const presented = {
    id: message._id.toHexString(),
    inquiryId: inquiry._id.toHexString(),
    side,
    authorName: message.authorName,
    text,
    quoteId: quoteId?.toHexString(),
    createdAt: at.toISOString(),
  };
  ctx.hub.publish(sideKeys(inquiry), { type: 'message', inquiryId: presented.inquiryId, message: presented });
  await ctx.notifier.notify(inquiry, await sideUserIds(inquiry, other(side)), quoteId ? 'quote' : 'reply', at);
  return message;
}

export async function postMessage(ctx: InquiriesContext, v: Viewer, id: string, text: string) {
  const { inquiry, side } = await participantInquiry(v, id);
  return { message: await appendMessage(ctx, v, inquiry, side, text), side };
}

/** The thread's need as the supplier may see it: an open one (draft or published) from the needs kept in memory, else one _id read. */
async function needOf(needId: string | undefined): Promise<ThreadContents['need']> {
  if (!needId) return null;
  return (await openNeed(needId)) ?? NeedModel.findById(needId, { title: 1, description: 1, sector: 1, budgetBand: 1, timeline: 1 }).lean();
}

/**
 * Everything one thread's page shows: its messages (one read by the indexed `inquiryId`, together with the other
 * threads asked for at the same time: inquiry.messages.ts), and from memory its quotes, the names and its need (a
 * closed need is read by id).
 */
export async function threadOf(sources: ThreadSources, thread: ThreadCard | CardSource): Promise<ThreadContents> {
  const t = asCard(thread);
  const [messages, quotes, names, need] = await Promise.all([
    messagesOf(t.id),
    sources.quotes.ofThread(t.id),
    namesFor(sources, [t]),
    needOf(t.needId),
  ]);
  return { messages, quotes, names, need };
}

export async function markRead(ctx: InquiriesContext, v: Viewer, id: string): Promise<void> {
  const { inquiry } = await participantInquiry(v, id);
  await settleThread(inquiry._id, { reads: readMark(inquiry, v.id, new Date()) });
  ctx.hub.publish(sideKeys(inquiry), { type: 'unread' });
}

/**
 * Whether the caller's side lists the thread: without a status filter, archived threads are left out; a supplier
 * never sees the ones an SME withdrew before the supplier joined.
 */
function listedFor(v: Viewer, status?: InquiryStatus): (t: ThreadCard) => boolean {
  if (v.role === 'sme') return status ? (t) => t.status === status : (t) => t.status !== 'archived';
  if (status === 'withdrawn') return () => false;
  return status ? (t) => t.status === status : (t) => t.status !== 'archived' && t.status !== 'withdrawn';
}

/** The caller's threads, newest activity first: a page and the count, from the thread index. */
export async function listInquiries(threads: ThreadIndex, v: Viewer, query: { page: number; pageSize: number; status?: InquiryStatus }) {
  const key = viewerKey(v);
  if (!key) return { items: [], total: 0 };
  const listed = (await threads.side(key)).filter(listedFor(v, query.status));
  const from = pageOffset(query);
  return { items: listed.slice(from, from + query.pageSize), total: listed.length };
}

/** Threads with something from the other side the caller has not read (archived ones aside). */
export async function unreadCount(threads: ThreadIndex, v: Viewer): Promise<number> {
  const key = viewerKey(v);
  if (!key) return 0;
  const side: Side = v.role === 'sme' ? 'sme' : 'supplier';
  const listed = listedFor(v);
  return (await threads.side(key)).filter((t) => listed(t) && isUnread(t, v, side)).length;
}

/** Threads a participant reported, most recently reported first: a page and the count. */
export async function reportedInquiries(threads: ThreadIndex, query: { page: number; pageSize: number }) {
  const reported = await threads.reportedThreads();
  const from = pageOffset(query);
  return { items: reported.slice(from, from + query.pageSize), total: reported.length };
}

export async function changeStatus(ctx: InquiriesContext, v: Viewer, id: string, to: 'open' | 'closed' | 'archived'): Promise<InquiryDoc> {
  const { inquiry } = await participantInquiry(v, id);
  if (inquiry.status === 'withdrawn') throw Conflict('The inquiry was withdrawn.');
  if (to === 'open') {
    if (inquiry.status !== 'closed' && inquiry.status !== 'archived') throw Conflict(`An ${inquiry.status} inquiry is already open.`);
    inquiry.status = inquiry.lastMessageSide === 'supplier' ? 'answered' : 'open';
    inquiry.closedAt = undefined;
  } else {
    if (inquiry.status === to) throw Conflict(`The inquiry is already ${to}.`);
    inquiry.status = to;
    inquiry.closedAt = new Date();
  }
  await InquiryModel.updateOne({ _id: inquiry._id }, inquiry.closedAt ? { $set: { status: inquiry.status, closedAt: inquiry.closedAt } } : { $set: { status: inquiry.status }, $unset: { closedAt: 1 } });
  await settleThread(inquiry._id);
  ctx.hub.publish(sideKeys(inquiry), { type: 'thread', inquiryId: id });
  return inquiry;
}

/** The SME takes back an inquiry that is still waiting for the supplier to join; the supplier will never see it. */
export async function withdrawInquiry(ctx: InquiriesContext, v: Viewer, id: string): Promise<InquiryDoc> {
  const { inquiry, side } = await participantInquiry(v, id);
  if (side !== 'sme') throw NotFound('The inquiry');
  if (inquiry.status === 'withdrawn') throw Conflict('The inquiry was already withdrawn.');
  if (await isOnPlatform(inquiry.supplierId)) throw Conflict('The supplier has joined and can read the inquiry: close it instead.');
  inquiry.set({ status: 'withdrawn', closedAt: new Date() });
  await InquiryModel.updateOne({ _id: inquiry._id }, { $set: { status: 'withdrawn', closedAt: inquiry.closedAt } });
  ctx.hub.publish(sideKeys(inquiry), { type: 'thread', inquiryId: id });
  return inquiry;
}

export async function reportInquiry(v: Viewer, id: string, reason: string): Promise<InquiryDoc> {
  const { inquiry, side } = await participantInquiry(v, id);
  const at = new Date();
  const reports = [...inquiry.reports.map((r) => ({ userId: r.userId, side: r.side, reason: r.reason, at: r.at })), { userId: v.id, side, reason, at }];
  await InquiryModel.updateOne({ _id: inquiry._id }, { $set: { reports, reportedAt: at } });
  await settleThread(inquiry._id);
  inquiry.set({ reports, reportedAt: at });
  return inquiry;
}

export async function sendQuote(ctx: InquiriesContext, v: Viewer, id: string, input: QuoteInput) {
  const { inquiry, side } = await participantInquiry(v, id);
  if (side !== 'supplier') throw NotFound('The inquiry');
  if (inquiry.status === 'closed') throw Conflict('The inquiry is closed. Reopen it to send a quote.');
  const quote = await QuoteModel.create({
    ...input,
    validUntil: new Date(`${input.validUntil}T23:59:59.999Z`),
    inquiryId: inquiry._id,
    needId: inquiry.needId,
    supplierId: inquiry.supplierId,
    smeOrganisationId: inquiry.smeOrganisationId,
    sentBy: v.id,
  });
  await appendMessage(ctx, v, inquiry, side, `Quote: HK$${input.priceHKD.toLocaleString('en-HK')} · 報價`, quote._id);
  return quote;
}

/** The SME accepts one quote: for a need (or a thread without one) exactly one acceptance wins. */
export async function decideQuote(ctx: InquiriesContext, v: Viewer, id: string, quoteId: string, decision: { accept: true } | { accept: false; reason: string }) {
  const { inquiry, side } = await participantInquiry(v, id);
  if (side !== 'sme') throw NotFound('The inquiry');
  const quote = await QuoteModel.findById(quoteId);
  if (!quote || !quote.inquiryId.equals(inquiry._id)) throw NotFound('The quote');
  if (quote.status !== 'pending') throw Conflict(`The quote was already ${quote.status}.`);
  const now = new Date();
  if (decision.accept) {
    if (quote.validUntil < now) throw Conflict('The quote is no longer valid. Ask the supplier for a new one.');
    const scope = quote.needId ? `need:${quote.needId.toHexString()}` : `inquiry:${inquiry._id.toHexString()}`;
    if (!(await claimOnce(`quote-accepted:${scope}`))) throw Conflict('Another quote was already accepted for this need.');
    quote.set({ status: 'accepted', decidedAt: now, decidedBy: v.id });
  } else {
    quote.set({ status: 'declined', declineReason: decision.reason, decidedAt: now, decidedBy: v.id });
  }
  await quote.save();
  ctx.hub.publish(sideKeys(inquiry), { type: 'thread', inquiryId: id });
  return quote;
}

/**
 * Every quote received for one of the SME's needs, cheapest first, for the side-by-side comparison, from the quotes
 * kept in memory; shown only to the need's owner (an open need's from memory, a closed one's one _id read).
 */
export async function quotesForNeed(quotes: QuoteIndex, p: Principal, needId: string) {
  if (!isObjectId(needId)) throw NotFound('The need');
  const need = (await openNeed(needId)) ?? (await NeedModel.findById(needId, { organisationId: 1 }).lean());
  if (!need || !canManageNeed(p, need)) throw NotFound('The need');
  return quotes.ofNeed(needId);
}

/** Retention: closed (or archived) threads past the period are deleted with their messages and quotes. */
export async function deleteClosedInquiries(retentionDays: number, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * DAY);
  const due = await InquiryModel.find({ status: { $in: ['closed', 'archived', 'withdrawn'] }, closedAt: { $lt: cutoff } }, { _id: 1 }).lean();
  for (const { _id } of due) {
    await Promise.all([MessageModel.deleteMany({ inquiryId: _id }), QuoteModel.deleteMany({ inquiryId: _id }), PendingNotificationModel.deleteMany({ inquiryId: _id })]);
    await InquiryModel.deleteOne({ _id });
  }
  return due.length;
}
