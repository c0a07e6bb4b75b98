// Reading case studies, and keeping each supplier's published-case counters true.
import mongoose from 'mongoose';
import { bulkWriteInChunks } from '../../platform/db/bulk';
import { domainEvents } from '../../platform/events';
import { SupplierModel } from '../suppliers/supplier.model';
import { CaseStudyModel, type CaseStudyDoc } from './case.model';

const isObjectId = (s: string) => /^[a-f0-9]{24}$/.test(s);

/** A published case study by id or slug; drafts and submissions are not public. */
export async function findPublishedCase(idOrSlug: string): Promise<CaseStudyDoc | null> {
  const filter = isObjectId(idOrSlug) ? { _id: idOrSlug } : { slug: idOrSlug };
  return CaseStudyModel.findOne({ ...filter, status: 'published' });
}

export async function listPublishedCasesOf(supplierId: mongoose.Types.ObjectId): Promise<CaseStudyDoc[]> {
  return CaseStudyModel.find({ supplierId, status: 'published' }).sort({ year: -1, createdAt: -1 });
}

/** Recomputes the published-case counter and proven sectors of the given suppliers from the database. */
export async function refreshCaseCounters(supplierIds: mongoose.Types.ObjectId[]): Promise<void> {
  if (!supplierIds.length) return;
  const cases = await CaseStudyModel.find(
    { supplierId: { $in: supplierIds }, status: 'published' },
    { supplierId: 1, clientSector: 1 },
  ).lean();
  const bySupplier = new Map<string, { count: number; sectors: Set<string> }>();
  for (const id of supplierIds) bySupplier.set(id.toHexString(), { count: 0, sectors: new Set() });
  for (const c of cases) {
    const entry = bySupplier.get(c.supplierId.toHexString());
    entry?.sectors.add(c.clientSector);
    if (entry) entry.count++;
  }
  await bulkWriteInChunks(
    SupplierModel,
    [...bySupplier].map(([id, { count, sectors }]) => ({
      updateOne: {
        filter: { _id: new mongoose.Types.ObjectId(id) },
        update: { $set: { caseStudyCount: count, caseSectors: [...sectors].sort() } },
        timestamps: false,
      },
    })),
  );
  domainEvents.emit('suppliers.changed', [...bySupplier.keys()]);
}
