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

/** Told of every change to the kept records, for what is derived from them and kept up to date piece by piece. */
export type KeptListener<T> = {
  /** Every record was read anew. */
  reloaded(rows: ReadonlyMap<string, T>): void;
  /** Record `id` was read again: `before` was kept (if any), `after` is kept now (absent: it is gone). */
  replaced(id: string, before: T | undefined, after: T | undefined): void;
};

export class KeptById<T> {
  private rows = new Map<string, T>();
  private readonly dirty = new Set<string>();
  /** A full read must answer the next caller; `staleMarks` counts the events that said so. */
  private stale = true;
  private staleMarks = 0;
  private loadedAt = Number.NEGATIVE_INFINITY;
  private full: Promise<void> | undefined;
  /** The ids named while a full read runs: its answer may predate their change, so they are read again after it. */
  private namedDuringFull: Set<string> | undefined;
  /** Re-reads of named records, one after another; every caller waits for those asked before it. */
  private rereads: Promise<void> = Promise.resolve();
  /** Moves whenever the records do: what is derived from them is current while it holds. */
  version = 0;

  private readonly listeners: readonly KeptListener<T>[];

  /** `listeners`: one or several (a record grouped several ways has a group each), told in this order. */
  constructor(
    private readonly source: KeptSource<T>,
    private readonly maxAgeMs = 60_000,
    listeners: KeptListener<T> | readonly KeptListener<T>[] = [],
  ) {
    this.listeners = Array.isArray(listeners) ? listeners : [listeners as KeptListener<T>];
  }

  changed(ids: string[]): void {
    if (!ids.length) {
      this.stale = true;
      this.staleMarks++;
    }
    for (const id of ids) {
      this.dirty.add(id);
      this.namedDuringFull?.add(id);
    }
  }

  /** The records as of every change announced before this call (shared between callers: read-only). */
  async current(): Promise<ReadonlyMap<string, T>> {
    // Callers arriving while the first (or a stale-making) full read runs wait for it, and for another if the
    // records were marked stale again meanwhile.
    while (this.stale) await this.reload();
    if (performance.now() - this.loadedAt > this.maxAgeMs) this.reload().catch(() => undefined);
    if (this.dirty.size) {
      const ids = [...this.dirty];
      this.dirty.clear();
      this.rereads = this.rereads.catch(() => undefined).then(() => this.reread(ids));
    }
    await this.rereads;
    return this.rows;
  }

  /**
   * As `current()`, but while a full read must come first (the first one, or after a write that named no records)
   * it starts that read and answers undefined at once: for callers with another way to answer, when a full read
   * takes seconds.
   */
  async currentUnlessStale(): Promise<ReadonlyMap<string, T> | undefined> {
    if (!this.stale) return this.current();
    this.reload().catch(() => undefined); // tried again by the next caller
    return undefined;
  }

  private async reread(ids: string[]): Promise<void> {
    const fresh = await this.source.readIds(ids).catch((error: unknown) => {
      for (const id of ids) this.dirty.add(id); // read again by the next caller
      throw error;
    });
    const after = new Map(fresh);
    for (const id of ids) {
      const before = this.rows.get(id);
      const row = after.get(id);
      if (row === undefined) this.rows.delete(id);
      else this.rows.set(id, row);
      for (const l of this.listeners) l.replaced(id, before, row);
    }
    this.version++;
  }

  /** One full read at a time; records named while it runs stay dirty and are read again after it. */
  private reload(): Promise<void> {
    this.full ??= (async () => {
      const named = new Set<string>();
      const marks = this.staleMarks;
      this.namedDuringFull = named;
      try {
        this.rows = new Map(await this.source.readAll());
        // Still stale if an event said so while it read.
        if (this.staleMarks === marks) this.stale = false;
        this.loadedAt = performance.now();
        this.version++;
        for (const l of this.listeners) l.reloaded(this.rows);
        for (const id of named) this.dirty.add(id);
      } finally {
        this.namedDuringFull = undefined;
      }
    })().finally(() => (this.full = undefined));
    return this.full;
  }
}
