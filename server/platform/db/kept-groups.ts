// Records kept by id (kept-by-id.ts) grouped by an owner (an organisation), for read models that answer "this
// owner's records" from memory: passed to KeptById as its listener, it follows every reload and re-read. A record
// without an owner (`ownerOf` answers undefined) is in no group.
import type { KeptListener } from './kept-by-id';

export class KeptGroups<T> implements KeptListener<T> {
  private readonly groups = new Map<string, Map<string, T>>();

  constructor(private readonly ownerOf: (row: T) => string | undefined) {}

  reloaded(rows: ReadonlyMap<string, T>): void {
    this.groups.clear();
    for (const [id, row] of rows) this.replaced(id, undefined, row);
  }

  replaced(id: string, before: T | undefined, after: T | undefined): void {
    const previous = before === undefined ? undefined : this.ownerOf(before);
    if (previous !== undefined) this.groups.get(previous)?.delete(id);
    const owner = after === undefined ? undefined : this.ownerOf(after);
    if (owner === undefined) return;
    const group = this.groups.get(owner);
    if (group) group.set(id, after!);
    else this.groups.set(owner, new Map([[id, after!]]));
  }

  /** The owner's records by id (read-only), as of the KeptById's last `current()`. */
  of(owner: string): ReadonlyMap<string, T> {
    return this.groups.get(owner) ?? EMPTY;
  }
}

const EMPTY: ReadonlyMap<string, never> = new Map<string, never>();
