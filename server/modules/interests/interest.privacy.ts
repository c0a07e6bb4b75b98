// The interests module's part of the personal-data registry: interests the person's organisation expressed (as a
// supplier) or received in its needs (as an SME), and the interest emails waiting for the person.
import { label, type PersonalDataPart } from '../accounts';
import { InterestModel, PendingInterestMailModel } from './interest.model';

export const interestsPart: PersonalDataPart = {
  key: 'interests',
  about: label(
    'Interests your organisation expressed in enterprises’ needs, or that suppliers expressed in your organisation’s needs, with their notes; `writtenByMe` marks the notes you wrote.',
    '你機構對企業需要表示的興趣，或供應商對你機構需要表示的興趣，連同留言；`writtenByMe` 標示由你撰寫的留言。',
  ),
  exports: ['NeedInterest'],
  erases: ['NeedInterest', 'PendingInterestMail'],
  export: async ({ userId, organisation }) => {
    if (!organisation) return [];
    // An SME organisation's needs receive interests and a supplier organisation expresses them (an organisation's
    // kind never changes): one read by the indexed field of its side, where an `$or` of both decoded every interest.
    const side = organisation.kind === 'sme' ? { smeOrganisationId: organisation._id } : { supplierOrganisationId: organisation._id };
    const interests = await InterestModel.find(side).sort({ createdAt: 1 }).lean();
    // A supplier's export names the need only by id: the SME stays anonymous until it replies.
    return interests.map((i) => ({
      side: i.supplierOrganisationId.equals(organisation._id) ? 'expressed' : 'received',
      needId: i.needId.toHexString(),
      supplierId: i.supplierId.toHexString(),
      note: i.note,
      status: i.status,
      inquiryId: i.inquiryId?.toHexString(),
      createdAt: i.createdAt.toISOString(),
      writtenByMe: Boolean(i.createdBy?.equals(userId)),
    }));
  },
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
