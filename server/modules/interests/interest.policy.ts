// Who may see an interest: the supplier organisation that expressed it (as its own, with the anonymous need) and
// the SME organisation that owns the need (with the supplier and its explanation). Everyone else: the same 404.
import type { Principal } from '../../platform/auth/principal';
import type { InterestFields } from './interest.model';

export const isSupplierOf = (p: Principal & { supplierId?: string }, i: Pick<InterestFields, 'supplierId'>) =>
  p.role === 'supplier' && Boolean(p.supplierId) && i.supplierId.toHexString() === p.supplierId;

export const isNeedOwnerOf = (p: Principal, i: Pick<InterestFields, 'smeOrganisationId'>) =>
  p.role === 'sme' && Boolean(p.organisationId) && i.smeOrganisationId.toHexString() === p.organisationId;
