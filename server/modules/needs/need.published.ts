// Published needs, newest first, for the suppliers' opportunities (every supplier's page ranks the newest 1,000).
// Most needs are published, so no index narrows a read of them: on FerretDB it decodes every need (about 560 ms of
// the database's CPU at 5,000 needs), which the route did every 10 s and after every write to a need. They are kept
// in memory instead (platform/db/kept-by-id.ts), following 'needs.changed' (the model's save and query hooks, here
// or, relayed, on another instance).
import type { Types } from 'mongoose';
import { KeptById } from '../../platform/db/kept-by-id';
import { domainEvents } from '../../platform/events';
import { NeedModel, type NeedFields } from './need.model';

/** A need as stored (a lean read): shared between callers, read-only. */
export type StoredNeed = NeedFields & { _id: Types.ObjectId };

const keyed = (needs: StoredNeed[]) => needs.filter((n) => n.status === 'published').map((n): [string, StoredNeed] => [n._id.toHexString(), n]);

const published = new KeptById<StoredNeed>({
  readAll: async () => keyed(await NeedModel.find({ status: 'published' }).lean<StoredNeed[]>()),
  readIds: async (ids) => keyed(await NeedModel.find({ _id: { $in: ids } }).lean<StoredNeed[]>()),
});
domainEvents.on('needs.changed', (ids) => published.changed(ids));

/** Newest first; needs published at the same moment in the order they were created (by id). */
function newestFirst(byId: ReadonlyMap<string, StoredNeed>): StoredNeed[] {
  const at = (n: StoredNeed) => n.publishedAt?.getTime() ?? 0;
  return [...byId].sort(([ia, a], [ib, b]) => at(b) - at(a) || (ia < ib ? -1 : ia > ib ? 1 : 0)).map(([, need]) => need);
}

let sorted: { version: number; needs: StoredNeed[]; newest: Map<number, StoredNeed[]> } | undefined;

/**
 * The newest `limit` published needs (shared between callers: read-only). The same array until the needs change, so
 * what is derived from it (a supplier's kept opportunities) can tell a change by identity.
 */
export async function publishedNeeds(limit: number): Promise<readonly StoredNeed[]> {
  const byId = await published.current();
  if (sorted?.version !== published.version) sorted = { version: published.version, needs: newestFirst(byId), newest: new Map() };
  let newest = sorted.newest.get(limit);
  if (!newest) sorted.newest.set(limit, (newest = sorted.needs.slice(0, limit)));
  return newest;
}

/** A published need by id (shared between callers: read-only), or undefined when it is not published. */
export async function publishedNeed(id: string): Promise<StoredNeed | undefined> {
  return (await published.current()).get(id);
}
