// Which case studies are published, by supplier, in the order a profile lists them, with each one's version (when it
// was last written), in memory: a profile then takes their summaries from the search engine's copies, known to be
// current, instead of reading every case study of the supplier (about 1.3 ms of FerretDB's CPU for five). Kept
// current by 'cases.written', which the model's hooks announce for every write with the ids it touched, here or,
// relayed, on another instance (a write by a query names none: everything is read again); a full read every half
// hour bounds what a process outside the events wrote. A few numbers per case study, no text.
import { findInChunks } from '../../platform/db/find-in';
import { KeptById, type KeptListener } from '../../platform/db/kept-by-id';
import { domainEvents } from '../../platform/events';
import { CaseStudyModel } from './case.model';

/** A full read takes about 8 s of FerretDB's CPU at 50,000 case studies; the events keep the rows current meanwhile. */
const FULL_READ_EVERY_MS = 30 * 60_000;

/** A published case study: its supplier, what orders the profile's list, and its version (epoch ms). */
export type PublishedCase = { id: string; supplierId: string; year: number | undefined; createdAt: number; updatedAt: number };

const FIELDS = { supplierId: 1, year: 1, createdAt: 1, updatedAt: 1 } as const;
type Stored = { _id: { toHexString(): string }; supplierId: { toHexString(): string }; year?: number | null; createdAt: Date; updatedAt: Date };

/** As the database sorts `{ year: -1, createdAt: -1 }`: a missing year last. */
const newestFirst = (a: PublishedCase, b: PublishedCase) => (b.year ?? -Infinity) - (a.year ?? -Infinity) || b.createdAt - a.createdAt;

class PublishedCases {
  /** Supplier → its published case studies, newest first. */
  private readonly bySupplier = new Map<string, PublishedCase[]>();
  /** One string per supplier id, shared by its rows. */
  private readonly supplierIds = new Map<string, string>();
  private readonly kept: KeptById<PublishedCase>;

  constructor() {
    const listener: KeptListener<PublishedCase> = {
      reloaded: (rows) => {
        this.bySupplier.clear();
        for (const row of rows.values()) this.listOf(row.supplierId).push(row);
        for (const list of this.bySupplier.values()) list.sort(newestFirst);
      },
      replaced: (_id, before, after) => {
        if (before) this.drop(before);
        if (after) this.listOf(after.supplierId).push(after);
        if (after) this.listOf(after.supplierId).sort(newestFirst);
      },
    };
    const read = (filter: object) => CaseStudyModel.find({ ...filter, status: 'published' }, FIELDS).lean<Stored[]>();
    this.kept = new KeptById<PublishedCase>(
      {
        readAll: async () => (await read({})).map((c) => this.entry(c)),
        readIds: async (ids) => (await findInChunks(ids, (chunk) => read({ _id: { $in: chunk } }))).map((c) => this.entry(c)),
      },
      FULL_READ_EVERY_MS,
      listener,
    );
    domainEvents.on('cases.written', (ids) => this.kept.changed(ids));
  }

  /** Reads the rows in full (start-up, once the search engine holds its copies), so that requests need not wait. */
  async warm(): Promise<void> {
    await this.kept.current();
  }


  private entry(c: Stored): [string, PublishedCase] {
    const hex = c.supplierId.toHexString();
    const supplierId = this.supplierIds.get(hex) ?? (this.supplierIds.set(hex, hex), hex);
    const id = c._id.toHexString();
    return [id, { id, supplierId, year: c.year ?? undefined, createdAt: c.createdAt.getTime(), updatedAt: c.updatedAt.getTime() }];
  }

  private drop(row: PublishedCase): void {
    const list = this.bySupplier.get(row.supplierId);
    const at = list ? list.indexOf(row) : -1;
    if (at >= 0) list!.splice(at, 1);
    if (list && !list.length) this.bySupplier.delete(row.supplierId);
  }

  private listOf(supplierId: string): PublishedCase[] {
    let list = this.bySupplier.get(supplierId);
    if (!list) this.bySupplier.set(supplierId, (list = []));
    return list;
  }

  /** The supplier's published case studies as stored now, newest first; undefined while they are being read in full (ask the database). */
  async ofSupplier(supplierId: string): Promise<readonly PublishedCase[] | undefined> {
    if (!(await this.kept.currentUnlessStale())) return undefined;
    return this.bySupplier.get(supplierId) ?? [];
  }
}

/** One per process: it follows the database the process uses. */
export const publishedCases = new PublishedCases();

/** Reads which case studies are published (start-up, once the search engine holds its copies). */
export const warmPublishedCases = () => publishedCases.warm();
