// Reads documents one `_id` at a time, in parallel: on FerretDB v1 a filter that is exactly `{ _id }` is the
// only one pushed down to SQLite, so twenty of these beat one `{ _id: { $in } }`, which scans the collection.
import type { Model } from 'mongoose';

/** The documents with these ids, in the order given; missing ones are left out. */
export async function findEachById<T>(model: Model<T>, ids: string[]) {
  const found = await Promise.all([...new Set(ids)].map((id) => model.findById(id)));
  return found.filter((doc) => doc !== null);
}
