/**
 * A most-recently-used cache that keeps a value only when its key is asked for a second time. Under a stream
 * of one-off searches, caching every answer only moved each one into V8's old generation to die there: that
 * grew the heap by tens of MB and made the collector work harder, while a repeated search still hits.
 */
export class RepeatCache<V> {
  private readonly entries = new Map<string, V>();
  /**
   * Keys asked for once, remembered without their values, by a 30-bit hash; forgotten all at once when full. The
   * keys themselves (a search's whole query, ~200 bytes) lived long enough to be promoted to V8's old generation,
   * most of what a one-off search left there. Two keys sharing a hash only make one kept a request early.
   */
  private readonly seenOnce = new Set<number>();

  constructor(private readonly capacity: number) {}

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    // Most recently used last, so the oldest entry is the first to go.
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  /** Keeps `value` if `key` was offered before; otherwise only remembers the key. */
  offer(key: string, value: V): void {
    const hash = hashOf(key);
    if (!this.seenOnce.delete(hash)) {
      if (this.seenOnce.size >= this.capacity * 4) this.seenOnce.clear();
      this.seenOnce.add(hash);
      return;
    }
    if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, value);
  }

  /** Drops the values (they are out of date); a key asked for once still counts as asked. */
  clear(): void {
    this.entries.clear();
  }
}

/** FNV-1a over the UTF-16 code units, cut to 30 bits: a small integer, which a Set holds without a heap object. */
function hashOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash & 0x3fffffff;
}
