// Published needs, newest first, for the suppliers' opportunities (every supplier's page ranks the newest 1,000).
// Most needs are published, so no index narrows a read of them: on FerretDB it decodes every need (about 560 ms of
// the database's CPU at 5,000 needs), which the route did every 10 s and after every write to a need. They are kept
// in memory instead, read in full once; then a need a 'needs.changed' event names (the model's save hook, here or,
// relayed, on another instance) is read again by _id, and an event naming none (a query's write) marks all stale.
// A full read at least every MAX_AGE_MS bounds what a process without the relay wrote (the command-line tools).
import type { Types } from 'mongoose';
import { domainEvents } from '../../platform/events';
import { NeedModel, type NeedFields } from './need.model';

/** A need as stored (a lean read): shared between callers, read-only. */
export type StoredNeed = NeedFields & { _id: Types.ObjectId };

const MAX_AGE_MS = 60_000;

/** Newest first; needs published at the same moment in the order they were created (by id). */
function newestFirst(byId: Map<string, StoredNeed>): StoredNeed[] {
  const at = (n: StoredNeed) => n.publishedAt?.getTime() ?? 0;
  return [...byId].sort(([ia, a], [ib, b]) => at(b) - at(a) || (ia < ib ? -1 : ia > ib ? 1 : 0)).map(([, need]) => need);
}

class PublishedNeeds {
  private byId = new Map<string, StoredNeed>();
  private newest: StoredNeed[] | undefined;
  private readonly dirty = new Set<string>();
  private stale = true;
  private loadedAt = Number.NEGATIVE_INFINITY;
  private full: Promise<void> | undefined;
  /** Re-reads of named needs, one after another; every caller waits for those asked before it. */
  private rereads: Promise<void> = Promise.resolve();

  changed(ids: string[]): void {
    if (!ids.length) this.stale = true;
    for (const id of ids) this.dirty.add(id);
  }

  async list(limit: number): Promise<readonly StoredNeed[]> {
    if (this.stale) await this.reload();
    else if (performance.now() - this.loadedAt > MAX_AGE_MS) this.reload().catch(() => undefined); // the kept needs answer meanwhile
    if (this.dirty.size) {
      const ids = [...this.dirty];
      this.dirty.clear();
      this.rereads = this.rereads.then(() => this.reread(ids));
    }
    await this.rereads;
    return (this.newest ??= newestFirst(this.byId)).slice(0, limit);
  }

  private async reread(ids: string[]): Promise<void> {
    const fresh = await NeedModel.find({ _id: { $in: ids } }).lean<StoredNeed[]>().catch((error: unknown) => {
      for (const id of ids) this.dirty.add(id); // tried again by the next caller
      throw error;
    });
    for (const id of ids) this.byId.delete(id);
    for (const need of fresh) if (need.status === 'published') this.byId.set(need._id.toHexString(), need);
    this.newest = undefined;
  }

  /** One full read at a time; needs named while it runs stay dirty and are read again after it. */
  private reload(): Promise<void> {
    this.full ??= (async () => {
      this.stale = false;
      try {
        const all = await NeedModel.find({ status: 'published' }).lean<StoredNeed[]>();
        this.byId = new Map(all.map((n) => [n._id.toHexString(), n]));
        this.newest = undefined;
        this.loadedAt = performance.now();
      } catch (error) {
        this.stale = true;
        throw error;
      }
    })().finally(() => (this.full = undefined));
    return this.full;
  }
}

const published = new PublishedNeeds();
domainEvents.on('needs.changed', (ids) => published.changed(ids));

/** The newest `limit` published needs (shared between callers: read-only). */
export function publishedNeeds(limit: number): Promise<readonly StoredNeed[]> {
  return published.list(limit);
}
