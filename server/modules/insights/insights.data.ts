// The records insights count, read with plain finds and projections (each collection scanned once) and kept
// until something they depend on changes. Invalidation: supplier and case study events (`suppliers.changed`,
// `suppliers.removed`, `cases.changed`, `cases.removed`), and any write this process made to needs, inquiries or
// quotes (`writeCount`, counted by Mongoose hooks); MAX_AGE_MS bounds what another process (the CLI, a second
// app instance) wrote.
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

let eventGeneration = 0;
const bump = () => void eventGeneration++;
for (const name of ['suppliers.changed', 'suppliers.removed', 'cases.changed', 'cases.removed'] as const) domainEvents.on(name, bump);

const stamp = () => `${eventGeneration}:${writeCount('needs')}:${writeCount('inquiries')}:${writeCount('inquiry_quotes')}`;

let cached: { data: Promise<MarketData>; stamp: string; at: number } | undefined;

/** The current records, read once per change. A failed read is not kept. */
export function marketData(): Promise<MarketData> {
  const now = stamp();
  if (cached && cached.stamp === now && performance.now() - cached.at < MAX_AGE_MS) return cached.data;
  const data = load();
  const entry = { data, stamp: now, at: performance.now() };
  cached = entry;
  data.catch(() => {
    if (cached === entry) cached = undefined;
  });
  return data;
}

/** The stamp of what `marketData` would answer now: derived results keyed by it are current while it holds. */
export function dataStamp(): string {
  return cached ? `${cached.stamp}@${cached.at}` : 'none';
}

const hex = (id: { toHexString(): string } | null | undefined) => id?.toHexString();

async function load(): Promise<MarketData> {
  const [suppliers, needs, inquiries, quotes, cases] = await Promise.all([
    SupplierModel.find({}, { sectors: 1, applicationAreas: 1, layers: 1, technologies: 1, budgetMin: 1, budgetMax: 1 }).lean(),
    NeedModel.find({ status: { $in: ['published', 'closed'] } }).lean(),
    InquiryModel.find({}, { needId: 1, createdAt: 1, firstReplyAt: 1 }).lean(),
    QuoteModel.find({}, { needId: 1, createdAt: 1, status: 1, decidedAt: 1 }).lean(),
    CaseStudyModel.find({ status: 'published', budgetBand: { $exists: true, $ne: 'unknown' } }, { clientSector: 1, applicationAreas: 1, budgetBand: 1 }).lean(),
  ]);
  return {
    supply: suppliers.map((s) => ({
      sectors: s.sectors,
      applicationAreas: s.applicationAreas,
      layers: s.layers,
      technologies: s.technologies,
      budgetMin: s.budgetMin ?? undefined,
      budgetMax: s.budgetMax ?? undefined,
    })),
    needs: needs.map((n) => ({
      id: n._id.toHexString(),
      sector: n.sector,
      applicationAreas: n.applicationAreas,
      budgetBand: n.budgetBand,
      readiness: n.readiness ?? undefined,
      status: n.status,
      publishedAt: n.publishedAt ?? n.createdAt,
      doc: n as RankableNeed,
    })),
    inquiries: inquiries.map((i) => ({ needId: hex(i.needId), createdAt: i.createdAt, firstReplyAt: i.firstReplyAt ?? undefined })),
    quotes: quotes.map((q) => ({ needId: hex(q.needId), createdAt: q.createdAt, status: q.status, decidedAt: q.decidedAt ?? undefined })),
    cases: cases.filter((c) => c.budgetBand).map((c) => ({ sector: c.clientSector, applicationAreas: c.applicationAreas, budgetBand: c.budgetBand! })),
  };
}
