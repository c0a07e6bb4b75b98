// Needs are private to the SME organisation that wrote them; published ones reach suppliers only as
// anonymous opportunities. "Not found" and "not yours" are the same 404.
import type { Principal } from '../../platform/auth/principal';
import type { NeedFields } from './need.model';

export const canManageNeed = (p: Principal, need: Pick<NeedFields, 'organisationId'>) =>
  p.role === 'sme' && Boolean(p.organisationId) && need.organisationId.toHexString() === p.organisationId;
