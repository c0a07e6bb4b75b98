// Open needs (drafts and published), kept in memory (platform/db/kept-by-id.ts) following 'needs.changed' (the
// model's save and query hooks, here or, relayed, on another instance). Suppliers' opportunities rank the newest
// 1,000 published ones on every request: most needs are published, so no index narrows a read of them, and on
// FerretDB it decoded every need (about 560 ms of the database's CPU at 5,000 needs). An SME's open needs are read
// on every visit to their pages (the need, its matches, its interests, the dashboard): one round trip each, saved.
import type { Types } from 'mongoose';
import type { NeedStatus } from '../../../shared/schemas/needs';
import { KeptById } from '../../platform/db/kept-by-id';
import { domainEvents } from '../../platform/events';
import { NeedModel, type NeedFields } from './need.model';

/** A need as stored (a lean read): shared between callers, read-only. */
export type StoredNeed = NeedFields & { _id: Types.ObjectId };

const OPEN: NeedStatus[] = ['draft', 'published'];

const keyed = (needs: StoredNeed[]) => needs.filter((n) => OPEN.includes(n.status)).map((n): [string, StoredNeed] => [n._id.toHexString(), n]);

const open = new KeptById<StoredNeed>({
  readAll: async () => keyed(await NeedModel.find({ status: { $in: OPEN } }).lean<StoredNeed[]>()),
  readIds: async (ids) => keyed(await NeedModel.find({ _id: { $in: ids } }).lean<StoredNeed[]>()),
});
domainEvents.on('needs.changed', (ids) => open.changed(ids));

/** Newest first; needs published at the same moment in the order they were created (by id). */
function newestFirst(byId: ReadonlyMap<string, StoredNeed>): StoredNeed[] {
  const at = (n: StoredNeed) => n.publishedAt?.getTime() ?? 0;
  return [...byId]
    .filter(([, need]) => need.status === 'published')
    .sort(([ia, a], [ib, b]) => at(b) - at(a) || (ia < ib ? -1 : ia > ib ? 1 : 0))
    .map(([, need]) => need);
}

/** What is derived from the kept needs, for as long as they do not change. */
type Derived = { version: number; published: StoredNeed[]; newest: Map<number, StoredNeed[]>; byOrganisation?: Map<string, StoredNeed[]> };
let derived: Derived | undefined;

async function current(): Promise<{ byId: ReadonlyMap<string, StoredNeed>; derived: Derived }> {
  const byId = await open.current();
  if (derived?.version !== open.version) derived = { version: open.version, published: newestFirst(byId), newest: new Map() };
  return { byId, derived };
}

/**
 * The newest `limit` published needs (shared between callers: read-only). The same array until the needs change, so
 * what is derived from it (a supplier's kept opportunities) can tell a change by identity.
 */
export async function publishedNeeds(limit: number): Promise<readonly StoredNeed[]> {
  const { derived } = await current();
  let newest = derived.newest.get(limit);
  if (!newest) derived.newest.set(limit, (newest = derived.published.slice(0, limit)));
  return newest;
}

/** A published need by id (shared between callers: read-only), or undefined when it is not published. */
export async function publishedNeed(id: string): Promise<StoredNeed | undefined> {
  const need = (await current()).byId.get(id);
  return need?.status === 'published' ? need : undefined;
}

/** An open need by id (read-only), or undefined when it is closed or does not exist. */
export async function openNeed(id: string): Promise<StoredNeed | undefined> {
  return (await current()).byId.get(id);
}

/** An organisation's open needs (read-only), in no particular order. */
export async function openNeedsOf(organisationId: string): Promise<readonly StoredNeed[]> {
  const { byId, derived } = await current();
  if (!derived.byOrganisation) {
    derived.byOrganisation = new Map();
    for (const need of byId.values()) {
      const key = need.organisationId.toHexString();
      const list = derived.byOrganisation.get(key);
      if (list) list.push(need);
      else derived.byOrganisation.set(key, [need]);
    }
  }
  return derived.byOrganisation.get(organisationId) ?? [];
}
