// What leaves the server about accounts: allow-lists. Never a password hash, a token hash or another user's email.
import type { Me, Organisation, OrganisationDetail } from '../../../shared/schemas/accounts';
import type { Types } from 'mongoose';
import type { OrganisationDoc } from './organisation.model';
import type { UserDoc, UserFields } from './user.model';

type Shown<T> = T & { _id: Types.ObjectId };
type OrganisationShown = Shown<Pick<OrganisationDoc, 'kind' | 'name' | 'supplierId'>>;
type MeShown = Shown<Pick<UserFields, 'email' | 'name' | 'role' | 'organisationRole' | 'emailVerifiedAt' | 'createdAt'>>;

export function presentOrganisation(o: OrganisationShown): Organisation {
  return { id: o._id.toHexString(), kind: o.kind, name: o.name, supplierId: o.supplierId?.toHexString() };
}

/**
 * The signed-in user about themselves: the only presenter that includes an email address. The organisation comes
 * as stored, or as the directory kept in memory gives it (already in its presented shape).
 */
export function presentMe(u: MeShown, organisation?: OrganisationShown | Organisation | null): Me {
  return {
    id: u._id.toHexString(),
    email: u.email,
    name: u.name,
    role: u.role,
    organisationRole: u.organisationRole ?? undefined,
    emailVerified: Boolean(u.emailVerifiedAt),
    organisation: !organisation ? undefined : '_id' in organisation ? presentOrganisation(organisation) : organisation,
    createdAt: u.createdAt.toISOString(),
  };
}

export function presentOrganisationDetail(o: OrganisationDoc, members: UserDoc[]): OrganisationDetail {
  return {
    ...presentOrganisation(o),
    members: members.map((m) => ({ id: m._id.toHexString(), name: m.name, organisationRole: m.organisationRole ?? 'member' })),
  };
}
