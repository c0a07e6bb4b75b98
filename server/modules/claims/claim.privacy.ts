// The claims module's part of the personal-data registry: claims of listed profiles made by the person's
// organisation or by the person, and those a curator decided. A claim belongs to its organisation, so it stays
// with the person removed from it; a last member's open claims go (nobody would be left to own the profile).
import { type ExportSubject, label, type PersonalDataPart } from '../accounts';
import type { SearchEngine } from '../../platform/search/port';
import { roleChangedAmong } from '../audit';
import { isStaff, supplierLinks } from '../suppliers';
import { type ClaimRecord, ProfileClaimModel } from './claim.model';

/**
 * The claims of the person's organisation, those they asked for and those they decided, oldest first: one `$or` of
 * indexed fields, which the embedded FerretDB answers from their indexes.
 */
async function claimsOf({ user, userId, organisation, auditEvents }: ExportSubject) {
  // Only curators and admins decide claims (as curatorWork, a former one is known by the role change audited).
  const decider = isStaff(user) || roleChangedAmong(await auditEvents(), userId);
  const filters = [{ requestedBy: userId }, ...(decider ? [{ decidedBy: userId }] : []), ...(organisation ? [{ organisationId: organisation._id }] : [])];
  const claims = await ProfileClaimModel.find({ $or: filters }).lean<ClaimRecord[]>();
  return claims.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a._id.toHexString().localeCompare(b._id.toHexString()));
}

/** What the export reads from memory: the profiles' names (search engine). */
type Kept = { search: SearchEngine };

export const claimsPart: PersonalDataPart<Kept> = {
  key: 'profileClaims',
  about: label(
    'Claims of listed supplier profiles made by your organisation or by you (`mine`), or decided by you as a curator, with what became of them.',
    '你的機構或你（`mine`）提出、或你以策展人身分決定的供應商資料頁認領，及其結果。',
  ),
  exports: ['ProfileClaim'],
  erases: ['ProfileClaim'],
  export: async (subject, { search }) => {
    const claims = await claimsOf(subject);
    // The claimed profiles' names from the search engine's copies (`supplierLinks`), the database only for the others.
    const links = await supplierLinks(search, claims.map((c) => c.supplierId.toHexString()));
    const names = new Map([...links].map(([id, s]) => [id, s.name]));
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
