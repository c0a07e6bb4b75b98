// What leaves the server about inquiries: allow-lists, with the supplier's and the SME's names looked up by _id.
import type { InquiryDetail, InquiryMessage, InquirySummary, Quote, Side } from '../../../shared/schemas/inquiries';
import type { NeedFields } from '../needs';
import { supplierLinks } from '../suppliers';
import type { Types } from 'mongoose';
import type { SearchEngine } from '../../platform/search/port';
import type { MessageRecord } from './inquiry.model';
import type { KeptQuote } from './inquiry.quotes';
import { sideOf, type Viewer } from './inquiry.policy';
import type { NameSources } from './inquiry.service';
import { cardOf, type CardSource, type ThreadCard } from './inquiry.threads';

type SupplierRef = InquirySummary['supplier'];
type Hex = string | { toHexString(): string };
const hex = (id: Hex) => (typeof id === 'string' ? id : id.toHexString());
/** `onPlatform`: the suppliers whose profile an organisation owns (the others' threads wait for them to join). */
export type Names = { suppliers: Map<string, SupplierRef>; smes: Map<string, string>; onPlatform: Set<string> };

/** A stored thread as its card (a card as it is). */
export const asCard = (t: ThreadCard | CardSource): ThreadCard => ('_id' in t ? cardOf(t) : t);

/** Suppliers' names and slugs (supplierLinks), a dash for one that does not exist. */
async function supplierRefs(search: SearchEngine, ids: string[]): Promise<Map<string, SupplierRef>> {
  const links = await supplierLinks(search, ids);
  return new Map(ids.map((id) => {
    const link = links.get(id);
    return [id, link ? { id, slug: link.slug, name: link.name, nameZh: link.nameZh ?? undefined } : { id, slug: '', name: '—' }];
  }));
}

/**
 * Names for a set of threads or quotes: the suppliers' (see supplierRefs), the SME organisations' and which
 * suppliers an organisation owns, from the organisations kept in memory (accounts' OrganisationDirectory).
 */
export async function namesFor({ search, organisations }: NameSources, threads: Array<{ supplierId: Hex; smeOrganisationId?: Hex }>): Promise<Names> {
  const supplierIds = [...new Set(threads.map((t) => hex(t.supplierId)))];
  const orgIds = [...new Set(threads.flatMap((t) => (t.smeOrganisationId ? [hex(t.smeOrganisationId)] : [])))];
  const [suppliers, orgs, onPlatform] = await Promise.all([supplierRefs(search, supplierIds), organisations.byIds(orgIds), organisations.owned(supplierIds)]);
  return { suppliers, smes: new Map(orgIds.map((id) => [id, orgs.get(id)?.name ?? '—'])), onPlatform };
}

type ReadState = { lastMessageSide: Side; lastMessageAt: Date | number; reads: readonly { userId: Hex; at: Date | number }[] };

export function isUnread(t: ReadState, viewer: Pick<Viewer, 'id'>, side: Side | undefined): boolean {
  if (!side || t.lastMessageSide === side) return false;
  const mark = t.reads.find((r) => hex(r.userId) === viewer.id);
  return !mark || +mark.at < +t.lastMessageAt;
}

export function presentSummary(thread: ThreadCard | CardSource, viewer: Viewer, names: Names): InquirySummary {
  const t = asCard(thread);
  const side = sideOf(viewer, t);
  return {
    id: t.id,
    subject: t.subject,
    status: t.status,
    side,
    supplier: names.suppliers.get(t.supplierId)!,
    supplierOnPlatform: names.onPlatform.has(t.supplierId),
    smeName: names.smes.get(t.smeOrganisationId) ?? '—',
    needId: t.needId,
    messageCount: t.messageCount,
    unread: isUnread(t, viewer, side),
    reported: t.reportedAt !== undefined,
    lastMessageAt: new Date(t.lastMessageAt).toISOString(),
    createdAt: new Date(t.createdAt).toISOString(),
  };
}

/** What is read of a message to show it (not its author's id). */
export type ShownMessage = Pick<MessageRecord, '_id' | 'inquiryId' | 'side' | 'authorName' | 'text' | 'quoteId' | 'createdAt'>;

export function presentMessage(m: ShownMessage, side?: Side): InquiryMessage {
  return {
    id: m._id.toHexString(),
    inquiryId: m.inquiryId.toHexString(),
    side: m.side,
    authorName: m.authorName,
    mine: side !== undefined && m.side === side,
    text: m.text,
    quoteId: m.quoteId?.toHexString(),
    createdAt: m.createdAt.toISOString(),
  };
}

const iso = (ms: number) => new Date(ms).toISOString();

/** A quote as kept (inquiry.quotes.ts; a stored one goes through `quoteOf`). */
export function presentQuote(q: KeptQuote, supplier: SupplierRef): Quote {
  return {
    id: q.id,
    inquiryId: q.inquiryId,
    needId: q.needId,
    supplier,
    scope: q.scope,
    deliverables: [...q.deliverables],
    dataRequired: q.dataRequired,
    timeline: q.timeline,
    priceHKD: q.priceHKD,
    validUntil: iso(q.validUntil).slice(0, 10),
    assumptions: q.assumptions,
    status: q.status,
    declineReason: q.declineReason,
    decidedAt: q.decidedAt === undefined ? undefined : iso(q.decidedAt),
    createdAt: iso(q.createdAt),
  };
}

/** What one thread's page shows besides the thread itself (read together by the service's `threadOf`). */
export type ThreadContents = {
  messages: ShownMessage[];
  quotes: KeptQuote[];
  names: Names;
  need: Pick<NeedFields, 'title' | 'description' | 'sector' | 'budgetBand' | 'timeline'> & { _id: Types.ObjectId } | null;
};

export function presentDetail(t: ThreadCard | CardSource, viewer: Viewer, { messages, quotes, names, need }: ThreadContents): InquiryDetail {
  const summary = presentSummary(t, viewer, names);
  return {
    ...summary,
    // The SME chose to share this need with this supplier by tying the inquiry to it.
    need: need ? { id: need._id.toHexString(), title: need.title, description: need.description, sector: need.sector, budgetBand: need.budgetBand, timeline: need.timeline ?? undefined } : undefined,
    messages: messages.map((m) => presentMessage(m, summary.side)),
    quotes: quotes.map((q) => presentQuote(q, summary.supplier)),
  };
}
