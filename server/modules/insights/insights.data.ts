// The records insights count, kept in memory per collection so that a change costs a read of what changed rather
// than a scan (on FerretDB v1 only `{_id}` reads are pushed down to SQLite; a scan of 10,000 suppliers takes seconds).
// - Suppliers and needs are re-read by id when an event names them (`suppliers.changed`, `suppliers.removed`, and
//   `needs.changed` from the need model's save hook); a write that names no need (a query) marks needs stale.
// - Inquiries and quotes are marked stale by any write this process made to them (`writeGeneration`, Mongoose hooks);
//   case studies by `cases.changed` and `cases.removed`.
// - The first read of a collection is awaited; later full reads (stale, or older than MAX_AGE_MS, which bounds what
//   another process wrote) run in the background while the last records are shown.
import { writeGeneration } from '../../platform/db/id-cache';
import { findEachById } from '../../platform/db/each-by-id';
import { sharedList, sharedString } from '../../platform/db/shared-string';
import { domainEvents } from '../../platform/events';
import { CaseStudyModel } from '../cases';
import { InquiryModel, QuoteModel } from '../inquiries';
import { NeedModel, type NeedFields } from '../needs';
import { SupplierModel, type SupplierFields } from '../suppliers';
import type { RankableNeed } from './insights.fit';
import type { Demand, Inquiry, Quote, Supply } from './insights.tables';

const MAX_AGE_MS = 10 * 60_000;

export type Need = Demand & { doc: RankableNeed };
export type MarketData = {
  supply: Supply[];
  /** Published and closed needs (never drafts), with what ranking them needs. */
  needs: Need[];
  inquiries: Inquiry[];
  quotes: Quote[];
  /** Published case studies with a budget band. */
  cases: { sector: string; applicationAreas: string[]; budgetBand: string }[];
};

type Keyed<T> = { id: string; row: T };
type Source<T> = {
  readAll: () => Promise<Keyed<T>[]>;
  /** Reads these records again (those no longer counted are left out); without it any change is a full read. */
  readIds?: (ids: string[]) => Promise<Keyed<T>[]>;
  /** A count that moves with every write: a full read is due when it moved. */
  writes?: () => number;
};

class Kept<T> {
  private rows = new Map<string, T>();
  private list: T[] | undefined;
  private readonly dirty = new Set<string>();
  private stale = false;
  private loaded = false;
  private loadedAt = Number.NEGATIVE_INFINITY;
  private loadedWrites = 0;
  private full: Promise<void> | undefined;
  /** Moves whenever the records do: answers derived from them are current while it holds. */
  version = 0;

  constructor(private readonly source: Source<T>) {}

  changed(ids: string[]): void {
    if (!ids.length || !this.source.readIds) this.stale = true;
    for (const id of ids) this.dirty.add(id);
  }

  removed(ids: string[]): void {
    for (const id of ids) this.rows.delete(id);
    this.touch();
  }

  async values(): Promise<T[]> {
    if (!this.loaded) await this.reload();
    else if (this.stale || (this.source.writes && this.source.writes() !== this.loadedWrites) || performance.now() - this.loadedAt > MAX_AGE_MS) {
      this.reload().catch(() => undefined); // the last records answer meanwhile; a failed read is tried again next time
    }
    if (this.dirty.size && this.source.readIds) {
      const ids = [...this.dirty];
      this.dirty.clear();
      const fresh = await this.source.readIds(ids);
      for (const id of ids) this.rows.delete(id);
      for (const r of fresh) this.rows.set(r.id, r.row);
      this.touch();
    }
    return (this.list ??= [...this.rows.values()]);
  }

  private touch(): void {
    this.list = undefined;
    this.version++;
  }

  /** One full read at a time. Ids named while it runs stay dirty and are read again after it. */
  private reload(): Promise<void> {
    this.full ??= (async () => {
      this.stale = false;
      const writes = this.source.writes?.() ?? 0;
      const all = await this.source.readAll();
      this.rows = new Map(all.map((r) => [r.id, r.row]));
      this.loaded = true;
      this.loadedAt = performance.now();
      this.loadedWrites = writes;
      this.touch();
    })().finally(() => (this.full = undefined));
    return this.full;
  }
}

const hex = (id: { toHexString(): string } | null | undefined) => (id ? sharedString(id.toHexString()) : undefined);
const epoch = (d: Date | null | undefined) => d?.getTime();
const keyed = <D extends { _id: { toHexString(): string } }, T>(present: (d: D) => T) => (d: D): Keyed<T> => ({ id: d._id.toHexString(), row: present(d) });

const SUPPLY_FIELDS = { sectors: 1, applicationAreas: 1, layers: 1, technologies: 1, budgetMin: 1, budgetMax: 1 } as const;
const supplyOf = keyed((s: Pick<SupplierFields, keyof typeof SUPPLY_FIELDS> & { _id: { toHexString(): string } }) => ({
  sectors: sharedList(s.sectors),
  applicationAreas: sharedList(s.applicationAreas),
  layers: sharedList(s.layers),
  technologies: sharedList(s.technologies),
  budgetMin: s.budgetMin ?? undefined,
  budgetMax: s.budgetMax ?? undefined,
}));

const counted = (status: string) => status === 'published' || status === 'closed';
const needOf = keyed((n: NeedFields & { _id: { toHexString(): string } }) => ({
  id: n._id.toHexString(),
  sector: n.sector,
  applicationAreas: n.applicationAreas,
  budgetBand: n.budgetBand,
  readiness: n.readiness ?? undefined,
  status: n.status,
  publishedAt: n.publishedAt ?? n.createdAt,
  doc: n as RankableNeed,
}));

const kept = {
  supply: new Kept<Supply>({
    readAll: async () => (await SupplierModel.find({}, SUPPLY_FIELDS).lean()).map(supplyOf),
    readIds: async (ids) => (await findEachById(SupplierModel, ids)).map((d) => supplyOf(d.toObject())),
  }),
  needs: new Kept<Need>({
    readAll: async () => (await NeedModel.find({ status: { $in: ['published', 'closed'] } }).lean()).map(needOf),
    readIds: async (ids) => (await findEachById(NeedModel, ids)).filter((d) => counted(d.status)).map((d) => needOf(d.toObject())),
  }),
  inquiries: new Kept<Inquiry>({
    readAll: async () =>
      (await InquiryModel.find({}, { needId: 1, createdAt: 1, firstReplyAt: 1 }).lean()).map(
        keyed((i) => ({ needId: hex(i.needId), createdAt: i.createdAt.getTime(), firstReplyAt: epoch(i.firstReplyAt) })),
      ),
    writes: () => writeGeneration('inquiries'),
  }),
  quotes: new Kept<Quote>({
    readAll: async () =>
      (await QuoteModel.find({}, { needId: 1, createdAt: 1, status: 1, decidedAt: 1 }).lean()).map(
        keyed((q) => ({ needId: hex(q.needId), createdAt: q.createdAt.getTime(), status: sharedString(q.status), decidedAt: epoch(q.decidedAt) })),
      ),
    writes: () => writeGeneration('inquiry_quotes'),
  }),
  cases: new Kept<MarketData['cases'][number]>({
    readAll: async () =>
      (await CaseStudyModel.find({ status: 'published', budgetBand: { $exists: true, $ne: 'unknown' } }, { clientSector: 1, applicationAreas: 1, budgetBand: 1 }).lean())
        .filter((c) => c.budgetBand)
        .map(keyed((c) => caseRow(c.clientSector, c.applicationAreas, c.budgetBand!))),
  }),
};

/**
 * 50,000 published case studies repeat a few hundred combinations of sector, areas and budget: kept once each, they
 * take ~1 MB of memory instead of ~15 MB of copies. Rows are only read, so sharing them is safe.
 */
const caseRows = new Map<string, MarketData['cases'][number]>();
function caseRow(sector: string, applicationAreas: string[], budgetBand: string): MarketData['cases'][number] {
  const key = `${sector}|${budgetBand}|${applicationAreas.join(',')}`;
  let row = caseRows.get(key);
  if (!row) caseRows.set(key, (row = { sector, applicationAreas, budgetBand }));
  return row;
}

domainEvents.on('suppliers.changed', (ids) => kept.supply.changed(ids));
domainEvents.on('suppliers.removed', (ids) => kept.supply.removed(ids));
domainEvents.on('needs.changed', (ids) => kept.needs.changed(ids));
domainEvents.on('cases.changed', () => kept.cases.changed([]));
domainEvents.on('cases.removed', () => kept.cases.changed([]));

/**
 * Reads the records once the server has been up for `afterMs`, so the first visitor of the market pages does not
 * wait for the scans (tens of seconds at 10,000 suppliers on FerretDB; MongoDB reads them in well under a second).
 */
export function warmMarketData(afterMs: number, onError: (err: unknown) => void): () => void {
  const timer = setTimeout(() => marketData().catch(onError), afterMs);
  timer.unref();
  return () => clearTimeout(timer);
}

/** The records as this process knows them now. A failed first read is not kept. */
export async function marketData(): Promise<MarketData> {
  const [supply, needs, inquiries, quotes, cases] = await Promise.all([kept.supply.values(), kept.needs.values(), kept.inquiries.values(), kept.quotes.values(), kept.cases.values()]);
  return { supply, needs, inquiries, quotes, cases };
}

/** Changes whenever any collection's records do: answers derived from `marketData` are current while it holds. */
export function dataStamp(): string {
  return Object.values(kept).map((k) => k.version).join('|');
}
