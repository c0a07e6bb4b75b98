// Records kept in memory by id and kept current by domain events, for a read every request would otherwise repeat
// as a scan (on FerretDB v1 only equality on top-level fields is pushed down to SQLite). Read in full once; then
// the records an event names are read again by id (one round trip), an event naming none marks all stale (read
// in full at the next use), and a full read at least every `maxAgeMs` bounds what a process outside the events
// (the command-line tools, an instance cut off from Redis) wrote, while the kept records answer meanwhile.
export type KeptSource<T> = {
  readAll: () => Promise<[id: string, row: T][]>;
  /** These records as stored now; an id missing from the answer is no longer kept. */
  readIds: (ids: string[]) => Promise<[id: string, row: T][]>;
};

export class KeptById<T> {
  private rows = new Map<string, T>();
  private readonly dirty = new Set<string>();
  private stale = true;
  private loadedAt = Number.NEGATIVE_INFINITY;
  private full: Promise<void> | undefined;
  /** Re-reads of named records, one after another; every caller waits for those asked before it. */
  private rereads: Promise<void> = Promise.resolve();
  /** Moves whenever the records do: what is derived from them is current while it holds. */
  version = 0;

  constructor(private readonly source: KeptSource<T>, private readonly maxAgeMs = 60_000) {}

  changed(ids: string[]): void {
    if (!ids.length) this.stale = true;
    for (const id of ids) this.dirty.add(id);
  }

  /** The records as of every change announced before this call (shared between callers: read-only). */
  async current(): Promise<ReadonlyMap<string, T>> {
    if (this.stale) await this.reload();
    else if (performance.now() - this.loadedAt > this.maxAgeMs) this.reload().catch(() => undefined);
    if (this.dirty.size) {
      const ids = [...this.dirty];
      this.dirty.clear();
      this.rereads = this.rereads.catch(() => undefined).then(() => this.reread(ids));
    }
    await this.rereads;
    return this.rows;
  }

  private async reread(ids: string[]): Promise<void> {
    const fresh = await this.source.readIds(ids).catch((error: unknown) => {
      for (const id of ids) this.dirty.add(id); // read again by the next caller
      throw error;
    });
    for (const id of ids) this.rows.delete(id);
    for (const [id, row] of fresh) this.rows.set(id, row);
    this.version++;
  }

  /** One full read at a time; records named while it runs stay dirty and are read again after it. */
  private reload(): Promise<void> {
    this.full ??= (async () => {
      this.stale = false;
      try {
        this.rows = new Map(await this.source.readAll());
        this.loadedAt = performance.now();
        this.version++;
      } catch (error) {
        this.stale = true;
        throw error;
      }
    })().finally(() => (this.full = undefined));
    return this.full;
  }
}
