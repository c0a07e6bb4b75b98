// Imports supplier lists in the interchange format (docs/interchange.md). The seed, the command line and the
// curators' upload all come through here. Idempotent by externalId; bad records are reported and skipped.
//
// FerretDB v1 pushes only a lone `_id` equality down to SQLite; every other filter scans the collection.
// So the import reads each collection once (externalId → id and fingerprint), writes by `_id` only, and
// recomputes counters once at the end.
import mongoose from 'mongoose';
import { limits } from '../../../shared/limits';
import { type ImportReport, type InterchangeCaseStudy, type InterchangeSupplier, interchangeSupplierSchema } from '../../../shared/schemas/interchange';
import { bulkWriteInChunks } from '../../platform/db/bulk';
import { domainEvents } from '../../platform/events';
import { Validation } from '../../platform/errors/errors';
import { fieldErrors } from '../../platform/errors/field-errors';
import { CaseStudyModel, refreshCaseCounters } from '../cases';
import { SupplierModel } from '../suppliers';
import { fingerprint, replacement, toCaseFields, toSupplierFields } from './import.fields';
import { SlugBook } from './slug-book';

const BATCH_SIZE = 500;

type Positioned = { position: number; record: InterchangeSupplier };
type Known = { _id: mongoose.Types.ObjectId; importHash?: string | null; supplierId?: mongoose.Types.ObjectId };
type Outcome = 'created' | 'updated' | 'unchanged';
export type ImportProgress = (done: number, total: number) => void;

export async function importSuppliers(records: unknown[], onProgress?: ImportProgress): Promise<ImportReport> {
  if (records.length > limits.importRecordsMax) {
    throw Validation([{ path: 'suppliers', message: `a file holds at most ${limits.importRecordsMax} records; split it` }]);
  }
  const report: ImportReport = { created: 0, updated: 0, unchanged: 0, rejected: 0, errors: [] };
  const valid = validateRecords(records, report);
  const state = await ImportState.load();
  let done = records.length - valid.length;
  onProgress?.(done, records.length);
  for (let i = 0; i < valid.length; i += BATCH_SIZE) {
    const batch = valid.slice(i, i + BATCH_SIZE);
    const plan = new WritePlan(state);
    for (const { position, record } of batch) {
      const stolen = state.stolenCases(record);
      if (stolen.length) {
        report.rejected++;
        for (const c of stolen) reject(report, position, record.externalId, { path: `caseStudies.${c}.externalId`, message: 'belongs to another supplier', code: 'other-supplier' });
      } else report[plan.addSupplier(record)]++;
    }
    await plan.execute();
    done += batch.length;
    onProgress?.(done, records.length);
  }
  // New suppliers were written with their counters; only updated ones may have other case studies to count.
  await refreshCaseCounters(state.updatedSuppliers);
  if (state.createdSuppliers.length) domainEvents.emit('suppliers.changed', state.createdSuppliers.map((id) => id.toHexString()));
  if (state.touchedCases.length) domainEvents.emit('cases.changed', state.touchedCases);
  return report;
}

type Problem = { path: string; message: string; code?: string };

function reject(report: ImportReport, position: number, externalId: string | undefined, problem: Problem) {
  report.errors.push({ position, externalId, field: problem.path, message: problem.message, code: problem.code });
}

/** Schema checks, and externalIds that repeat within the file (the first occurrence wins). */
function validateRecords(records: unknown[], report: ImportReport): Positioned[] {
  const valid: Positioned[] = [];
  const seenSuppliers = new Set<string>();
  const seenCases = new Set<string>();
  records.forEach((raw, position) => {
    const externalId = (raw as { externalId?: unknown })?.externalId;
    const parsed = interchangeSupplierSchema.safeParse(raw);
    const problems = parsed.success ? duplicateProblems(parsed.data, seenSuppliers, seenCases) : fieldErrors(parsed.error);
    if (problems.length) {
      report.rejected++;
      for (const p of problems) reject(report, position, typeof externalId === 'string' ? externalId : undefined, p);
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
  const problems: Problem[] = [];
  if (seenSuppliers.has(record.externalId)) problems.push({ path: 'externalId', message: 'appears earlier in the file', code: 'duplicate' });
  const inRecord = new Set<string>();
  (record.caseStudies ?? []).forEach((c, i) => {
    if (seenCases.has(c.externalId) || inRecord.has(c.externalId)) {
      problems.push({ path: `caseStudies.${i}.externalId`, message: 'appears earlier in the file', code: 'duplicate' });
    }
    inRecord.add(c.externalId);
  });
  return problems;
}

/** What the database already holds, read once per import, and what this import has touched. */
class ImportState {
  readonly createdSuppliers: mongoose.Types.ObjectId[] = [];
  readonly updatedSuppliers: mongoose.Types.ObjectId[] = [];
  readonly touchedCases: string[] = [];

  private constructor(
    readonly suppliers: Map<string, Known>,
    readonly cases: Map<string, Known>,
    readonly slugs: SlugBook,
  ) {}

  static async load(): Promise<ImportState> {
    const [suppliers, cases] = await Promise.all([
      SupplierModel.find({}, { externalId: 1, importHash: 1, slug: 1 }).lean(),
      CaseStudyModel.find({}, { externalId: 1, importHash: 1, supplierId: 1, slug: 1 }).lean(),
    ]);
    const slugs = SlugBook.of([...suppliers, ...cases].map((d) => d.slug));
    const byExternalId = (docs: (Known & { externalId?: string | null })[]) =>
      new Map(docs.filter((d) => d.externalId).map((d) => [d.externalId!, d]));
    return new ImportState(byExternalId(suppliers), byExternalId(cases), slugs);
  }

  /** Positions of case studies whose externalId already belongs to a different supplier. */
  stolenCases(record: InterchangeSupplier): number[] {
    const supplierId = this.suppliers.get(record.externalId)?._id;
    return (record.caseStudies ?? []).flatMap((c, i) => {
      const owner = this.cases.get(c.externalId)?.supplierId;
      return owner && !(supplierId && owner.equals(supplierId)) ? [i] : [];
    });
  }
}

/** Collects one batch's inserts and updates (by `_id` only), then writes them in bulk. */
class WritePlan {
  private supplierOps: mongoose.AnyBulkWriteOperation[] = [];
  private caseOps: mongoose.AnyBulkWriteOperation[] = [];

  constructor(private readonly state: ImportState) {}

  addSupplier(record: InterchangeSupplier): Outcome {
    const fields = toSupplierFields(record);
    const hash = fingerprint(fields);
    const known = this.state.suppliers.get(record.externalId);
    const supplierId = known?._id ?? new mongoose.Types.ObjectId();
    let outcome: Outcome = 'unchanged';
    if (!known) {
      const cases = record.caseStudies ?? [];
      const counters = { caseStudyCount: cases.length, caseSectors: [...new Set(cases.map((c) => c.clientSector))].sort() };
      const document = { _id: supplierId, slug: this.state.slugs.take(record.name), importHash: hash, ...fields, ...counters };
      this.supplierOps.push({ insertOne: { document } });
      this.state.suppliers.set(record.externalId, { _id: supplierId, importHash: hash });
      outcome = 'created';
    } else if (known.importHash !== hash) {
      this.supplierOps.push({ updateOne: { filter: { _id: supplierId }, update: replacement(fields, hash) } });
      known.importHash = hash;
      outcome = 'updated';
    }
    const casesChanged = (record.caseStudies ?? []).map((c) => this.addCase(c, supplierId)).some(Boolean);
    if (outcome === 'unchanged' && casesChanged) outcome = 'updated';
    if (outcome === 'created') this.state.createdSuppliers.push(supplierId);
    if (outcome === 'updated') this.state.updatedSuppliers.push(supplierId);
    return outcome;
  }

  private addCase(c: InterchangeCaseStudy, supplierId: mongoose.Types.ObjectId): boolean {
    const fields = toCaseFields(c);
    const hash = fingerprint(fields);
    const known = this.state.cases.get(c.externalId);
    if (known?.importHash === hash) return false;
    const _id = known?._id ?? new mongoose.Types.ObjectId();
    if (known) {
      this.caseOps.push({ updateOne: { filter: { _id }, update: replacement(fields, hash) } });
      known.importHash = hash;
    } else {
      const document = { _id, supplierId, slug: this.state.slugs.take(c.title), status: 'published', publishedAt: new Date(), importHash: hash, ...fields };
      this.caseOps.push({ insertOne: { document } });
      this.state.cases.set(c.externalId, { _id, importHash: hash, supplierId });
    }
    this.state.touchedCases.push(_id.toHexString());
    return true;
  }

  async execute(): Promise<void> {
    await bulkWriteInChunks(SupplierModel, this.supplierOps);
    await bulkWriteInChunks(CaseStudyModel, this.caseOps);
  }
}
