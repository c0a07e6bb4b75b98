// Slug → id of every supplier, for profile URLs. FerretDB scans the collection for a slug filter (0.6 s at
// 10,000 suppliers) but not for an _id, so the slugs are read once (2 s at 10,000: in the background at
// start-up, or on the first lookup) and kept current from the suppliers' change events. An id found here is
// only a hint: the caller reads the supplier by _id, checks its slug, and falls back to the slug query.
import { findEachById } from '../../platform/db/each-by-id';
import { hexId } from '../../platform/db/hex-id';
import { domainEvents } from '../../platform/events';
import { SupplierModel } from './supplier.model';

let bySlug: Promise<Map<string, string>> | undefined;
/** id → slug, to drop a supplier's old slug when it changes. */
const slugOf = new Map<string, string>();

export async function idForSlug(slug: string): Promise<string | undefined> {
  bySlug ??= load();
  return (await bySlug).get(slug);
}

/** Records a supplier found by the slug query (created since the slugs were read, and not announced). */
export async function rememberSlug(slug: string, id: string): Promise<void> {
  set(await (bySlug ??= load()), id, slug);
}

/** Reads the slugs now and follows changes until the returned function is called. */
export function trackSupplierSlugs(): () => void {
  bySlug ??= load();
  const changed = (ids: string[]) => void refresh(ids).catch(() => undefined);
  domainEvents.on('suppliers.changed', changed);
  domainEvents.on('suppliers.removed', changed);
  return () => {
    domainEvents.off('suppliers.changed', changed);
    domainEvents.off('suppliers.removed', changed);
  };
}

async function load(): Promise<Map<string, string>> {
  const map = new Map<string, string>();
  try {
    for await (const s of SupplierModel.find({}, { slug: 1 }).lean().cursor({ batchSize: 1_000 })) set(map, hexId(s._id), s.slug);
  } catch {
    // The database is unavailable: read again next time; meanwhile callers take the slug query.
    bySlug = undefined;
  }
  return map;
}

async function refresh(ids: string[]): Promise<void> {
  if (!bySlug) return;
  const map = await bySlug;
  const current = await findEachById(SupplierModel, ids);
  for (const id of ids) {
    map.delete(slugOf.get(id) ?? '');
    slugOf.delete(id);
  }
  for (const s of current) set(map, s.id, s.slug);
}

function set(map: Map<string, string>, id: string, slug: string): void {
  map.delete(slugOf.get(id) ?? '');
  map.set(slug, id);
  slugOf.set(id, slug);
}
