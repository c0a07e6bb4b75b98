// Which documents a write through Mongoose touched, for read models kept current by id (kept-by-id.ts): a saved or
// inserted document's id, or the `_id` (or `_id: {$in}`) its query filtered on. A write by any other filter names
// no ids, which tells the listener "unknown: read everything again"; keep such writes off hot paths.
import type { Schema } from 'mongoose';

type Id = { toHexString(): string } | string;

const isId = (value: unknown): value is Id =>
  typeof value === 'string' || (typeof value === 'object' && value !== null && typeof (value as { toHexString?: unknown }).toHexString === 'function');
const hex = (id: Id) => (typeof id === 'string' ? id : id.toHexString());

/** The ids a filter selects by `_id`, or undefined when it selects by something else. */
function idsOf(filter: Record<string, unknown> | undefined): string[] | undefined {
  const id = filter?.['_id'];
  if (isId(id)) return [hex(id)];
  const within = typeof id === 'object' && id !== null ? (id as { $in?: unknown }).$in : undefined;
  return Array.isArray(within) && within.every(isId) ? within.map(hex) : undefined;
}

/** Calls `announce` after every write to the schema's collection; call before the model is compiled. */
export function announceWrittenIds(schema: Schema, announce: (ids: string[]) => void): void {
  const named = (ids: string[] | undefined) => {
    if (!ids) announce([]);
    else if (ids.length) announce(ids);
  };
  schema.post('save', (doc: { _id: Id }) => named([hex(doc._id)]));
  schema.post('insertMany', (docs: unknown) => named(Array.isArray(docs) ? docs.map((d: { _id: Id }) => hex(d._id)) : undefined));
  schema.post('bulkWrite', () => announce([]));
  schema.post(/^(update|delete|replace|findOneAnd)/, function (this: { getFilter?: () => Record<string, unknown>; _id?: unknown }) {
    // A query's hook has its filter; a document's own updateOne/deleteOne has the document.
    named(this.getFilter ? idsOf(this.getFilter()) : isId(this._id) ? [hex(this._id)] : undefined);
  });
}
