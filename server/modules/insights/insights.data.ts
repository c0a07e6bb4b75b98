// The records insights count, read with plain finds and projections (each collection scanned once) and kept,
// collection by collection, until something changes it. Invalidation: suppliers by `suppliers.changed` and
// `suppliers.removed`; case studies by `cases.changed` and `cases.removed`; needs, inquiries and quotes by any
// write this process made to them (`writeCount`, counted by Mongoose hooks). MAX_AGE_MS bounds what another
// process (the CLI, a second app instance) wrote.
import { writeCount } from '../../platform/db/id-cache';
import { domainEvents } from '../../platform/events';
import { CaseStudyModel } from '../cases/case.model';
import { InquiryModel, QuoteModel } from '../inquiries/inquiry.model';
import { NeedModel } from '../needs/need.model';
import { SupplierModel } from '../suppliers/supplier.model';
import type { RankableNeed } from './insights.fit';
import type { Demand, Inquiry, Quote, Supply } from './insights.tables';

const MAX_AGE_MS = 5 * 60_000;

export type MarketData = {
  supply: Supply[];
  /** Published and closed needs (never drafts), with what ranking them needs. */
  needs: (Demand & { doc: RankableNeed })[];
  inquiries: Inquiry[];
  quotes: Quote[];
  /** Published case studies with a budget band. */
  cases: { sector: string; applicationAreas: string[]; budgetBand: string }[];
};

/** Bumped by the events that change each part; needs, inquiries and quotes are counted by write hooks instead. */
const generations = { suppliers: 0, cases: 0 };
domainEvents.on('suppliers.changed', () => void generations.suppliers++);
domainEvents.on('suppliers.removed', () => void generations.suppliers++);
domainEvents.on('cases.changed', () => void generations.cases++);
domainEvents.on('cases.removed', () => void generations.cases++);

type Part<T> = { stamp: () => number; load: () => Promise<T>; cached?: { value: Promise<T>; stamp: number; at: number } };

/** One collection's records, re-read only when its own stamp moved (or MAX_AGE_MS passed): a new need does not re-read 10,000 suppliers. */
function read<T>(part: Part<T>): Promise<T> {
  const stamp = part.stamp();
  const hit = part.cached;
  if (hit && hit.stamp === stamp && performance.now() - hit.at < MAX_AGE_MS) return hit.value;
  const entry = { value: part.load(), stamp, at: performance.now() };
  part.cached = entry;
  entry.value.catch(() => {
    if (part.cached === entry) part.cached = undefined;
  });
  return entry.value;
}

const parts = {
  supply: { stamp: () => generations.suppliers, load: loadSupply } as Part<Supply[]>,
  needs: { stamp: () => writeCount('needs'), load: loadNeeds } as Part<MarketData['needs']>,
  inquiries: { stamp: () => writeCount('inquiries'), load: loadInquiries } as Part<Inquiry[]>,
  quotes: { stamp: () => writeCount('inquiry_quotes'), load: loadQuotes } as Part<Quote[]>,
  cases: { stamp: () => generations.cases, load: loadCases } as Part<MarketData['cases']>,
};

/** The current records; each part is read once per change to it. A failed read is not kept. */
export async function marketData(): Promise<MarketData> {
  const [supply, needs, inquiries, quotes, cases] = await Promise.all([read(parts.supply), read(parts.needs), read(parts.inquiries), read(parts.quotes), read(parts.cases)]);
  return { supply, needs, inquiries, quotes, cases };
}

/** Changes whenever any part would be read again: results derived from `marketData` are current while it holds. */
export function dataStamp(): string {
  return Object.values(parts).map((p: Part<unknown>) => (p.cached ? `${p.cached.stamp}@${p.cached.at}` : 'none')).join('|');
}

const hex = (id: { toHexString(): string } | null | undefined) => id?.toHexString();

async function loadSupply(): Promise<Supply[]> {
  const suppliers = await SupplierModel.find({}, { sectors: 1, applicationAreas: 1, layers: 1, technologies: 1, budgetMin: 1, budgetMax: 1 }).lean();
  return suppliers.map((s) => ({
    sectors: s.sectors,
    applicationAreas: s.applicationAreas,
    layers: s.layers,
    technologies: s.technologies,
    budgetMin: s.budgetMin ?? undefined,
    budgetMax: s.budgetMax ?? undefined,
  }));
}

async function loadNeeds(): Promise<MarketData['needs']> {
  const needs = await NeedModel.find({ status: { $in: ['published', 'closed'] } }).lean();
  return needs.map((n) => ({
    id: n._id.toHexString(),
    sector: n.sector,
    applicationAreas: n.applicationAreas,
    budgetBand: n.budgetBand,
    readiness: n.readiness ?? undefined,
    status: n.status,
    publishedAt: n.publishedAt ?? n.createdAt,
    doc: n as RankableNeed,
  }));
}

async function loadInquiries(): Promise<Inquiry[]> {
  const inquiries = await InquiryModel.find({}, { needId: 1, createdAt: 1, firstReplyAt: 1 }).lean();
  return inquiries.map((i) => ({ needId: hex(i.needId), createdAt: i.createdAt, firstReplyAt: i.firstReplyAt ?? undefined }));
}

async function loadQuotes(): Promise<Quote[]> {
  const quotes = await QuoteModel.find({}, { needId: 1, createdAt: 1, status: 1, decidedAt: 1 }).lean();
  return quotes.map((q) => ({ needId: hex(q.needId), createdAt: q.createdAt, status: q.status, decidedAt: q.decidedAt ?? undefined }));
}

async function loadCases(): Promise<MarketData['cases']> {
  const cases = await CaseStudyModel.find({ status: 'published', budgetBand: { $exists: true, $ne: 'unknown' } }, { clientSector: 1, applicationAreas: 1, budgetBand: 1 }).lean();
  return cases.filter((c) => c.budgetBand).map((c) => ({ sector: c.clientSector, applicationAreas: c.applicationAreas, budgetBand: c.budgetBand! }));
}
