// Who may do what with an organisation. "Not yours" is answered as "not found" by the callers.
import type { Principal } from '../../platform/auth/principal';

type Org = { _id: { toHexString(): string } };

const memberOf = (p: Principal, o: Org) => p.organisationId === o._id.toHexString();

export const canViewOrganisation = (p: Principal, o: Org) => memberOf(p, o) || p.role === 'curator' || p.role === 'admin';
export const canManageOrganisation = (p: Principal, o: Org) => (memberOf(p, o) && p.organisationRole === 'owner') || p.role === 'admin';
