// Who may manage a supplier profile: the members of the supplier organisation linked to it, curators and admins.
// "Not yours" is answered as "not found" by the callers.
import type { Principal } from '../../platform/auth/principal';
import { isSupplierOwned, type OrganisationDirectory, supplierIdOfOrganisation } from '../accounts';

export const isStaff = (p: Pick<Principal, 'role'>) => p.role === 'curator' || p.role === 'admin';

/** The supplier profile linked to the caller's organisation, if any: from the organisations kept in memory, or one `_id` lookup. */
export async function ownSupplierId(p: Principal, organisations?: OrganisationDirectory): Promise<string | undefined> {
  if (p.role !== 'supplier' || !p.organisationId) return undefined;
  return organisations ? organisations.supplierIdOf(p.organisationId) : supplierIdOfOrganisation(p.organisationId);
}

export async function canManageSupplier(p: Principal, supplierId: string): Promise<boolean> {
  return isStaff(p) || (await ownSupplierId(p)) === supplierId;
}

/** Whether an organisation owns the profile: imported profiles are "not yet on the platform" until claimed. */
export async function isOnPlatform(supplierId: string | { toHexString(): string }): Promise<boolean> {
  return isSupplierOwned(typeof supplierId === 'string' ? supplierId : supplierId.toHexString());
}
