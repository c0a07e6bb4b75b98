// Who may manage a supplier profile: the members of the supplier organisation linked to it, curators and admins.
// "Not yours" is answered as "not found" by the callers.
import type { Principal } from '../../platform/auth/principal';
import { isSupplierOwned } from '../accounts';

export const isStaff = (p: Pick<Principal, 'role'>) => p.role === 'curator' || p.role === 'admin';

/** The supplier profile linked to the caller's organisation, if any (authentication looked it up). */
export function ownSupplierId(p: Principal): string | undefined {
  return p.role === 'supplier' ? p.supplierId : undefined;
}

export function canManageSupplier(p: Principal, supplierId: string): boolean {
  return isStaff(p) || ownSupplierId(p) === supplierId;
}

/** Whether an organisation owns the profile: imported profiles are "not yet on the platform" until claimed. */
export async function isOnPlatform(supplierId: string | { toHexString(): string }): Promise<boolean> {
  return isSupplierOwned(typeof supplierId === 'string' ? supplierId : supplierId.toHexString());
}
