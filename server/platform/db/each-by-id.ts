// Reads documents by `_id` in one query, returned in the order asked. Both MongoDB and our FerretDB build
// (overlay/sqlite-collection.go.txt pushes `$in` on `_id` down to SQLite) answer it from the `_id` index.
import type { Model } from 'mongoose';

/** The documents with these ids, in the order given; missing ones are left out. */
export async function findEachById<T>(model: Model<T>, ids: string[]) {
  const unique = [...new Set(ids)];
  if (!unique.length) return [];
  const byId = new Map((await model.find({ _id: { $in: unique } })).map((doc) => [String(doc._id), doc]));
  return unique.flatMap((id) => byId.get(id) ?? []);
}
