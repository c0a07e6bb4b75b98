// Imports supplier lists in the interchange format (INTERCHANGE.md). The seed, the command line and the
// curators' upload all come through here. Idempotent by externalId; bad records are reported and skipped.
import mongoose from 'mongoose';
import type { ImportReport, InterchangeCaseStudy, InterchangeSupplier } from '../../../shared/schemas/interchange';
import { interchangeSupplierSchema } from '../../../shared/schemas/interchange';
import { fieldErrors } from '../../platform/http/validate';
import { bulkWriteInChunks } from '../../platform/db/bulk';
import { domainEvents } from '../../platform/events';
import { CaseStudyModel } from '../cases/case.model';
import { refreshCaseCounters } from '../cases/case.service';
import { SupplierModel } from '../suppliers/supplier.model';
import { diffFields, toCaseFields, toSupplierFields, type Fields } from './import.fields';
import { SlugBook } from './slug-book';

const BATCH_SIZE = 250;

type Positioned = { position: number; record: InterchangeSupplier };
type Outcome = 'created' | 'updated' | 'unchanged';
export type ImportProgress = (done: number, total: number) => void;

export async function importSuppliers(records: unknown[], onProgress?: ImportProgress): Promise<ImportReport> {
  const report: ImportReport = { created: 0, updated: 0, unchanged: 0, rejected: 0, errors: [] };
  const valid = validateRecords(records, report);
  const slugs = await SlugBook.load();
  let done = records.length - valid.length;
  onProgress?.(done, records.length);
  for (let i = 0; i < valid.length; i += BATCH_SIZE) {
    const batch = valid.slice(i, i + BATCH_SIZE);
    await importBatch(batch, slugs, report);
    done += batch.length;
    onProgress?.(done, records.length);
  }
  return report;
}

function reject(report: ImportReport, position: number, externalId: string | undefined, field: string, message: string) {
  report.errors.push({ position, externalId, field, message });
}

/** Schema checks, and externalIds that repeat within the file (the first occurrence wins). */
function validateRecords(records: unknown[], report: ImportReport): Positioned[] {
  const valid: Positioned[] = [];
  const seenSuppliers = new Set<string>();
  const seenCases = new Set<string>();
  records.forEach((raw, position) => {
    const externalId = (raw as { externalId?: unknown })?.externalId;
    const id = typeof externalId === 'string' ? externalId : undefined;
    const parsed = interchangeSupplierSchema.safeParse(raw);
    const problems = parsed.success ? duplicateProblems(parsed.data, seenSuppliers, seenCases) : fieldErrors(parsed.error);
    if (problems.length) {
      report.rejected++;
      for (const p of problems) reject(report, position, id, p.path, p.message);
      return;
    }
    const record = parsed.data!;
    seenSuppliers.add(record.externalId);
    for (const c of record.caseStudies ?? []) seenCases.add(c.externalId);
    valid.push({ position, record });
  });
  return valid;
}

function duplicateProblems(record: InterchangeSupplier, seenSuppliers: Set<string>, seenCases: Set<string>) {
  const problems: { path: string; message: string }[] = [];
  if (seenSuppliers.has(record.externalId)) problems.push({ path: 'externalId', message: 'appears earlier in the file' });
  const inRecord = new Set<string>();
  (record.caseStudies ?? []).forEach((c, i) => {
    if (seenCases.has(c.externalId) || inRecord.has(c.externalId)) {
      problems.push({ path: `caseStudies.${i}.externalId`, message: 'appears earlier in the file' });
    }
    inRecord.add(c.externalId);
  });
  return problems;
}

async function importBatch(batch: Positioned[], slugs: SlugBook, report: ImportReport): Promise<void> {
  const suppliers = await SupplierModel.find({ externalId: { $in: batch.map((b) => b.record.externalId) } }).lean();
  const caseIds = batch.flatMap((b) => (b.record.caseStudies ?? []).map((c) => c.externalId));
  const cases = caseIds.length ? await CaseStudyModel.find({ externalId: { $in: caseIds } }).lean() : [];
  const supplierByExt = new Map(suppliers.map((s) => [s.externalId!, s]));
  const caseByExt = new Map(cases.map((c) => [c.externalId!, c]));

  const plan = new WritePlan();
  for (const { position, record } of batch) {
    const existing = supplierByExt.get(record.externalId);
    const stolen = stolenCases(record, existing?._id, caseByExt);
    if (stolen.length) {
      report.rejected++;
      for (const i of stolen) reject(report, position, record.externalId, `caseStudies.${i}.externalId`, 'belongs to another supplier');
      continue;
    }
    report[plan.addSupplier(record, existing, caseByExt, slugs)]++;
  }
  await plan.execute();
}

/** Positions of case studies whose externalId already belongs to a different supplier. */
function stolenCases(record: InterchangeSupplier, supplierId: mongoose.Types.ObjectId | undefined, caseByExt: Map<string, Fields>) {
  return (record.caseStudies ?? []).flatMap((c, i) => {
    const owner = caseByExt.get(c.externalId)?.supplierId as mongoose.Types.ObjectId | undefined;
    return owner && !(supplierId && owner.equals(supplierId)) ? [i] : [];
  });
}

/** Collects the batch's inserts and updates, then writes them in two bulk calls. */
class WritePlan {
  private supplierOps: mongoose.AnyBulkWriteOperation[] = [];
  private caseOps: mongoose.AnyBulkWriteOperation[] = [];
  private touchedSuppliers: mongoose.Types.ObjectId[] = [];
  private touchedCases: string[] = [];

  addSupplier(record: InterchangeSupplier, existing: Fields | undefined, caseByExt: Map<string, Fields>, slugs: SlugBook): Outcome {
    const fields = toSupplierFields(record);
    let outcome: Outcome;
    let supplierId: mongoose.Types.ObjectId;
    if (existing) {
      supplierId = existing._id as mongoose.Types.ObjectId;
      outcome = this.update(this.supplierOps, supplierId, existing, fields) ? 'updated' : 'unchanged';
    } else {
      supplierId = new mongoose.Types.ObjectId();
      this.supplierOps.push({ insertOne: { document: { _id: supplierId, slug: slugs.take(record.name), ...fields } } });
      outcome = 'created';
    }
    const caseChanged = (record.caseStudies ?? []).map((c) => this.addCase(c, supplierId, caseByExt.get(c.externalId), slugs));
    if (outcome === 'unchanged' && caseChanged.some(Boolean)) outcome = 'updated';
    if (outcome !== 'unchanged') this.touchedSuppliers.push(supplierId);
    return outcome;
  }

  private addCase(c: InterchangeCaseStudy, supplierId: mongoose.Types.ObjectId, existing: Fields | undefined, slugs: SlugBook): boolean {
    const fields = toCaseFields(c);
    if (existing) {
      const changed = this.update(this.caseOps, existing._id as mongoose.Types.ObjectId, existing, fields);
      if (changed) this.touchedCases.push(String(existing._id));
      return changed;
    }
    const _id = new mongoose.Types.ObjectId();
    const document = { _id, supplierId, slug: slugs.take(c.title), status: 'published', publishedAt: new Date(), ...fields };
    this.caseOps.push({ insertOne: { document } });
    this.touchedCases.push(_id.toHexString());
    return true;
  }

  private update(ops: mongoose.AnyBulkWriteOperation[], _id: mongoose.Types.ObjectId, existing: Fields, fields: Fields): boolean {
    const { set, unset } = diffFields(existing, fields);
    if (!Object.keys(set).length && !unset.length) return false;
    const update = { ...(Object.keys(set).length ? { $set: set } : {}), ...(unset.length ? { $unset: Object.fromEntries(unset.map((k) => [k, 1])) } : {}) };
    ops.push({ updateOne: { filter: { _id }, update } });
    return true;
  }

  async execute(): Promise<void> {
    await bulkWriteInChunks(SupplierModel, this.supplierOps);
    await bulkWriteInChunks(CaseStudyModel, this.caseOps);
    await refreshCaseCounters(this.touchedSuppliers);
    if (this.touchedCases.length) domainEvents.emit('cases.changed', this.touchedCases);
  }
}
