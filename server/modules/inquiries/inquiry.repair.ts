// After an unclean stop (kill -9, power loss) a message may be stored while its thread's counter and "last
// message" marks were never updated: they are separate writes, and FerretDB has no transactions. Start-up after
// such a stop checks every thread against its messages (one grouped count) and sets the ones that differ.
import type { Types } from 'mongoose';
import { InquiryModel, MessageModel } from './inquiry.model';

/** The number of threads whose derived fields were repaired. */
export async function repairThreads(): Promise<number> {
  const grouped = await MessageModel.aggregate<{ _id: Types.ObjectId; n: number }>([{ $group: { _id: '$inquiryId', n: { $sum: 1 } } }]);
  const counts = new Map(grouped.map((g) => [g._id.toHexString(), g.n]));
  let repaired = 0;
  for (const thread of await InquiryModel.find({}, { messageCount: 1 }).lean()) {
    const count = counts.get(thread._id.toHexString()) ?? 0;
    if (thread.messageCount === count) continue;
    const last = await MessageModel.findOne({ inquiryId: thread._id }).sort({ createdAt: -1, _id: -1 }).lean();
    const marks = last ? { lastMessageAt: last.createdAt, lastMessageSide: last.side } : {};
    await InquiryModel.updateOne({ _id: thread._id }, { $set: { messageCount: count, ...marks } }, { timestamps: false });
    repaired++;
  }
  return repaired;
}
