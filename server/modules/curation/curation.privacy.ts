// The curators' part of the personal-data registry: acts a curator or admin signed with their name (verifications,
// profile reviews, case approvals, showcases). Empty for everyone else.
import { CaseStudyModel } from '../cases';
import { DELETED_NAME, label, type PersonalDataPart } from '../accounts';
import { roleChangedAmong, roleEverChanged } from '../audit';
import { ShowcaseModel } from '../showcases';
import { isStaff, SupplierModel } from '../suppliers';
import { domainEvents } from '../../platform/events';

export const curatorWorkPart: PersonalDataPart = {
  key: 'curatorWork',
  about: label(
    'For curators and admins: the verifications you granted or revoked, the profiles you reviewed, the case studies you approved and the showcases you created.',
    '適用於策展人及管理員：你授予或撤銷的認證、你審閱的簡介、你批准的案例及你建立的專題。',
  ),
  exports: ['Supplier', 'CaseStudy', 'Showcase'],
  erases: ['Supplier', 'CaseStudy'],
  export: async ({ user, userId, auditEvents }) => {
    // Only curators and admins sign these acts, and only the command line makes (or unmakes) them: anyone else has
    // none, and is spared three reads of every supplier (the fields are nested, which no index answers on FerretDB).
    if (!isStaff(user) && !roleChangedAmong(await auditEvents(), userId)) return { verificationsGranted: [], verificationsRevoked: [], profilesReviewed: [], caseStudiesApproved: [], showcasesCreated: [] };
    const pick = { name: 1, slug: 1, verification: 1, review: 1 };
    const [verified, revoked, reviewed, approved, showcases] = await Promise.all([
      SupplierModel.find({ 'verification.verifiedBy': userId }, pick).lean(),
      SupplierModel.find({ 'verification.revokedBy': userId }, pick).lean(),
      SupplierModel.find({ 'review.reviewedBy': userId }, pick).lean(),
      CaseStudyModel.find({ approvedBy: userId }, { title: 1, slug: 1, publishedAt: 1 }).lean(),
      ShowcaseModel.find({ createdBy: userId }, { title: 1, slug: 1, createdAt: 1 }).lean(),
    ]);
    return {
      verificationsGranted: verified.map((s) => ({ supplier: s.name, at: s.verification?.verifiedAt.toISOString() })),
      verificationsRevoked: revoked.map((s) => ({ supplier: s.name, at: s.verification?.revokedAt?.toISOString(), reason: s.verification?.revokeReason })),
      profilesReviewed: reviewed.map((s) => ({ supplier: s.name, at: s.review?.reviewedAt?.toISOString() })),
      caseStudiesApproved: approved.map((c) => ({ title: c.title, path: `/cases/${c.slug}`, at: c.publishedAt?.toISOString() })),
      showcasesCreated: showcases.map((s) => ({ title: s.title, path: `/showcases/${s.slug}`, at: s.createdAt.toISOString() })),
    };
  },
  erasure: ({ user }) =>
    isStaff(user)
      ? {
          effect: 'anonymised',
          text: label(
            `Verifications and approvals you signed stay, with your name replaced by "${DELETED_NAME}".`,
            `你簽署的認證及批准會保留，你的姓名會改為「${DELETED_NAME}」。`,
          ),
        }
      : null,
  erase: async ({ user, userId }) => {
    // As for the export: only curators and admins (now or once) signed any of these.
    if (!isStaff(user) && !(await roleEverChanged(userId))) return;
    const ids = (docs: { _id: { toHexString(): string } }[]) => docs.map((d) => d._id.toHexString());
    const [verified, revoked, approved] = await Promise.all([
      SupplierModel.find({ 'verification.verifiedBy': userId }, { _id: 1 }).lean(),
      SupplierModel.find({ 'verification.revokedBy': userId }, { _id: 1 }).lean(),
      CaseStudyModel.find({ approvedBy: userId }, { _id: 1 }).lean(),
    ]);
    await SupplierModel.updateMany({ 'verification.verifiedBy': userId }, { $set: { 'verification.verifiedByName': DELETED_NAME } });
    await SupplierModel.updateMany({ 'verification.revokedBy': userId }, { $set: { 'verification.revokedByName': DELETED_NAME } });
    await CaseStudyModel.updateMany({ approvedBy: userId }, { $set: { approvedByName: DELETED_NAME } });
    // The profiles show the verifier's name, and the engine's copies of both are checked by `updatedAt`: they follow.
    const suppliers = [...new Set([...ids(verified), ...ids(revoked)])];
    if (suppliers.length) domainEvents.emit('suppliers.changed', suppliers);
    if (approved.length) domainEvents.emit('cases.changed', ids(approved));
  },
};
