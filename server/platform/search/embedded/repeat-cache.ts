/**
 * A most-recently-used cache that keeps a value only when its key is asked for a second time. Under a stream
 * of one-off searches, caching every answer only moved each one into V8's old generation to die there: that
 * grew the heap by tens of MB and made the collector work harder, while a repeated search still hits.
 */
export class RepeatCache<V> {
  private readonly entries = new Map<string, V>();
  /** Keys asked for once, remembered without their values; forgotten all at once when full. */
  private readonly seenOnce = new Set<string>();

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
    if (!this.seenOnce.delete(key)) {
      if (this.seenOnce.size >= this.capacity * 4) this.seenOnce.clear();
      this.seenOnce.add(key);
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
