// The reviews module's part of the personal-data registry: reviews the person's organisation wrote (or they
// wrote), replies they wrote, and reviews they reported. Reviews are the public record of an engagement: deleting
// an account keeps them, no longer linked to the person (and without the organisation's name once it is gone).
import { label, type PersonalDataPart } from '../accounts';
import type { Types } from 'mongoose';
import { findInChunks } from '../../platform/db/find-in';
import { ReviewModel } from './review.model';
import { reviewPeople } from './review.people';
import { reviewAverage } from './review.presenter';

/** The person's reviews (see `reviewPeople`), oldest first: read by `_id`, and not at all when there are none. */
async function reviewsOf(userId: Types.ObjectId, organisationId?: Types.ObjectId) {
  const ids = await reviewPeople.of(userId, organisationId);
  const reviews = ids.length ? await findInChunks(ids, (chunk) => ReviewModel.find({ _id: { $in: chunk } }).lean()) : [];
  return reviews.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a._id.toHexString().localeCompare(b._id.toHexString()));
}

export const reviewsPart: PersonalDataPart = {
  key: 'reviews',
  about: label(
    'Reviews your organisation wrote of suppliers, replies you wrote to reviews, and reviews you reported.',
    '你機構為供應商撰寫的評價、你對評價的回覆，以及你舉報的評價。',
  ),
  exports: ['Review'],
  erases: ['Review'],
  export: async ({ userId, organisation }) => {
    const reviews = await reviewsOf(userId, organisation?._id);
    return reviews.map((r) => ({
      ratings: r.ratings,
      average: reviewAverage(r),
      text: r.text,
      writtenByMe: r.authorId?.equals(userId) ?? false,
      status: r.status,
      at: r.createdAt.toISOString(),
      reply: r.reply ? { text: r.reply.text, byMe: r.reply.authorId?.equals(userId) ?? false } : undefined,
      myReports: r.reports.filter((p) => p.userId?.equals(userId)).map((p) => ({ reason: p.reason, at: p.at.toISOString() })),
    }));
  },
  erasure: ({ lastMember, organisation }) => ({
    effect: 'anonymised',
    text:
      lastMember && organisation?.kind === 'sme'
        ? label('Reviews your organisation wrote stay published without its name; nothing links them to you.', '你機構撰寫的評價會繼續公開，但不顯示機構名稱，亦不再與你連結。')
        : label('Reviews, replies and reports you wrote stay, no longer linked to you.', '你撰寫的評價、回覆及舉報會保留，但不再與你連結。'),
  }),
  erase: async ({ userId, organisation, lastMember }) => {
    await ReviewModel.updateMany({ authorId: userId }, { $unset: { authorId: 1 } });
    await ReviewModel.updateMany({ 'reply.authorId': userId }, { $unset: { 'reply.authorId': 1 } });
    await ReviewModel.updateMany({ 'removal.by': userId }, { $unset: { 'removal.by': 1 } });
    // FerretDB cannot $pull by a field of an array element: each reported review's reports are reassigned.
    for (const r of await ReviewModel.find({ 'reports.userId': userId }, { reports: 1 }).lean()) {
      const reports = r.reports.map((p) => (p.userId?.equals(userId) ? { reason: p.reason, at: p.at } : p));
      await ReviewModel.updateOne({ _id: r._id }, { $set: { reports } });
    }
    if (organisation && lastMember) await ReviewModel.updateMany({ smeOrganisationId: organisation._id }, { $set: { showOrganisationName: false } });
  },
};
