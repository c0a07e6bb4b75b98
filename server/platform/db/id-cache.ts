// A read-through cache of documents by _id, for the reads every request repeats (the caller's user, the need
// whose matches are shown): on the embedded FerretDB each read is a round trip to a process sharing the CPU.
// Any write to the collection through Mongoose (schema hooks) invalidates every entry, so this process never
// serves a document older than its own last write; with several instances the write is announced to the others
// ('records.written', relayed through Redis), which drop theirs when it arrives. Entries also expire after
// `ttlMs`, which bounds how long a write by another process (the CLI, an instance cut off from Redis) goes unseen.
import type { Schema } from 'mongoose';
import { domainEvents } from '../events';

const generations = new Map<string, number>();
domainEvents.on('records.written', (names) => {
  for (const name of names) generations.set(name, (generations.get(name) ?? 0) + 1);
});

/** Counts writes to the schema's collection; call before the model is compiled (Mongoose ignores later hooks). */
export function trackWrites(schema: Schema, name: string): void {
  const bump = () => void domainEvents.emit('records.written', [name]);
  schema.post('save', bump);
  schema.post(/^(update|delete|replace|findOneAnd)/, bump);
  schema.post('insertMany', bump);
  schema.post('bulkWrite', bump);
}

/** Changes with every write to the collection through Mongoose in this process (for caches of other shapes). */
export const writeGeneration = (collection: string): number => generations.get(collection) ?? 0;

type Entry<T> = { value: T; generation: number; at: number };

export class IdCache<T> {
  private readonly entries = new Map<string, Entry<T>>();

  constructor(
    private readonly collection: string,
    private readonly load: (id: string) => Promise<T | null>,
    private readonly ttlMs = 5_000,
    private readonly max = 10_000,
  ) {}

  /** The document (a copy the caller may not change), or null when it does not exist; misses are not kept. */
  async get(id: string): Promise<T | null> {
    const generation = generations.get(this.collection) ?? 0;
    const hit = this.entries.get(id);
    if (hit && hit.generation === generation && performance.now() - hit.at < this.ttlMs) return hit.value;
    const value = await this.load(id);
    // A write landed while we read: the value may predate it, so it is returned but not kept.
    if (value === null || generation !== (generations.get(this.collection) ?? 0)) return value;
    this.entries.delete(id);
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(id, { value, generation, at: performance.now() });
    return value;
  }
}
