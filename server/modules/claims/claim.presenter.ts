// What leaves the server about claims: the profile, the organisation's name and the claimant's email domain
// (never an address), with one _id read per distinct profile and organisation.
import type { Claim } from '../../../shared/schemas/claims';
import { OrganisationModel } from '../accounts';
import { SupplierModel } from '../suppliers';
import type { ClaimDoc } from './claim.model';

export async function presentClaims(claims: ClaimDoc[]): Promise<Claim[]> {
  const supplierIds = [...new Set(claims.map((c) => c.supplierId.toHexString()))];
  const orgIds = [...new Set(claims.map((c) => c.organisationId.toHexString()))];
  const [suppliers, orgs] = await Promise.all([
    Promise.all(supplierIds.map((id) => SupplierModel.findById(id, { slug: 1, name: 1, nameZh: 1, website: 1 }).lean())),
    Promise.all(orgIds.map((id) => OrganisationModel.findById(id, { name: 1 }).lean())),
  ]);
  const supplierOf = new Map(supplierIds.map((id, i) => [id, suppliers[i]]));
  const orgName = new Map(orgIds.map((id, i) => [id, orgs[i]?.name ?? '—']));
  return claims.map((c) => {
    const s = supplierOf.get(c.supplierId.toHexString());
    return {
      id: c._id.toHexString(),
      supplier: { id: c.supplierId.toHexString(), slug: s?.slug ?? '', name: s?.name ?? '—', nameZh: s?.nameZh ?? undefined, website: s?.website ?? undefined },
      organisationName: orgName.get(c.organisationId.toHexString())!,
      emailDomain: c.emailDomain,
      evidence: c.evidence ?? '',
      kind: c.kind,
      status: c.status,
      grantedBy: c.grantedBy ?? undefined,
      reason: c.reason ?? undefined,
      createdAt: c.createdAt.toISOString(),
      decidedAt: c.decidedAt?.toISOString(),
    };
  });
}
