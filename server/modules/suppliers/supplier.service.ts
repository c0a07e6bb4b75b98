// Reading suppliers: public lists, profiles and the market counts on the home page.
import mongoose, { type QueryFilter, type Types } from 'mongoose';
import type { MarketStats, SupplierListQuery, SupplierSummary } from '../../../shared/schemas/suppliers';
import { LAYER_KEYS, SECTOR_KEYS } from '../../../shared/taxonomy';
import { pageOffset } from '../../platform/db/page';
import { isObjectId } from '../../platform/db/hex-id';
import { findEachById } from '../../platform/db/each-by-id';
import { findInChunks } from '../../platform/db/find-in';
import type { SearchEngine } from '../../platform/search/port';
import { currentCopies } from './supplier.indexed';
import { SupplierModel, type SupplierDoc, type SupplierFields } from './supplier.model';
import { listedCardJson, summaryJson } from './supplier-list.presenter';
import { presentListedSupplier, presentSupplierSummary, type ListedSupplier } from './supplier.presenter';

/**
 * The public list. FerretDB scans the collection for any filter or sort (seconds at 10,000 suppliers), so the
 * search engine orders, counts and hands back its copy of each card: the page costs no database read. The
 * database answers when the engine cannot. The cards come as JSON (supplier-list.presenter.ts).
 */
export async function listSuppliers(query: SupplierListQuery, engine: SearchEngine): Promise<{ cards: Buffer[]; total: number }> {
  const terms = { ...(query.layer?.length ? { layers: query.layer } : {}), ...(query.sector?.length ? { sectors: query.sector } : {}) };
  const offset = pageOffset(query);
  const found = await engine.search('suppliers', { filter: { terms }, sort: 'name', offset, limit: query.pageSize, highlight: false }).catch(() => null);
  if (!found) return listFromDatabase(query);
  // A hit carries at least the RETRIEVED_FIELDS of its document, which include every field of a listed card.
  return { cards: found.hits.map((h) => listedCardJson(h.doc as unknown as ListedSupplier)), total: found.total };
}

async function listFromDatabase(query: SupplierListQuery): Promise<{ cards: Buffer[]; total: number }> {
  const filter: QueryFilter<SupplierFields> = {};
  if (query.layer?.length) filter.layers = { $in: query.layer };
  if (query.sector?.length) filter.sectors = { $in: query.sector };
  const [items, total] = await Promise.all([
    SupplierModel.find(filter)
      .sort({ name: 1, _id: 1 })
      .skip(pageOffset(query))
      .limit(query.pageSize),
    SupplierModel.countDocuments(filter),
  ]);
  return { cards: items.map((s) => summaryJson(presentSupplierSummary(s))), total };
}

/** By id, or by slug (indexed on MongoDB and, through ferretdb-id-index.ts, on the embedded FerretDB too). */
export async function findSupplier(idOrSlug: string): Promise<SupplierDoc | null> {
  return SupplierModel.findOne(isObjectId(idOrSlug) ? { _id: idOrSlug } : { slug: idOrSlug });
}

/** Suppliers per layer and per sector. `$group` with `$sum` only: FerretDB v1 has no other accumulators. */
export async function supplierCounts(): Promise<Omit<MarketStats, 'caseStudies'>> {
  const [suppliers, byLayer, bySector] = await Promise.all([SupplierModel.countDocuments(), countByArrayField('layers'), countByArrayField('sectors')]);
  return {
    suppliers,
    byLayer: zeroFilled(LAYER_KEYS, byLayer),
    bySector: zeroFilled(SECTOR_KEYS, bySector),
  };
}

async function countByArrayField(field: 'layers' | 'sectors'): Promise<Map<string, number>> {
  const rows = await SupplierModel.aggregate<{ _id: string; count: number }>([
    { $unwind: `$${field}` },
    { $group: { _id: `$${field}`, count: { $sum: 1 } } },
  ]);
  return new Map(rows.map((r) => [r._id, r.count]));
}

function zeroFilled<K extends string>(keys: readonly K[], counts: Map<string, number>): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, counts.get(k) ?? 0])) as Record<K, number>;
}

/** True until the first supplier is listed (start-up seeds the demo market then). */
export const noSuppliersYet = async () => !(await SupplierModel.exists({}));

/** A supplier's name and slug (a link to its profile), or null. */
export const supplierLink = (id: Types.ObjectId | string) => SupplierModel.findById(id, SUPPLIER_LINK_FIELDS).lean();

/** What a link to a supplier's profile shows. */
export type SupplierLink = Pick<SupplierFields, 'slug' | 'name' | 'nameZh'> & { _id: Types.ObjectId };
export const SUPPLIER_LINK_FIELDS = { slug: 1, name: 1, nameZh: 1 } as const;

/**
 * Links to suppliers by id, for pages that name them (threads, quotes, case studies): from the search engine's
 * documents while they are the versions stored (currentCopies: the engine follows each profile change a moment
 * later; the embedded engine is in memory, where a supplier read from FerretDB costs about 1.3 ms), and from the
 * database for any other or when the engine cannot answer. Unknown ids are left out.
 */
export async function supplierLinks(engine: SearchEngine, ids: string[]): Promise<Map<string, SupplierLink>> {
  const unique = [...new Set(ids)];
  const indexed = await currentCopies(engine, unique);
  const links = new Map<string, SupplierLink>(indexed.map((d) => [d.id, { _id: new mongoose.Types.ObjectId(d.id), slug: d.slug, name: d.name, nameZh: d.nameZh }]));
  const missing = unique.filter((id) => !links.has(id));
  const stored = missing.length ? await findInChunks(missing, (chunk) => SupplierModel.find({ _id: { $in: chunk } }, SUPPLIER_LINK_FIELDS).lean()) : [];
  for (const s of stored) links.set(s._id.toHexString(), s);
  return links;
}

/**
 * Suppliers' cards by id, as `supplierLinks` finds them: public ones from the search engine's documents, the others
 * (and all of them when the engine cannot answer) from the database. Unknown ids are left out.
 */
export async function supplierSummaries(engine: SearchEngine, ids: string[]): Promise<Map<string, SupplierSummary>> {
  const unique = [...new Set(ids)];
  const indexed = await currentCopies(engine, unique);
  const summaries = new Map(indexed.map((d) => [d.id, presentListedSupplier(d)]));
  const missing = unique.filter((id) => !summaries.has(id));
  const stored = missing.length ? await findInChunks(missing, (chunk) => SupplierModel.find({ _id: { $in: chunk } }).lean()) : [];
  for (const s of stored) summaries.set(s._id.toHexString(), presentSupplierSummary(s));
  return summaries;
}

/** Suppliers by id, in the order given (the compare view). */
export async function suppliersByIds(ids: string[]): Promise<SupplierDoc[]> {
  return findEachById(SupplierModel, ids);
}
