// The claims module's part of the personal-data registry: claims of listed profiles made by the person's
// organisation or by the person, and those a curator decided. A claim belongs to its organisation, so it stays
// with the person removed from it; a last member's open claims go (nobody would be left to own the profile).
import { type ExportSubject, label, type PersonalDataPart } from '../accounts';
import { SupplierModel } from '../suppliers';
import { ProfileClaimModel } from './claim.model';

function claimsOf({ userId, organisation }: ExportSubject) {
  const mine = [{ requestedBy: userId }, { decidedBy: userId }];
  return ProfileClaimModel.find({ $or: organisation ? [...mine, { organisationId: organisation._id }] : mine }).sort({ createdAt: 1 }).lean();
}

export const claimsPart: PersonalDataPart = {
  key: 'profileClaims',
  about: label(
    'Claims of listed supplier profiles made by your organisation or by you (`mine`), or decided by you as a curator, with what became of them.',
    '你的機構或你（`mine`）提出、或你以策展人身分決定的供應商資料頁認領，及其結果。',
  ),
  exports: ['ProfileClaim'],
  erases: ['ProfileClaim'],
  export: async (subject) => {
    const claims = await claimsOf(subject);
    // The claimed profiles' names in one read, not one per claim.
    const ids = [...new Set(claims.map((c) => c.supplierId.toHexString()))];
    const profiles = ids.length ? await SupplierModel.find({ _id: { $in: ids } }, { name: 1 }).lean() : [];
    const names = new Map(profiles.map((s) => [s._id.toHexString(), s.name]));
    return claims.map((c) => ({
      profile: names.get(c.supplierId.toHexString()) ?? '',
      mine: c.requestedBy?.equals(subject.userId) ?? false,
      decidedByMe: c.decidedBy?.equals(subject.userId) ?? false,
      emailDomain: c.emailDomain,
      evidence: c.evidence ?? '',
      kind: c.kind,
      status: c.status,
      reason: c.reason ?? undefined,
      at: c.createdAt.toISOString(),
      decidedAt: c.decidedAt?.toISOString(),
    }));
  },
  erasure: ({ organisation, lastMember }) =>
    organisation?.kind === 'supplier' && lastMember
      ? { effect: 'deleted', text: label('Your organisation has no other members: its open claims are withdrawn; decided ones stay without your name.', '你的機構沒有其他成員：其未決定的認領會被撤回；已決定的認領會保留，但不再顯示你的名字。') }
      : { effect: 'anonymised', text: label('Claims stay with your organisation; you are no longer named in them.', '認領會保留在你的機構，但不再顯示你的名字。') },
  erase: async ({ userId, organisation, lastMember }) => {
    if (organisation && lastMember) await ProfileClaimModel.deleteMany({ organisationId: organisation._id, status: { $in: ['unconfirmed', 'pending'] } });
    await ProfileClaimModel.updateMany({ requestedBy: userId }, { $unset: { requestedBy: 1 } });
    await ProfileClaimModel.updateMany({ decidedBy: userId }, { $unset: { decidedBy: 1 } });
  },
};
