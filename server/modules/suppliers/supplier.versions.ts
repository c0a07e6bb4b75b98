// Every supplier's slug and version (when it was last written, and its published-case counter, which the case
// study service settles without touching `updatedAt`), in memory, so that a profile is found by slug and its copy
// in the search engine is known to be current without a database read. Kept current by 'suppliers.written', which
// the model's hooks announce for every write with the ids it touched, here or, relayed, on another instance (a
// write by a query names none: everything is read again); a full read every half hour bounds what a process outside
// the events wrote. About 130 bytes per supplier.
import { findInChunks } from '../../platform/db/find-in';
import { KeptById, type KeptListener } from '../../platform/db/kept-by-id';
import { domainEvents } from '../../platform/events';
import { SupplierModel } from './supplier.model';

/** A full read takes about 2 s of FerretDB's CPU at 10,000 suppliers; the events keep the rows current meanwhile. */
const FULL_READ_EVERY_MS = 30 * 60_000;

/** What a copy of the profile must match to be current: the stored `updatedAt` (epoch ms) and counter. */
export type SupplierVersion = { id: string; slug: string; updatedAt: number; caseStudyCount: number };

const FIELDS = { slug: 1, updatedAt: 1, caseStudyCount: 1 } as const;
type Stored = { _id: { toHexString(): string }; slug: string; updatedAt: Date; caseStudyCount?: number | null };
const entry = (s: Stored): [string, SupplierVersion] => {
  const id = s._id.toHexString();
  return [id, { id, slug: s.slug, updatedAt: s.updatedAt.getTime(), caseStudyCount: s.caseStudyCount ?? 0 }];
};

class SupplierVersions {
  private readonly bySlug = new Map<string, string>();
  private readonly kept: KeptById<SupplierVersion>;

  constructor() {
    const listener: KeptListener<SupplierVersion> = {
      reloaded: (rows) => {
        this.bySlug.clear();
        for (const [id, row] of rows) this.bySlug.set(row.slug, id);
      },
      replaced: (id, before, after) => {
        if (before && this.bySlug.get(before.slug) === id) this.bySlug.delete(before.slug);
        if (after) this.bySlug.set(after.slug, id);
      },
    };
    this.kept = new KeptById<SupplierVersion>(
      {
        readAll: async () => (await SupplierModel.find({}, FIELDS).lean<Stored[]>()).map(entry),
        readIds: async (ids) => (await findInChunks(ids, (chunk) => SupplierModel.find({ _id: { $in: chunk } }, FIELDS).lean<Stored[]>())).map(entry),
      },
      FULL_READ_EVERY_MS,
      listener,
    );
    domainEvents.on('suppliers.written', (ids) => this.kept.changed(ids));
  }

  /** Reads the rows in full (start-up, once the search engine holds its copies), so that requests need not wait. */
  async warm(): Promise<void> {
    await this.kept.current();
  }

  /** Every supplier's version by id, or undefined while the rows are being read in full (ask the database). */
  rows(): Promise<ReadonlyMap<string, SupplierVersion> | undefined> {
    return this.kept.currentUnlessStale();
  }

  /**
   * The supplier with this id or slug as stored now; null when there is none kept (unknown, or created by another
   * process a moment ago), undefined while the rows are being read in full (ask the database).
   */
  async find(idOrSlug: string, byId: boolean): Promise<SupplierVersion | null | undefined> {
    const rows = await this.kept.currentUnlessStale();
    if (!rows) return undefined;
    const row = rows.get(byId ? idOrSlug : (this.bySlug.get(idOrSlug) ?? ''));
    return row && (byId || row.slug === idOrSlug) ? row : null;
  }
}

/** One per process: it follows the database the process uses. */
export const supplierVersions = new SupplierVersions();

/** Reads every supplier's version (start-up, once the search engine holds its copies). */
export const warmSupplierVersions = () => supplierVersions.warm();
