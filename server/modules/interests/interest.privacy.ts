// The interests module's part of the personal-data registry: interests the person's organisation expressed (as a
// supplier) or received in its needs (as an SME), and the interest emails waiting for the person.
import type { Types } from 'mongoose';
import { label, type PersonalDataPart } from '../accounts';
import type { InterestIndex } from './interest.kept';
import { InterestModel, PendingInterestMailModel } from './interest.model';

/** What the export reads from memory: the interests (their read model, grouped by SME organisation). */
type Kept = { interests: InterestIndex };

type ExportedInterest = { side: 'expressed' | 'received'; needId: string; supplierId: string; note: string; status: string; inquiryId?: string; createdAt: string; writtenByMe: boolean };

const byCreation = (a: { createdAt: number; id: string }, b: { createdAt: number; id: string }) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The interests in an SME organisation's needs, oldest first, from the read model. */
async function received(organisationId: string, userId: Types.ObjectId, interests: InterestIndex): Promise<ExportedInterest[]> {
  const me = userId.toHexString();
  return (await interests.ofOrganisation(organisationId)).sort(byCreation).map((i) => ({
    side: 'received',
    needId: i.needId,
    supplierId: i.supplierId,
    note: i.note,
    status: i.status,
    inquiryId: i.inquiryId,
    createdAt: new Date(i.createdAt).toISOString(),
    writtenByMe: i.createdBy === me,
  }));
}

/**
 * The interests a supplier organisation expressed, oldest first: read by the indexed field (the read model groups
 * them by profile, and the profile an organisation holds may have changed since).
 */
async function expressed(organisationId: Types.ObjectId, userId: Types.ObjectId): Promise<ExportedInterest[]> {
  const interests = await InterestModel.find({ supplierOrganisationId: organisationId }).sort({ createdAt: 1 }).lean();
  return interests.map((i) => ({
    side: 'expressed',
    needId: i.needId.toHexString(),
    supplierId: i.supplierId.toHexString(),
    note: i.note,
    status: i.status,
    inquiryId: i.inquiryId?.toHexString(),
    createdAt: i.createdAt.toISOString(),
    writtenByMe: Boolean(i.createdBy?.equals(userId)),
  }));
}

export const interestsPart: PersonalDataPart<Kept> = {
  key: 'interests',
  about: label(
    'Interests your organisation expressed in enterprises’ needs, or that suppliers expressed in your organisation’s needs, with their notes; `writtenByMe` marks the notes you wrote.',
    '你機構對企業需要表示的興趣，或供應商對你機構需要表示的興趣，連同留言；`writtenByMe` 標示由你撰寫的留言。',
  ),
  exports: ['NeedInterest'],
  erases: ['NeedInterest', 'PendingInterestMail'],
  // An SME organisation's needs receive interests and a supplier organisation expresses them (an organisation's
  // kind never changes). A supplier's export names the need only by id: the SME stays anonymous until it replies.
  export: async ({ userId, organisation }, { interests }) =>
    !organisation ? [] : organisation.kind === 'sme' ? received(organisation._id.toHexString(), userId, interests) : expressed(organisation._id, userId),
  erasure: () => ({
    effect: 'anonymised',
    text: label(
      'Interests stay with your organisation and the other side; they no longer say that you wrote or decided them. Interest emails waiting for you are deleted.',
      '興趣記錄會為你的機構及對方保留，但不再顯示由你撰寫或決定；等待發送給你的興趣電郵會被刪除。',
    ),
  }),
  erase: async ({ userId }) => {
    await InterestModel.updateMany({ createdBy: userId }, { $unset: { createdBy: 1 } });
    await InterestModel.updateMany({ decidedBy: userId }, { $unset: { decidedBy: 1 } });
    await PendingInterestMailModel.deleteMany({ userId });
  },
};
