// What leaves the server about inquiries: allow-lists, with the supplier's and the SME's names looked up by _id.
import type { InquiryDetail, InquiryMessage, InquirySummary, Quote, Side } from '../../../shared/schemas/inquiries';
import { OrganisationModel } from '../accounts';
import { NeedModel } from '../needs';
import { SupplierModel } from '../suppliers';
import type { InquiryDoc, MessageDoc, QuoteDoc } from './inquiry.model';
import { sideOf, type Viewer } from './inquiry.policy';

type SupplierRef = InquirySummary['supplier'];
/** `onPlatform`: the suppliers whose profile an organisation owns (the others' threads wait for them to join). */
type Names = { suppliers: Map<string, SupplierRef>; smes: Map<string, string>; onPlatform: Set<string> };

/** Names for a set of threads: one _id read per distinct supplier and organisation (pushed down on FerretDB). */
export async function namesFor(threads: Array<{ supplierId: { toHexString(): string }; smeOrganisationId?: { toHexString(): string } }>): Promise<Names> {
  const supplierIds = [...new Set(threads.map((t) => t.supplierId.toHexString()))];
  const orgIds = [...new Set(threads.flatMap((t) => (t.smeOrganisationId ? [t.smeOrganisationId.toHexString()] : [])))];
  const [suppliers, orgs, owners] = await Promise.all([
    Promise.all(supplierIds.map((id) => SupplierModel.findById(id, { slug: 1, name: 1, nameZh: 1 }).lean())),
    Promise.all(orgIds.map((id) => OrganisationModel.findById(id, { name: 1 }).lean())),
    OrganisationModel.find({ supplierId: { $in: supplierIds } }, { supplierId: 1 }).lean(),
  ]);
  return {
    suppliers: new Map(supplierIds.map((id, i) => [id, suppliers[i] ? { id, slug: suppliers[i].slug, name: suppliers[i].name, nameZh: suppliers[i].nameZh ?? undefined } : { id, slug: '', name: '—' }])),
    smes: new Map(orgIds.map((id, i) => [id, orgs[i]?.name ?? '—'])),
    onPlatform: new Set(owners.flatMap((o) => (o.supplierId ? [o.supplierId.toHexString()] : []))),
  };
}

export function isUnread(t: InquiryDoc, viewer: Viewer, side: Side | undefined): boolean {
  if (!side || t.lastMessageSide === side) return false;
  const mark = t.reads.find((r) => r.userId.toHexString() === viewer.id);
  return !mark || mark.at < t.lastMessageAt;
}

export function presentSummary(t: InquiryDoc, viewer: Viewer, names: Names): InquirySummary {
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

export function presentMessage(m: MessageDoc, side?: Side): InquiryMessage {
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

export function presentQuote(q: QuoteDoc, supplier: SupplierRef): Quote {
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

export async function presentDetail(t: InquiryDoc, viewer: Viewer, messages: MessageDoc[], quotes: QuoteDoc[]): Promise<InquiryDetail> {
  const names = await namesFor([t]);
  const summary = presentSummary(t, viewer, names);
  const need = t.needId ? await NeedModel.findById(t.needId) : null;
  return {
    ...summary,
    // The SME chose to share this need with this supplier by tying the inquiry to it.
    need: need ? { id: need._id.toHexString(), title: need.title, description: need.description, sector: need.sector, budgetBand: need.budgetBand, timeline: need.timeline ?? undefined } : undefined,
    messages: messages.map((m) => presentMessage(m, summary.side)),
    quotes: quotes.map((q) => presentQuote(q, summary.supplier)),
  };
}
