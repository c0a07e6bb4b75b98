/**
 * Renumbers the live slots in order, for sweeping tombstones: the new slot of each old one (-1 for a removed
 * one), and the old slot of each new one. Keeping the order keeps every list of slots sorted.
 */
export function renumberLive(alive: Uint8Array, count: number): { renumbered: Int32Array; kept: Int32Array } {
  const renumbered = new Int32Array(count).fill(-1);
  const kept: number[] = [];
  for (let slot = 0; slot < count; slot++) {
    if (!alive[slot]) continue;
    renumbered[slot] = kept.length;
    kept.push(slot);
  }
  return { renumbered, kept: Int32Array.from(kept) };
}
