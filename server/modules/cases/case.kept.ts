// Each supplier's case studies in memory, every status, in the order its profile lists the published ones, with
// each one's version (when it was last written). A profile then takes their summaries from the search engine's
// copies, known to be current, instead of reading every case study of the supplier (about 1.3 ms of FerretDB's CPU
// for five); so do the supplier's own list of its case studies (with what only its members see, kept here when a
// case study has any: a client's name, the review's dates and comment) and a case study's page, which finds its
// supplier by the slug's hash. Kept per supplier, packed: about 9 MB at 10,000 suppliers and 50,000 case studies,
// of which the slugs' hashes take about 3 (the slugs themselves would take 5; one object per case study took 12).
// Kept current by 'cases.written', which the model's hooks announce for every write with the case studies' ids,
// here or, relayed, on another instance: the suppliers those belong to (as stored, or as kept) are read again, and
// a request waits for that; a write by a query names none, and everything is read again. A full read every half
// hour bounds what a process outside the events wrote.
import { CASE_STATUSES, type CaseStatus } from '../../../shared/schemas/casestudies';
import { findInChunks } from '../../platform/db/find-in';
import { KeptById, type KeptListener } from '../../platform/db/kept-by-id';
import { domainEvents } from '../../platform/events';
import { CaseStudyModel } from './case.model';

/** A full read takes about 8 s of FerretDB's CPU at 50,000 case studies; the events keep the rows current meanwhile. */
const FULL_READ_EVERY_MS = 30 * 60_000;
const ID_LENGTH = 24;
/** Numbers kept per case study: year (NaN: none), creation, last write, the slug's hash, the status (its place in CASE_STATUSES). */
const NUMBERS = 5;

/** A case study as kept: what orders the profile's list, its version (epoch ms) and status. */
export type KeptCase = { id: string; year: number | undefined; createdAt: number; updatedAt: number; status: CaseStatus };

/** What only the supplier's members (and curators) see of a case study, as stored; most have none of it. Dates in epoch ms. */
export type ManagedExtras = { clientName?: string; clientNameable?: boolean; submittedAt?: number; curatorComment?: string; returnedAt?: number; approvedBy?: string };
export type OwnCase = KeptCase & { managed: ManagedExtras };

/** One supplier's case studies: their ids end to end, NUMBERS numbers per case and, when any has some, the ManagedExtras of each as JSON. */
type Packed = { ids: string; numbers: number[]; managed?: string };

const FIELDS = { supplierId: 1, slug: 1, year: 1, createdAt: 1, updatedAt: 1, status: 1, clientName: 1, clientNameable: 1, submittedAt: 1, curatorComment: 1, returnedAt: 1, approvedByName: 1 } as const;
type Stored = {
  _id: { toHexString(): string };
  supplierId: { toHexString(): string };
  slug: string;
  year?: number | null;
  createdAt: Date;
  updatedAt: Date;
  status: CaseStatus;
  clientName?: string | null;
  clientNameable?: boolean | null;
  submittedAt?: Date | null;
  curatorComment?: string | null;
  returnedAt?: Date | null;
  approvedByName?: string | null;
};

/**
 * A slug's 30-bit FNV-1a hash: a small integer, which V8 keeps in a Map without a number object. Two slugs may share
 * one (about one pair in 50,000): the caller compares the slug of what it finds.
 */
export function slugHash(slug: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < slug.length; i++) hash = Math.imul(hash ^ slug.charCodeAt(i), 0x01000193);
  return hash & 0x3fffffff;
}

const read = (filter: object) => CaseStudyModel.find(filter, FIELDS).lean<Stored[]>();

/** The stored values only (a lean read keeps nulls), so that most case studies have none. */
function managedExtras(c: Stored): ManagedExtras {
  const extras: ManagedExtras = {
    clientName: c.clientName ?? undefined,
    clientNameable: c.clientNameable || undefined,
    submittedAt: c.submittedAt?.getTime(),
    curatorComment: c.curatorComment ?? undefined,
    returnedAt: c.returnedAt?.getTime(),
    approvedBy: c.approvedByName ?? undefined,
  };
  return Object.fromEntries(Object.entries(extras).filter(([, v]) => v !== undefined));
}

/** As the database sorts `{ year: -1, createdAt: -1 }`: a missing year last. */
const newestFirst = (a: Stored, b: Stored) => (b.year ?? -Infinity) - (a.year ?? -Infinity) || b.createdAt.getTime() - a.createdAt.getTime();

function packed(cases: Stored[]): [string, Packed][] {
  return [...Map.groupBy(cases, (c) => c.supplierId.toHexString())].map(([supplierId, own]) => {
    own.sort(newestFirst);
    // Sized exactly: an array grown by pushing keeps spare room.
    const numbers = new Array<number>(NUMBERS * own.length);
    own.forEach((c, i) => {
      numbers[NUMBERS * i] = c.year ?? NaN;
      numbers[NUMBERS * i + 1] = c.createdAt.getTime();
      numbers[NUMBERS * i + 2] = c.updatedAt.getTime();
      numbers[NUMBERS * i + 3] = slugHash(c.slug);
      numbers[NUMBERS * i + 4] = CASE_STATUSES.indexOf(c.status);
    });
    const managed = own.map(managedExtras);
    const ids = own.map((c) => c._id.toHexString()).join('');
    return [supplierId, managed.some((m) => Object.keys(m).length) ? { ids, numbers, managed: JSON.stringify(managed) } : { ids, numbers }];
  });
}

function unpacked({ ids, numbers }: Packed): KeptCase[] {
  return Array.from({ length: ids.length / ID_LENGTH }, (_, i) => ({
    id: ids.slice(i * ID_LENGTH, (i + 1) * ID_LENGTH),
    year: Number.isNaN(numbers[NUMBERS * i]) ? undefined : numbers[NUMBERS * i],
    createdAt: numbers[NUMBERS * i + 1]!,
    updatedAt: numbers[NUMBERS * i + 2]!,
    status: CASE_STATUSES[numbers[NUMBERS * i + 4]!]!,
  }));
}

const PUBLISHED = CASE_STATUSES.indexOf('published');
/** The slug hashes of the published case studies: only those have a public page. */
const slugHashes = ({ numbers }: Packed) => numbers.filter((_, i) => i % NUMBERS === 3 && numbers[i + 1] === PUBLISHED);

/** Which supplier published a case study with a slug of each hash; AMBIGUOUS when two suppliers did (the database answers). */
const AMBIGUOUS = '';

class SuppliersBySlug implements KeptListener<Packed> {
  private readonly bySlug = new Map<number, string>();

  reloaded(rows: ReadonlyMap<string, Packed>): void {
    this.bySlug.clear();
    for (const [supplierId, row] of rows) this.add(supplierId, row);
  }

  replaced(supplierId: string, before: Packed | undefined, after: Packed | undefined): void {
    // An ambiguous hash stays so: the database answers for it.
    for (const hash of before ? slugHashes(before) : []) if (this.bySlug.get(hash) === supplierId) this.bySlug.delete(hash);
    if (after) this.add(supplierId, after);
  }

  supplierOf(slug: string): string | undefined {
    const supplierId = this.bySlug.get(slugHash(slug));
    return supplierId === AMBIGUOUS ? undefined : supplierId;
  }

  private add(supplierId: string, row: Packed): void {
    for (const hash of slugHashes(row)) {
      const known = this.bySlug.get(hash);
      this.bySlug.set(hash, known === undefined || known === supplierId ? supplierId : AMBIGUOUS);
    }
  }
}

/** A supplier without case studies. */
const NONE = 'none';

class KeptCases {
  private readonly suppliers = new SuppliersBySlug();
  private readonly kept = new KeptById<Packed>(
    {
      readAll: async () => packed(await read({})),
      readIds: async (supplierIds) => packed(await findInChunks(supplierIds, (chunk) => read({ supplierId: { $in: chunk } }))),
    },
    FULL_READ_EVERY_MS,
    this.suppliers,
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

  /** The suppliers of these case studies: as stored (one was just written), or as kept (one was deleted). */
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
  async ofSupplier(supplierId: string): Promise<KeptCase[] | undefined> {
    const row = await this.row(supplierId);
    return row && (row === NONE ? [] : unpacked(row).filter((c) => c.status === 'published'));
  }

  /** All of the supplier's case studies as stored now, every status, with what its members see; undefined as `ofSupplier`. */
  async ownedBy(supplierId: string): Promise<OwnCase[] | undefined> {
    const row = await this.row(supplierId);
    if (row === undefined) return undefined;
    if (row === NONE) return [];
    const managed = row.managed ? (JSON.parse(row.managed) as ManagedExtras[]) : [];
    return unpacked(row).map((c, i) => ({ ...c, managed: managed[i] ?? {} }));
  }

  private async row(supplierId: string): Promise<Packed | typeof NONE | undefined> {
    await this.finding;
    const rows = await this.kept.currentUnlessStale();
    return rows && (rows.get(supplierId) ?? NONE);
  }

  /**
   * The supplier that may have published a case study with this slug (its hash is one of the supplier's: compare the
   * slug of what is found), as stored now; undefined when none did, two did, or they are being read in full.
   */
  async supplierOfSlug(slug: string): Promise<string | undefined> {
    await this.finding;
    const rows = await this.kept.currentUnlessStale();
    return rows && this.suppliers.supplierOf(slug);
  }
}

/** Whether `id` is one of the ids packed end to end in `ids` (at a boundary, not across two). */
function holds(ids: string, id: string): boolean {
  for (let at = ids.indexOf(id); at >= 0; at = ids.indexOf(id, at + 1)) if (at % ID_LENGTH === 0) return true;
  return false;
}

/** One per process: it follows the database the process uses. */
export const keptCases = new KeptCases();

/** Reads every supplier's case studies (start-up, once the search engine holds its copies). */
export const warmKeptCases = () => keptCases.warm();
