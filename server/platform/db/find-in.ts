// Reads by a long list of values in `$in` queries of at most IN_LIMIT values each. Our FerretDB build pushes an
// `$in` of up to 500 values down to its SQLite indexes (overlay/sqlite-collection.go.txt); a longer one reads and
// decodes the whole collection. MongoDB answers either from its index.
export const IN_LIMIT = 500;

/** `read` called once per chunk of `values` (in parallel), its results joined in chunk order. */
export async function findInChunks<V, T>(values: readonly V[], read: (chunk: V[]) => Promise<T[]>): Promise<T[]> {
  const chunks: V[][] = [];
  for (let i = 0; i < values.length; i += IN_LIMIT) chunks.push(values.slice(i, i + IN_LIMIT));
  return (await Promise.all(chunks.map(read))).flat();
}
