// A thread's messages, the one database read of a thread's page. The threads asked for in the same turn of the event
// loop (page views arriving together) are read together, in one `inquiryId: {$in: […]}` read: on the embedded
// FerretDB a read's fixed cost (the command, its SQL, the cursor) is most of what one thread's five messages cost.
// Measured per thread at bench scale (FerretDB CPU + the server's read, ms): 0.49 + 0.21 alone, 0.35 + 0.11 two
// together, 0.29 + 0.07 three, 0.21 + 0.03 ten; under the bench's 10 connections a read serves 4–5 threads. Nothing
// is kept: every page view reads its thread after it arrived, so it sees every write that finished before.
import mongoose from 'mongoose';
import { findInChunks } from '../../platform/db/find-in';
import { MessageModel } from './inquiry.model';
import type { ShownMessage } from './inquiry.presenter';

/**
 * What a thread's page leaves out of a message (presentMessage): who wrote it, which is personal data it never shows.
 * Named by exclusion: for an inclusion projection FerretDB builds a new document per message (about a tenth of its
 * work on this read), for an exclusion it only drops the fields.
 */
const UNSHOWN_FIELDS = { authorId: 0, __v: 0 } as const;
/** Oldest first; the threads' messages interleave, and each thread's keep this order when they are grouped. */
const OLDEST_FIRST = { createdAt: 1, _id: 1 } as const;

type Waiter = { resolve: (messages: ShownMessage[]) => void; reject: (error: unknown) => void };
/** By thread (hex id): the id as stored and who waits for its messages. */
let waiting = new Map<string, { id: mongoose.Types.ObjectId; waiters: Waiter[] }>();

/**
 * The threads' messages, oldest first, by thread. Through the driver with the filter as stored (ObjectIds): a
 * thread's page is read far more often than it is written, and Mongoose's building, casting and lean conversion of
 * the query cost about 0.03 ms a read.
 */
async function read(inquiryIds: mongoose.Types.ObjectId[]): Promise<Map<string, ShownMessage[]>> {
  const messages = await findInChunks(inquiryIds, (chunk) =>
    MessageModel.collection.find<ShownMessage>({ inquiryId: { $in: chunk } }, { projection: UNSHOWN_FIELDS, sort: OLDEST_FIRST }).toArray(),
  );
  const byThread = new Map<string, ShownMessage[]>(inquiryIds.map((id) => [id.toHexString(), []]));
  for (const message of messages) byThread.get(message.inquiryId.toHexString())?.push(message);
  return byThread;
}

function readWaiting(): void {
  const batch = waiting;
  waiting = new Map();
  read([...batch.values()].map((thread) => thread.id)).then(
    (byThread) => batch.forEach((thread, id) => thread.waiters.forEach((w) => w.resolve(byThread.get(id)!))),
    (error: unknown) => batch.forEach((thread) => thread.waiters.forEach((w) => w.reject(error))),
  );
}

/** One thread's messages, oldest first (read with the others asked for in this turn of the event loop). */
export function messagesOf(inquiryId: string): Promise<ShownMessage[]> {
  // Made here, so that an id that is not one fails its own caller only, not the threads read with it.
  const id = new mongoose.Types.ObjectId(inquiryId);
  const key = id.toHexString();
  return new Promise((resolve, reject) => {
    if (!waiting.size) setImmediate(readWaiting);
    const thread = waiting.get(key);
    if (thread) thread.waiters.push({ resolve, reject });
    else waiting.set(key, { id, waiters: [{ resolve, reject }] });
  });
}
