// After an unclean stop (kill -9, power loss) a message may be stored while its thread's counter, "last message"
// marks and status were never updated: they are separate writes, and FerretDB has no transactions; and a thread
// may be stored without its first message. Only what the stopped run could have left half-done is checked: the
// threads with messages written since then, and the threads created since then (platform/unclean-stop.ts knows
// when: its start, or a few minutes before it last recorded that it ran). Each is settled as a write settles it,
// so a thread that is right costs two reads and no write.
import mongoose, { type Types } from 'mongoose';
import { InquiryModel, MessageModel } from './inquiry.model';
import { settleThread } from './inquiry.service';

/**
 * The records written at or after `since`, by their _id, which begins with the second it was made: MongoDB's _id
 * index answers the range, and so does the embedded FerretDB's (its overlay pushes it down). At 100,000 messages
 * that read took 10 ms of FerretDB's CPU, where a range on `createdAt` read every message (2.7 s).
 */
const writtenSince = (since: Date) => ({ _id: { $gte: mongoose.Types.ObjectId.createFromTime(Math.max(0, Math.floor(since.getTime() / 1000))) } });

/**
 * Repairs the threads written since `since` that the stopped run(s) could have left half-done; threads created
 * from `until` (this run's start) on are this run's, their first message on the way. Checks `signal` between
 * threads, so a stop does not wait for the rest. Resolves to the number of threads repaired.
 */
export async function repairThreads(since: Date, until: Date, signal?: AbortSignal): Promise<number> {
  const messages = await MessageModel.find(writtenSince(since), { inquiryId: 1 }).lean();
  const created = await InquiryModel.find({ ...writtenSince(since), createdAt: { $lt: until } }, { _id: 1 }).lean();
  const withMessages = new Map<string, Types.ObjectId>(messages.map((m) => [m.inquiryId.toHexString(), m.inquiryId]));
  // A thread created then with no message since has none: its first was never written.
  const withoutMessages = created.map((t) => t._id).filter((id) => !withMessages.has(id.toHexString()));
  let repaired = 0;
  const settleEach = async (ids: Iterable<Types.ObjectId>, writerGone: boolean) => {
    for (const id of ids) {
      signal?.throwIfAborted();
      if (await settleThread(id, {}, writerGone)) repaired++;
    }
  };
  await settleEach(withMessages.values(), false);
  await settleEach(withoutMessages, true);
  return repaired;
}
