// Reading suppliers: public lists, profiles and the market counts on the home page.
import type { QueryFilter } from 'mongoose';
import type { MarketStats, SupplierListQuery } from '../../../shared/schemas/suppliers';
import { LAYER_KEYS, SECTOR_KEYS } from '../../../shared/taxonomy';
import { CaseStudyModel } from '../cases/case.model';
import { SupplierModel, type SupplierDoc, type SupplierFields } from './supplier.model';

const isObjectId = (s: string) => /^[a-f0-9]{24}$/.test(s);

export async function listSuppliers(query: SupplierListQuery): Promise<{ items: SupplierDoc[]; total: number }> {
  const filter: QueryFilter<SupplierFields> = {};
  if (query.layer?.length) filter.layers = { $in: query.layer };
  if (query.sector?.length) filter.sectors = { $in: query.sector };
  const [items, total] = await Promise.all([
    SupplierModel.find(filter)
      .sort({ name: 1, _id: 1 })
      .skip((query.page - 1) * query.pageSize)
      .limit(query.pageSize),
    SupplierModel.countDocuments(filter),
  ]);
  return { items, total };
}

export async function findSupplier(idOrSlug: string): Promise<SupplierDoc | null> {
  return SupplierModel.findOne(isObjectId(idOrSlug) ? { _id: idOrSlug } : { slug: idOrSlug });
}

/** Suppliers per layer and per sector. `$group` with `$sum` only: FerretDB v1 has no other accumulators. */
export async function marketStats(): Promise<MarketStats> {
  const [suppliers, caseStudies, byLayer, bySector] = await Promise.all([
    SupplierModel.countDocuments(),
    CaseStudyModel.countDocuments({ status: 'published' }),
    countByArrayField('layers'),
    countByArrayField('sectors'),
  ]);
  return {
    suppliers,
    caseStudies,
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

/** Suppliers by id, in the order given (the compare view). */
export async function suppliersByIds(ids: string[]): Promise<SupplierDoc[]> {
  const found = await SupplierModel.find({ _id: { $in: [...new Set(ids)] } });
  const byId = new Map(found.map((s) => [s._id.toHexString(), s]));
  return [...new Set(ids)].flatMap((id) => byId.get(id) ?? []);
}
