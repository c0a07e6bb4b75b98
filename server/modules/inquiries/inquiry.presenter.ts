// What leaves the server about inquiries: allow-lists, with the supplier's and the SME's names looked up by _id.
import type { InquiryDetail, InquiryMessage, InquirySummary, Quote, Side } from '../../../shared/schemas/inquiries';
import { OrganisationModel } from '../accounts';
import type { NeedFields } from '../needs';
import { supplierLinks } from '../suppliers';
import type { Types } from 'mongoose';
import type { SearchEngine } from '../../platform/search/port';
import type { InquiryRecord, MessageRecord, QuoteRecord } from './inquiry.model';
import { sideOf, type Viewer } from './inquiry.policy';

type SupplierRef = InquirySummary['supplier'];
/** `onPlatform`: the suppliers whose profile an organisation owns (the others' threads wait for them to join). */
export type Names = { suppliers: Map<string, SupplierRef>; smes: Map<string, string>; onPlatform: Set<string> };

/** Suppliers' names and slugs (supplierLinks), a dash for one that does not exist. */
async function supplierRefs(search: SearchEngine, ids: string[]): Promise<Map<string, SupplierRef>> {
  const links = await supplierLinks(search, ids);
  return new Map(ids.map((id) => {
    const link = links.get(id);
    return [id, link ? { id, slug: link.slug, name: link.name, nameZh: link.nameZh ?? undefined } : { id, slug: '', name: '—' }];
  }));
}

/**
 * Names for a set of threads or quotes: the suppliers' (see supplierRefs), and one read each of the SME
 * organisations and the suppliers' owners, whatever the number of threads (`_id` or indexed `$in`).
 */
export async function namesFor(search: SearchEngine, threads: Array<{ supplierId: Types.ObjectId; smeOrganisationId?: Types.ObjectId }>): Promise<Names> {
  const supplierIds = [...new Set(threads.map((t) => t.supplierId.toHexString()))];
  const orgIds = [...new Set(threads.flatMap((t) => (t.smeOrganisationId ? [t.smeOrganisationId.toHexString()] : [])))];
  const [suppliers, orgs, owners] = await Promise.all([
    supplierRefs(search, supplierIds),
    orgIds.length ? OrganisationModel.find({ _id: { $in: orgIds } }, { name: 1 }).lean() : [],
    supplierIds.length ? OrganisationModel.find({ supplierId: { $in: supplierIds } }, { supplierId: 1 }).lean() : [],
  ]);
  const orgById = new Map(orgs.map((o) => [o._id.toHexString(), o.name]));
  return {
    suppliers,
    smes: new Map(orgIds.map((id) => [id, orgById.get(id) ?? '—'])),
    onPlatform: new Set(owners.flatMap((o) => (o.supplierId ? [o.supplierId.toHexString()] : []))),
  };
}

export function isUnread(t: Pick<InquiryRecord, 'lastMessageSide' | 'lastMessageAt' | 'reads'>, viewer: Pick<Viewer, 'id'>, side: Side | undefined): boolean {
  if (!side || t.lastMessageSide === side) return false;
  const mark = t.reads.find((r) => r.userId.toHexString() === viewer.id);
  return !mark || mark.at < t.lastMessageAt;
}

export function presentSummary(t: Omit<InquiryRecord, 'reports'>, viewer: Viewer, names: Names): InquirySummary {
  const side = sideOf(viewer, t);
  return {
    id: t._id.toHexString(),
    subject: t.subject,
    status: t.status,
    side,
    supplier: names.suppliers.get(t.supplierId.toHexString())!,
    supplierOnPlatform: names.onPlatform.has(t.supplierId.toHexString()),
    smeName: names.smes.get(t.smeOrganisationId.toHexString()) ?? '—',
    needId: t.needId?.toHexString(),
    messageCount: t.messageCount,
    unread: isUnread(t, viewer, side),
    reported: Boolean(t.reportedAt),
    lastMessageAt: t.lastMessageAt.toISOString(),
    createdAt: t.createdAt.toISOString(),
  };
}

export function presentMessage(m: MessageRecord, side?: Side): InquiryMessage {
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

export function presentQuote(q: QuoteRecord, supplier: SupplierRef): Quote {
  return {
    id: q._id.toHexString(),
    inquiryId: q.inquiryId.toHexString(),
    needId: q.needId?.toHexString(),
    supplier,
    scope: q.scope,
    deliverables: q.deliverables,
    dataRequired: q.dataRequired,
    timeline: q.timeline,
    priceHKD: q.priceHKD,
    validUntil: q.validUntil.toISOString().slice(0, 10),
    assumptions: q.assumptions ?? '',
    status: q.status,
    declineReason: q.declineReason ?? undefined,
    decidedAt: q.decidedAt?.toISOString(),
    createdAt: q.createdAt.toISOString(),
  };
}

/** What one thread's page shows besides the thread itself (read together by the service's `threadOf`). */
export type ThreadContents = {
  messages: MessageRecord[];
  quotes: QuoteRecord[];
  names: Names;
  need: Pick<NeedFields, 'title' | 'description' | 'sector' | 'budgetBand' | 'timeline'> & { _id: Types.ObjectId } | null;
};

export function presentDetail(t: InquiryRecord, viewer: Viewer, { messages, quotes, names, need }: ThreadContents): InquiryDetail {
  const summary = presentSummary(t, viewer, names);
  return {
    ...summary,
    // The SME chose to share this need with this supplier by tying the inquiry to it.
    need: need ? { id: need._id.toHexString(), title: need.title, description: need.description, sector: need.sector, budgetBand: need.budgetBand, timeline: need.timeline ?? undefined } : undefined,
    messages: messages.map((m) => presentMessage(m, summary.side)),
    quotes: quotes.map((q) => presentQuote(q, summary.supplier)),
  };
}
