// Records kept by id (kept-by-id.ts) grouped by an owner (an organisation), for read models that answer "this
// owner's records" from memory: passed to KeptById as its listener, it follows every reload and re-read.
import type { KeptListener } from './kept-by-id';

export class KeptGroups<T> implements KeptListener<T> {
  private readonly groups = new Map<string, Map<string, T>>();

  constructor(private readonly ownerOf: (row: T) => string) {}

  reloaded(rows: ReadonlyMap<string, T>): void {
    this.groups.clear();
    for (const [id, row] of rows) this.replaced(id, undefined, row);
  }

  replaced(id: string, before: T | undefined, after: T | undefined): void {
    if (before !== undefined) this.groups.get(this.ownerOf(before))?.delete(id);
    if (after === undefined) return;
    const owner = this.ownerOf(after);
    const group = this.groups.get(owner);
    if (group) group.set(id, after);
    else this.groups.set(owner, new Map([[id, after]]));
  }

  /** The owner's records by id (read-only), as of the KeptById's last `current()`. */
  of(owner: string): ReadonlyMap<string, T> {
    return this.groups.get(owner) ?? EMPTY;
  }
}

const EMPTY: ReadonlyMap<string, never> = new Map<string, never>();
