// Who may see a thread: its two sides only (the SME organisation that wrote it and the organisation linked to the
// supplier profile); curators and admins only once a participant reported it. Everyone else: the same 404.
import type { InquiryStatus, Side } from '../../../shared/schemas/inquiries';
import type { Principal } from '../../platform/auth/principal';

/** A stored thread (ObjectIds) or its card in the thread index (inquiry.threads.ts: hex strings). */
type Thread = { smeOrganisationId: Hex; supplierId: Hex; status: InquiryStatus; reportedAt?: unknown };
type Hex = string | { toHexString(): string };
const hex = (id: Hex) => (typeof id === 'string' ? id : id.toHexString());

/** The caller: a supplier member's carries the profile their organisation is linked to (authentication found it). */
export type Viewer = Principal;

export function sideOf(v: Viewer, t: Thread): Side | undefined {
  if (v.role === 'sme' && v.organisationId && hex(t.smeOrganisationId) === v.organisationId) return 'sme';
  if (v.role === 'supplier' && v.supplierId && hex(t.supplierId) === v.supplierId && t.status !== 'withdrawn') return 'supplier';
  return undefined;
}

export const canRead = (v: Viewer, t: Thread) =>
  sideOf(v, t) !== undefined || ((v.role === 'curator' || v.role === 'admin') && t.reportedAt !== undefined && t.reportedAt !== null);

/** Each side's key in the real-time hub. */
export const viewerKey = (v: Viewer) => (v.role === 'sme' ? `sme:${v.organisationId}` : v.supplierId ? `supplier:${v.supplierId}` : undefined);
