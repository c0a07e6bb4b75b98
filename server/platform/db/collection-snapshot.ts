// A small collection held whole in memory, for reference data every page reads (the funding schemes: a handful of
// documents; the showcases, presented with the case studies and suppliers they show). It is read again after any
// write through Mongoose, in this process or, with several instances, in another (trackWrites: 'records.written',
// relayed through Redis), to the collections it is made of, and at least every `ttlMs`, which bounds how long a
// write that bypassed both (the CLI) goes unseen. Only for collections of tens of documents: the whole collection
// is the table, so every request is served the same way, whatever it asks.
import { writeGeneration } from './id-cache';

export class CollectionSnapshot<T> {
  private current: { records: Promise<readonly T[]>; generation: string; at: number } | null = null;
  private readonly collections: readonly string[];

  constructor(
    collections: string | readonly string[],
    private readonly load: () => Promise<T[]>,
    private readonly ttlMs = 10_000,
  ) {
    this.collections = typeof collections === 'string' ? [collections] : collections;
  }

  /** Every record, as last read (shared: callers must not change them). Callers arriving during a read share it. */
  all(): Promise<readonly T[]> {
    const generation = this.collections.map(writeGeneration).join('.');
    const hit = this.current;
    if (hit && hit.generation === generation && performance.now() - hit.at < this.ttlMs) return hit.records;
    // A write landing while this reads changes the generation: the records may predate it, and the next caller reads again.
    // Once, as a promise: a Mongoose query is only a thenable, and runs again (refused) for each caller awaiting it.
    const records = Promise.resolve(this.load());
    const entry = { records, generation, at: performance.now() };
    this.current = entry;
    records.catch(() => this.current === entry && (this.current = null));
    return records;
  }
}
