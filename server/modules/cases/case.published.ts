// Which case studies each supplier has published, in the order its profile lists them, with each one's version
// (when it was last written), in memory: a profile then takes their summaries from the search engine's copies, known
// to be current, instead of reading every case study of the supplier (about 1.3 ms of FerretDB's CPU for five).
// Kept per supplier, packed (about 4 MB at 10,000 suppliers and 50,000 case studies; one object per case study
// took 12 MB). Kept current by 'cases.written', which the model's hooks announce for every write with the case
// studies' ids, here or, relayed, on another instance: the suppliers those belong to (as stored, or as kept) are read
// again, and a request waits for that; a write by a query names none, and everything is read again. A full read
// every half hour bounds what a process outside the events wrote.
import { findInChunks } from '../../platform/db/find-in';
import { KeptById } from '../../platform/db/kept-by-id';
import { domainEvents } from '../../platform/events';
import { CaseStudyModel } from './case.model';

/** A full read takes about 8 s of FerretDB's CPU at 50,000 case studies; the events keep the rows current meanwhile. */
const FULL_READ_EVERY_MS = 30 * 60_000;
const ID_LENGTH = 24;

/** A published case study: what orders the profile's list, and its version (epoch ms). */
export type PublishedCase = { id: string; year: number | undefined; createdAt: number; updatedAt: number };

/** One supplier's published case studies, newest first: their ids end to end, and per case its year (NaN: none), creation and last write. */
type Packed = { ids: string; numbers: number[] };

const FIELDS = { supplierId: 1, year: 1, createdAt: 1, updatedAt: 1 } as const;
type Stored = { _id: { toHexString(): string }; supplierId: { toHexString(): string }; year?: number | null; createdAt: Date; updatedAt: Date };

const read = (filter: object) => CaseStudyModel.find({ ...filter, status: 'published' }, FIELDS).lean<Stored[]>();

/** As the database sorts `{ year: -1, createdAt: -1 }`: a missing year last. */
const newestFirst = (a: Stored, b: Stored) => (b.year ?? -Infinity) - (a.year ?? -Infinity) || b.createdAt.getTime() - a.createdAt.getTime();

function packed(cases: Stored[]): [string, Packed][] {
  return [...Map.groupBy(cases, (c) => c.supplierId.toHexString())].map(([supplierId, own]) => {
    own.sort(newestFirst);
    // Sized exactly: an array grown by pushing keeps spare room.
    const numbers = new Array<number>(3 * own.length);
    own.forEach((c, i) => {
      numbers[3 * i] = c.year ?? NaN;
      numbers[3 * i + 1] = c.createdAt.getTime();
      numbers[3 * i + 2] = c.updatedAt.getTime();
    });
    return [supplierId, { ids: own.map((c) => c._id.toHexString()).join(''), numbers }];
  });
}

function unpacked({ ids, numbers }: Packed): PublishedCase[] {
  return Array.from({ length: ids.length / ID_LENGTH }, (_, i) => ({
    id: ids.slice(i * ID_LENGTH, (i + 1) * ID_LENGTH),
    year: Number.isNaN(numbers[3 * i]) ? undefined : numbers[3 * i],
    createdAt: numbers[3 * i + 1]!,
    updatedAt: numbers[3 * i + 2]!,
  }));
}

class PublishedCases {
  private readonly kept = new KeptById<Packed>(
    {
      readAll: async () => packed(await read({})),
      readIds: async (supplierIds) => packed(await findInChunks(supplierIds, (chunk) => read({ supplierId: { $in: chunk } }))),
    },
    FULL_READ_EVERY_MS,
  );
  /** The suppliers of written case studies being found; requests wait for it. */
  private finding: Promise<void> = Promise.resolve();

  constructor() {
    domainEvents.on('cases.written', (ids) => this.written(ids));
  }

  private written(caseIds: string[]): void {
    if (!caseIds.length) return this.kept.changed([]);
    this.finding = this.finding.then(() => this.findSuppliers(caseIds)).catch(() => this.kept.changed([]));
  }

  /** The suppliers of these case studies: as stored (one was just published), or as kept (one was unpublished or deleted). */
  private async findSuppliers(caseIds: string[]): Promise<void> {
    const stored = await findInChunks(caseIds, (chunk) => CaseStudyModel.find({ _id: { $in: chunk } }, { supplierId: 1 }).lean());
    const suppliers = new Set(stored.map((c) => c.supplierId.toHexString()));
    const rows = await this.kept.currentUnlessStale();
    for (const [supplierId, { ids }] of rows ?? []) if (caseIds.some((id) => holds(ids, id))) suppliers.add(supplierId);
    this.kept.changed([...suppliers]);
  }

  /** Reads every row (start-up, once the search engine holds its copies), so that requests need not wait. */
  async warm(): Promise<void> {
    await this.kept.current();
  }

  /** The supplier's published case studies as stored now, newest first; undefined while they are being read in full (ask the database). */
  async ofSupplier(supplierId: string): Promise<PublishedCase[] | undefined> {
    await this.finding;
    const rows = await this.kept.currentUnlessStale();
    if (!rows) return undefined;
    const row = rows.get(supplierId);
    return row ? unpacked(row) : [];
  }
}

/** Whether `id` is one of the ids packed end to end in `ids` (at a boundary, not across two). */
function holds(ids: string, id: string): boolean {
  for (let at = ids.indexOf(id); at >= 0; at = ids.indexOf(id, at + 1)) if (at % ID_LENGTH === 0) return true;
  return false;
}

/** One per process: it follows the database the process uses. */
export const publishedCases = new PublishedCases();

/** Reads which case studies are published (start-up, once the search engine holds its copies). */
export const warmPublishedCases = () => publishedCases.warm();
