// Ids and statuses that many kept records repeat (organisations, suppliers, needs, users), held once for every read
// model in the process rather than once per record: each `toHexString()` makes a new string. Grows with the distinct
// values the kept records hold, as those records do.
const kept = new Map<string, string>();
const keptLists = new Map<string, readonly string[]>();

/** The one copy of this string that read models share. */
export function sharedString(s: string): string {
  const found = kept.get(s);
  if (found !== undefined) return found;
  kept.set(s, s);
  return s;
}

/**
 * The one copy of this list of keys (taxonomy keys, say) that read models share: 10,000 suppliers repeat a few
 * hundred combinations of sectors or layers, and each list read from the database is a new array with spare room.
 * Shared lists are frozen: a read model that changed one would change every record holding it.
 */
export function sharedList(list: readonly string[]): readonly string[] {
  const key = list.join('\u0000');
  const found = keptLists.get(key);
  if (found !== undefined && found.length === list.length) return found;
  const copy = Object.freeze(list.map(sharedString));
  keptLists.set(key, copy);
  return copy;
}
