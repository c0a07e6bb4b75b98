import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { limits } from '../../shared/limits';
import { interchangeCaseStudySchema, interchangeSupplierSchema } from '../../shared/schemas/interchange';
import { importSuppliers } from '../../server/modules/imports/import.service';
import { parseInterchange } from '../../server/modules/imports/interchange.parse';
import { CaseStudyModel } from '../../server/modules/cases/case.model';
import { SupplierModel } from '../../server/modules/suppliers/supplier.model';
import { fencedBlocks, readDoc, sections, table } from '../docs';
import { buildCaseStudy, buildSupplier } from '../factories';
import { startTestServer, type TestServer } from './harness';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('importing the interchange format', () => {
  it('creates suppliers and their case studies, then changes nothing when the same file comes again', async () => {
    const records = [buildSupplier({ caseStudies: [buildCaseStudy(), buildCaseStudy()] }), buildSupplier()];
    const first = await importSuppliers(records);
    expect(first).toMatchObject({ created: 2, updated: 0, unchanged: 0, rejected: 0 });

    const again = await importSuppliers(records);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2, rejected: 0 });
    expect(await SupplierModel.countDocuments({ externalId: { $in: records.map((r) => r.externalId) } })).toBe(2);
    const cases = await CaseStudyModel.find({ externalId: { $in: records[0]!.caseStudies!.map((c) => c.externalId) } });
    expect(cases).toHaveLength(2);
    expect(cases.every((c) => c.status === 'published')).toBe(true);
  });

  it('updates a changed record in place, keeping its id and slug', async () => {
    const record = buildSupplier();
    await importSuppliers([record]);
    const before = await SupplierModel.findOne({ externalId: record.externalId }).lean();

    const report = await importSuppliers([{ ...record, description: 'Now also OCR for invoices.', nameZh: undefined }]);
    expect(report).toMatchObject({ created: 0, updated: 1, unchanged: 0 });
    const after = await SupplierModel.findOne({ externalId: record.externalId }).lean();
    expect(after!._id.equals(before!._id)).toBe(true);
    expect(after!.slug).toBe(before!.slug);
    expect(after!.description).toBe('Now also OCR for invoices.');
    expect(after!.nameZh).toBeUndefined();
  });

  it('reports each bad record by position and field, skips it, and still imports the good ones', async () => {
    const good = buildSupplier();
    const records = [
      good,
      { ...buildSupplier(), sectors: ['shipbuilding'] },
      { ...buildSupplier(), layers: [] },
      { ...buildSupplier(), colour: 'blue' },
      { name: 'No id' },
    ];
    const report = await importSuppliers(records);
    expect(report).toMatchObject({ created: 1, rejected: 4 });
    const fields = report.errors.map((e) => `${e.position}:${e.field}`);
    expect(fields).toEqual(expect.arrayContaining(['1:sectors.0', '2:layers', '3:(root)', '4:externalId', '4:description']));
    expect(await SupplierModel.countDocuments({ externalId: good.externalId })).toBe(1);
  });

  it('rejects an externalId repeated within a file and a case study that belongs to another supplier', async () => {
    const owner = buildSupplier({ caseStudies: [buildCaseStudy()] });
    await importSuppliers([owner]);
    const thief = buildSupplier({ caseStudies: [owner.caseStudies![0]!] });
    const twin = buildSupplier();
    const report = await importSuppliers([thief, twin, { ...twin, name: 'Twin again' }]);
    expect(report).toMatchObject({ created: 1, rejected: 2 });
    expect(report.errors.map((e) => `${e.position}:${e.field}:${e.message}`)).toEqual([
      '2:externalId:appears earlier in the file',
      '0:caseStudies.0.externalId:belongs to another supplier',
    ]);
  });

  it('gives suppliers with the same name distinct slugs', async () => {
    const a = buildSupplier({ name: 'Lion Rock Conversational AI' });
    const b = buildSupplier({ name: 'Lion Rock Conversational AI' });
    await importSuppliers([a, b]);
    const slugs = (await SupplierModel.find({ externalId: { $in: [a.externalId, b.externalId] } }).lean()).map((s) => s.slug);
    expect(new Set(slugs).size).toBe(2);
    expect(slugs).toContain('lion-rock-conversational-ai');
  });

  it('keeps the published case study count and proven sectors of each supplier', async () => {
    const record = buildSupplier({
      caseStudies: [buildCaseStudy({ clientSector: 'healthcare' }), buildCaseStudy({ clientSector: 'education' })],
    });
    await importSuppliers([record]);
    const supplier = await SupplierModel.findOne({ externalId: record.externalId }).lean();
    expect(supplier!.caseStudyCount).toBe(2);
    expect(supplier!.caseSectors).toEqual(['education', 'healthcare']);
  });

  it('reads the CSV form with ";"-separated lists', async () => {
    const csv = [
      'externalId,name,description,layers,sectors,capabilities,projectBudgetMin,projectBudgetMax,verified',
      'csv-1,Sha Tin Speech Lab,Cantonese speech recognition.,technology;application,education;healthcare,speech recognition;ASR,50000,200000,true',
    ].join('\n');
    const report = await importSuppliers(parseInterchange(csv, 'csv'));
    expect(report).toMatchObject({ created: 1, rejected: 0 });
    const supplier = await SupplierModel.findOne({ externalId: 'csv-1' }).lean();
    expect(supplier).toMatchObject({ layers: ['technology', 'application'], sectors: ['education', 'healthcare'], budgetMin: 50000, budgetMax: 200000, verified: true });
  });
});

describe('docs/interchange.md, the format as users read it', () => {
  const doc = sections(readDoc('interchange.md'));
  const section = (heading: string) => doc.get(heading) ?? '';

  it('documents every supplier and case study field the import accepts, and no other', () => {
    const fields = (heading: string) => table(section(heading)).map((row) => row['field']);
    expect(fields('Supplier fields')).toEqual(Object.keys(interchangeSupplierSchema.shape));
    expect(fields('Case study fields')).toEqual(Object.keys(interchangeCaseStudySchema.shape));
  });

  it('the JSON example imports whole, is served by the API with its externalIds, and changes nothing the second time', async () => {
    const [example] = fencedBlocks(section('Example: a JSON file'), 'json');
    const records = parseInterchange(example!, 'json');
    expect(await importSuppliers(records)).toEqual({ created: 2, updated: 0, unchanged: 0, rejected: 0, errors: [] });
    expect(await importSuppliers(records)).toMatchObject({ created: 0, updated: 0, unchanged: 2, rejected: 0 });

    const { slug } = (await SupplierModel.findOne({ externalId: 'sup-0001' }).lean())!;
    await server.indexer.settled(); // the profile lists case studies through the search engine, updated just after the import
    const profile = (await (await server.get(`/api/suppliers/${slug}`)).json()) as { externalId: string; nameZh: string; caseStudies: { externalId: string; titleZh: string }[] };
    expect(profile).toMatchObject({ externalId: 'sup-0001', nameZh: '港灣視覺分析有限公司' });
    expect(profile.caseStudies).toMatchObject([{ externalId: 'case-0001', titleZh: '為觀塘製衣廠自動檢測布料瑕疵' }]);
  });

  it('the CSV example imports whole, lists and budget included', async () => {
    const [example] = fencedBlocks(section('Example: a CSV file'), 'csv');
    expect(await importSuppliers(parseInterchange(example!, 'csv'))).toEqual({ created: 2, updated: 0, unchanged: 0, rejected: 0, errors: [] });
    expect(await SupplierModel.findOne({ externalId: 'sup-0101' }).lean()).toMatchObject({
      description: 'Cantonese speech recognition, transcription and voice bots.',
      layers: ['technology', 'application'], capabilities: ['speech recognition', 'transcription'], budgetMin: 50000, budgetMax: 200000, verified: false,
    });
    expect(await SupplierModel.findOne({ externalId: 'sup-0102' }).lean()).toMatchObject({ markets: ['hong-kong', 'mainland'], verified: true });
  });

  it('the file with mistakes gets exactly the documented report', async () => {
    const [file, report] = fencedBlocks(section('Example: a file with mistakes, and its report'), 'json');
    expect(await importSuppliers(parseInterchange(file!, 'json'))).toEqual(JSON.parse(report!));
  });

  it('refuses a file of more records than the documented limit, importing none', async () => {
    const records = Array.from({ length: limits.importRecordsMax + 1 }, () => ({}));
    await expect(importSuppliers(records)).rejects.toMatchObject({ status: 400, errors: [{ path: 'suppliers' }] });
  });
});
