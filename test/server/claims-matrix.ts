// The claim rows of the access matrix: a pending claim of `supplier`'s organisation (its members and the staff see
// it), two claims of other organisations for the curators to approve and reject, an invitation unsubscribe token.
import { OrganisationModel } from '../../server/modules/accounts/organisation.model';
import { ProfileClaimModel } from '../../server/modules/claims/claim.model';
import type { TestServer } from './harness';
import type { Account } from './accounts-helpers';
import { makeSupplier } from './inquiries-helpers';

type Actor = 'anonymous' | 'sme' | 'sme2' | 'supplier' | 'supplier2' | 'curator' | 'admin';
type Statuses = Record<Actor, number>;
export type ClaimWorld = { profileId: string; ownId: string; toApproveId: string; toRejectId: string; unsubscribeToken: string };
type W = { claims: ClaimWorld };

async function pendingClaim(organisationId: string): Promise<string> {
  const claim = await ProfileClaimModel.create({ supplierId: (await makeSupplier()).id, organisationId, emailDomain: 'example.hk', status: 'pending' });
  return claim._id.toHexString();
}

export async function setUpClaimWorld(server: TestServer, accounts: Record<Exclude<Actor, 'anonymous'>, Account>): Promise<ClaimWorld> {
  const freshOrg = async () => (await OrganisationModel.create({ kind: 'supplier', name: 'Claimant Ltd' }))._id.toHexString();
  return {
    profileId: (await makeSupplier()).id,
    ownId: await pendingClaim(accounts.supplier.user.organisation!.id),
    toApproveId: await pendingClaim(await freshOrg()),
    toRejectId: await pendingClaim(await freshOrg()),
    unsubscribeToken: server.inquiries.inviter.unsubscribeToken('info@listed.example.hk'),
  };
}

const curatorOnce = (ok: number, after: number): Statuses => ({ anonymous: 401, sme: 403, sme2: 403, supplier: 403, supplier2: 403, curator: ok, admin: after });
const suppliersOnly = (ok: number): Statuses => ({ anonymous: 401, sme: 403, sme2: 403, supplier: ok, supplier2: ok, curator: 403, admin: 403 });

export const CLAIM_ROUTES = [
  // Both matrix supplier organisations own a profile already: 409 shows they got past access control.
  { route: '/api/claims', method: 'POST', path: () => '/api/claims', body: (w: W) => ({ supplierId: w.claims.profileId }), expect: suppliersOnly(409) },
  { route: '/api/claims', method: 'GET', path: () => '/api/claims', expect: suppliersOnly(200) },
  { route: '/api/claims/{id}', method: 'GET', path: (w: W) => `/api/claims/${w.claims.ownId}`, expect: { anonymous: 401, sme: 404, sme2: 404, supplier: 200, supplier2: 404, curator: 200, admin: 200 } },
  { route: '/api/claims/invitations/unsubscribe', method: 'POST', path: (w: W) => `/api/claims/invitations/unsubscribe?token=${w.claims.unsubscribeToken}`, expect: { anonymous: 204, sme: 204, sme2: 204, supplier: 204, supplier2: 204, curator: 204, admin: 204 } },
  { route: '/api/curation/claims', method: 'GET', path: () => '/api/curation/claims', expect: curatorOnce(200, 200) },
  { route: '/api/curation/claims/{id}/approve', method: 'POST', path: (w: W) => `/api/curation/claims/${w.claims.toApproveId}/approve`, expect: curatorOnce(200, 409) },
  { route: '/api/curation/claims/{id}/reject', method: 'POST', path: (w: W) => `/api/curation/claims/${w.claims.toRejectId}/reject`, body: () => ({ reason: 'No evidence.' }), expect: curatorOnce(200, 409) },
] as const;
