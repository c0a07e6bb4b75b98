// The organisation's part of the personal-data registry: the person's organisation, their role in it and, for a
// supplier, its public profile. Here rather than in accounts because it reads the suppliers module too (suppliers
// depend on accounts, not the reverse).
import { handOverOwnership, label, type PersonalDataPart } from '../accounts';
import { supplierLink } from '../suppliers';

export const organisationPart: PersonalDataPart = {
  key: 'organisation',
  about: label(
    'The organisation you belong to, your role in it and, for suppliers, its public profile.',
    '你所屬的機構、你在機構中的角色，以及（供應商）機構的公開簡介。',
  ),
  exports: ['Organisation'],
  erases: ['Organisation'],
  export: async ({ user, organisation }) => {
    if (!organisation) return null;
    const profile = organisation.supplierId ? await supplierLink(organisation.supplierId) : null;
    return {
      name: organisation.name,
      kind: organisation.kind,
      myRole: user.organisationRole,
      createdAt: organisation.createdAt.toISOString(),
      supplierProfile: profile ? { name: profile.name, path: `/suppliers/${profile.slug}` } : undefined,
    };
  },
  erasure: ({ organisation, lastMember }) =>
    !organisation
      ? null
      : lastMember
        ? {
            effect: 'kept',
            text: label(
              `${organisation.name} has no other members: it is kept without members, and only curators can reach its records.`,
              `${organisation.name} 沒有其他成員：機構會保留但沒有成員，只有策展人可以查閱其記錄。`,
            ),
          }
        : {
            effect: 'kept',
            text: label(
              `${organisation.name} stays for its other members; if you are its owner, the longest-standing member becomes the owner.`,
              `${organisation.name} 會為其他成員保留；如你是擁有人，加入最久的成員會成為擁有人。`,
            ),
          },
  erase: async ({ organisation }) => handOverOwnership(organisation?._id),
};
