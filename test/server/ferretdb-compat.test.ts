// Every kind of query, update and index the models use, run against the real embedded FerretDB, so an
// operation FerretDB v1 does not support fails here rather than in production on the embedded database.
import mongoose, { type QueryFilter } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseStudyModel } from '../../server/modules/cases/case.model';
import { SupplierModel, type SupplierFields } from '../../server/modules/suppliers/supplier.model';
import { bulkWriteInChunks, STATEMENTS_PER_COMMAND } from '../../server/platform/db/bulk';
import { isDuplicateKeyError } from '../../server/platform/errors/duplicate-key';
import { startTestServer, type TestServer } from './harness';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const supplier = (slug: string, extra: Partial<SupplierFields> = {}) => ({
  slug,
  name: slug,
  description: 'd',
  layers: ['application' as const],
  sectors: ['manufacturing' as const],
  ...extra,
});

describe('FerretDB compatibility of the models', () => {
  it('creates every declared index', async () => {
    const names = (await SupplierModel.collection.indexes()).map((i) => i.name);
    expect(names).toEqual(expect.arrayContaining(['externalId_1', 'slug_1', 'layers_1', 'sectors_1', 'name_1']));
    const caseIndexes = (await CaseStudyModel.collection.indexes()).map((i) => i.name);
    expect(caseIndexes).toEqual(expect.arrayContaining(['supplierId_1_status_1', 'status_1_clientSector_1']));
  });

  it('allows many documents without an externalId under its unique index', async () => {
    await SupplierModel.create([supplier('no-ext-a'), supplier('no-ext-b')]);
    expect(await SupplierModel.countDocuments({ slug: { $in: ['no-ext-a', 'no-ext-b'] } })).toBe(2);
  });

  it('reports a unique violation on insert and on update as a duplicate key', async () => {
    await SupplierModel.create(supplier('dup-a'));
    const b = await SupplierModel.create(supplier('dup-b'));
    const onInsert = await SupplierModel.create(supplier('dup-a')).catch((e) => e);
    expect(isDuplicateKeyError(onInsert)).toBe(true);
    const onUpdate = await SupplierModel.updateOne({ _id: b._id }, { $set: { slug: 'dup-a' } }).catch((e) => e);
    expect(isDuplicateKeyError(onUpdate)).toBe(true);
  });

  it('filters arrays with $in, sorts, skips, limits and counts', async () => {
    await SupplierModel.create([
      supplier('arr-1', { name: 'zz-arr-1', layers: ['basic'], sectors: ['healthcare'] }),
      supplier('arr-2', { name: 'zz-arr-2', layers: ['basic', 'technology'], sectors: ['education'] }),
      supplier('arr-3', { name: 'zz-arr-3', layers: ['technology'], sectors: ['healthcare'] }),
    ]);
    const filter: QueryFilter<SupplierFields> = { layers: { $in: ['basic', 'technology'] }, sectors: { $in: ['healthcare'] }, slug: /^arr-/ };
    const page = await SupplierModel.find(filter).sort({ name: -1, _id: 1 }).skip(1).limit(1).lean();
    expect(page.map((s) => s.slug)).toEqual(['arr-1']);
    expect(await SupplierModel.countDocuments(filter)).toBe(2);
  });

  it('groups with $unwind and $sum, and lists distinct values', async () => {
    const rows = await SupplierModel.aggregate([
      { $match: { slug: { $in: ['arr-1', 'arr-2', 'arr-3'] } } },
      { $unwind: '$layers' },
      { $group: { _id: '$layers', count: { $sum: 1 } } },
    ]);
    expect(Object.fromEntries(rows.map((r) => [r._id, r.count]))).toEqual({ basic: 2, technology: 2 });
    expect((await SupplierModel.distinct('slug', { slug: /^arr-/ })).sort()).toEqual(['arr-1', 'arr-2', 'arr-3']);
  });

  it('applies bulk inserts and updates with $set and $unset', async () => {
    const _id = new mongoose.Types.ObjectId();
    await SupplierModel.bulkWrite([{ insertOne: { document: { _id, ...supplier('bulk-1', { nameZh: '舊名' }) } } }]);
    await SupplierModel.bulkWrite([{ updateOne: { filter: { _id }, update: { $set: { name: 'Bulk One' }, $unset: { nameZh: 1 } } } }]);
    const doc = await SupplierModel.findById(_id).lean();
    expect(doc).toMatchObject({ name: 'Bulk One' });
    expect(doc!.nameZh).toBeUndefined();
    expect(doc!.updatedAt.getTime()).toBeGreaterThanOrEqual(doc!.createdAt.getTime());
  });

  it('applies hundreds of bulk updates in chunks (one FerretDB update command of 100+ statements deadlocks)', async () => {
    const docs = Array.from({ length: 230 }, (_, i) => ({ _id: new mongoose.Types.ObjectId(), ...supplier(`many-${i}`) }));
    await bulkWriteInChunks(SupplierModel, docs.map((document) => ({ insertOne: { document } })));
    await bulkWriteInChunks(
      SupplierModel,
      docs.map((d, i) => ({ updateOne: { filter: { _id: d._id }, update: { $set: { caseStudyCount: i } } } })),
    );
    const last = await SupplierModel.findById(docs[229]!._id).lean();
    expect(last!.caseStudyCount).toBe(229);
    expect(STATEMENTS_PER_COMMAND).toBeLessThan(100);
  });

  it('looks case studies up by supplier and status, and by _id lists', async () => {
    const s = await SupplierModel.create(supplier('cs-owner'));
    const made = await CaseStudyModel.create([
      { supplierId: s._id, slug: 'cs-1', title: 'One', clientSector: 'education', status: 'published' },
      { supplierId: s._id, slug: 'cs-2', title: 'Two', clientSector: 'education', status: 'draft' },
    ]);
    expect(await CaseStudyModel.countDocuments({ supplierId: s._id, status: 'published' })).toBe(1);
    const byIds = await CaseStudyModel.find({ _id: { $in: made.map((c) => c._id) } }).lean();
    expect(byIds).toHaveLength(2);
  });
});
