// Reads documents by `_id` in `$in` queries (one per 500 ids, find-in.ts), returned in the order asked: both
// MongoDB and our FerretDB build answer them from the `_id` index.
import type { Model } from 'mongoose';
import { findInChunks } from './find-in';

/** The documents with these ids, in the order given; missing ones are left out. */
export async function findEachById<T>(model: Model<T>, ids: string[]) {
  const unique = [...new Set(ids)];
  if (!unique.length) return [];
  const byId = new Map((await findInChunks(unique, (ids) => model.find({ _id: { $in: ids } }))).map((doc) => [String(doc._id), doc]));
  return unique.flatMap((id) => byId.get(id) ?? []);
}
