// Who may see a thread: its two sides only (the SME organisation that wrote it and the organisation linked to the
// supplier profile); curators and admins only once a participant reported it. Everyone else: the same 404.
import type { Side } from '../../../shared/schemas/inquiries';
import type { Principal } from '../../platform/auth/principal';
import type { InquiryRecord } from './inquiry.model';

type Thread = Pick<InquiryRecord, 'smeOrganisationId' | 'supplierId' | 'status' | 'reportedAt'>;

/** The caller with the supplier profile their organisation is linked to (suppliers only). */
export type Viewer = Principal & { supplierId?: string };

export function sideOf(v: Viewer, t: Thread): Side | undefined {
  if (v.role === 'sme' && v.organisationId && t.smeOrganisationId.toHexString() === v.organisationId) return 'sme';
  if (v.role === 'supplier' && v.supplierId && t.supplierId.toHexString() === v.supplierId && t.status !== 'withdrawn') return 'supplier';
  return undefined;
}

export const canRead = (v: Viewer, t: Thread) =>
  sideOf(v, t) !== undefined || ((v.role === 'curator' || v.role === 'admin') && Boolean(t.reportedAt));

/** Each side's key in the real-time hub. */
export const viewerKey = (v: Viewer) => (v.role === 'sme' ? `sme:${v.organisationId}` : v.supplierId ? `supplier:${v.supplierId}` : undefined);
