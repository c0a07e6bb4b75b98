// A small collection held whole in memory, for reference data every page reads (the funding schemes: a handful of
// documents). It is read again after any write to the collection through Mongoose in this process or, with
// several instances, in another (trackWrites: 'records.written', relayed through Redis), and at least every
// `ttlMs`, which bounds how long a write that bypassed both (the CLI) goes unseen. Only for collections of tens of
// documents: the whole collection is the table, so every request is served the same way, whatever it asks.
import { writeGeneration } from './id-cache';

export class CollectionSnapshot<T> {
  private current: { records: readonly T[]; generation: number; at: number } | null = null;

  constructor(
    private readonly collection: string,
    private readonly load: () => Promise<T[]>,
    private readonly ttlMs = 10_000,
  ) {}

  /** Every record, as last read (shared: callers must not change them). */
  async all(): Promise<readonly T[]> {
    const generation = writeGeneration(this.collection);
    const hit = this.current;
    if (hit && hit.generation === generation && performance.now() - hit.at < this.ttlMs) return hit.records;
    const records = await this.load();
    // A write landed while we read: the records may predate it, so they are returned but not kept.
    if (generation === writeGeneration(this.collection)) this.current = { records, generation, at: performance.now() };
    return records;
  }
}
