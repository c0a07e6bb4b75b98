// Ids and statuses that many kept records repeat (organisations, suppliers, needs, users), held once for every read
// model in the process rather than once per record: each `toHexString()` makes a new string. Grows with the distinct
// values the kept records hold, as those records do.
const kept = new Map<string, string>();

/** The one copy of this string that read models share. */
export function sharedString(s: string): string {
  const found = kept.get(s);
  if (found !== undefined) return found;
  kept.set(s, s);
  return s;
}
