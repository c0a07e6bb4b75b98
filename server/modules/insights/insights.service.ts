// Market insights for curators (every figure, filtered by period and sector), the public market page (aggregates
// only, small demand counts hidden) and what AI projects cost (from published case studies). Services know
// nothing of HTTP; the router presents and the CSV writer serialises what these return.
import type { CostRow, CuratorInsights, InsightPeriod, InsightsQuery, InsightTable, ProjectCosts, PublicMarket } from '../../../shared/schemas/insights';
import { APPLICATION_AREA_KEYS, BUDGET_BAND_KEYS, LAYER_KEYS, SECTOR_KEYS, type BudgetBand } from '../../../shared/taxonomy';
import type { SearchEngine } from '../../platform/search/port';
import { dataStamp, marketData, type MarketData } from './insights.data';
import { bestFits, FAIR_FIT, fitsStamp } from './insights.fit';
import * as t from './insights.tables';

/** Public demand cells below this are hidden: a need or two in a sector could point at one SME. */
const HIDDEN_BELOW = 5;
/** Cost cells need this many published case studies with a budget band. */
const MIN_CASES = 5;
/** A computed answer is reused for this long at most even when nothing announced a change. */
const RESULT_MAX_AGE_MS = 60_000;

const MONTHS: Record<Exclude<InsightPeriod, 'all'>, number> = { '3m': 3, '6m': 6, '12m': 12, '24m': 24 };

/** First day counted: the start of the month `n - 1` months before this one, so every month shown is whole. */
function periodStart(period: InsightPeriod, now = new Date()): Date | undefined {
  if (period === 'all') return undefined;
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (MONTHS[period] - 1), 1));
}

const results = new Map<string, { stamp: string; at: number; value: Promise<CuratorInsights> }>();

export async function curatorInsights(search: SearchEngine, query: InsightsQuery): Promise<CuratorInsights> {
  const data = await marketData();
  const key = `${query.period}|${query.sector ?? ''}`;
  const stamp = `${dataStamp()}|${fitsStamp()}`;
  const hit = results.get(key);
  if (hit && hit.stamp === stamp && performance.now() - hit.at < RESULT_MAX_AGE_MS) return hit.value;
  const value = compute(search, data, query);
  results.set(key, { stamp, at: performance.now(), value });
  // An answer with needs still being ranked is for this caller only; a failed one for nobody.
  const forget = () => results.get(key)?.value === value && results.delete(key);
  value.then((v) => v.pendingNeeds && forget(), forget);
  return value;
}

async function compute(search: SearchEngine, data: MarketData, { period, sector }: InsightsQuery): Promise<CuratorInsights> {
  const now = new Date();
  const from = periodStart(period, now);
  const inPeriod = (d: Date | number) => !from || +d >= +from;
  const needs = data.needs.filter((n) => inPeriod(n.publishedAt) && (!sector || n.sector === sector));
  const sectorOf = new Map(data.needs.map((n) => [n.id, n.sector]));
  // Without a sector filter every inquiry counts; with one, those about a need of that sector.
  const ofSector = (needId?: string) => !sector || (needId !== undefined && sectorOf.get(needId) === sector);
  const inquiries = data.inquiries.filter((i) => inPeriod(i.createdAt) && ofSector(i.needId));
  const quotes = data.quotes.filter((q) => inPeriod(q.createdAt) && ofSector(q.needId));
  const supply = sector ? data.supply.filter((s) => s.sectors.includes(sector)) : data.supply;
  const { fits, pending } = await bestFits(search, needs.map((n) => n.doc));
  const months = t.monthsBetween(from ?? earliest(needs, inquiries, now), now);
  return {
    period,
    sector,
    from: from?.toISOString(),
    computedAt: now.toISOString(),
    fairFit: { score: FAIR_FIT.score, relevance: FAIR_FIT.relevance },
    pendingNeeds: pending,
    tables: [
      t.demandBySector(needs, supply),
      t.demandByArea(needs, supply),
      t.unmetNeeds(needs, fits),
      t.unmetCapabilities(needs, fits),
      t.budgets(needs, supply),
      t.readinessByMonth(needs, months),
      t.funnel(needs, fits, inquiries, quotes, months),
      t.responseTimes(inquiries, months),
      ...t.supplyShares(supply),
    ],
  };
}

function earliest(needs: t.Demand[], inquiries: t.Inquiry[], now: Date): Date {
  let first = now;
  for (const n of needs) if (n.publishedAt < first) first = n.publishedAt;
  for (const i of inquiries) if (i.createdAt < +first) first = new Date(i.createdAt);
  return first;
}

/** 1 to HIDDEN_BELOW - 1 is hidden; none is said as 0, which points at nobody. */
const hide = (n: number) => (n > 0 && n < HIDDEN_BELOW ? null : n);

/** The answer computed from the current records, kept until they change (the public pages are read far more often). */
function perRecords<T>(compute: (data: MarketData) => T): () => Promise<T> {
  let kept: { stamp: string; value: T } | undefined;
  return async () => {
    const data = await marketData();
    const stamp = dataStamp();
    if (kept?.stamp !== stamp) kept = { stamp, value: compute(data) };
    return kept.value;
  };
}

/** What anyone may see: supply in full (profiles are public), demand as counts with small cells hidden. */
export const publicMarket = perRecords(({ supply, needs }): PublicMarket => {
  const open = needs.filter((n) => n.status === 'published');
  const count = (keys: readonly string[], needKeys: (n: t.Demand) => readonly string[], supplyKeys: (s: t.Supply) => readonly string[]) => {
    const suppliers = t.countBy(supply, supplyKeys);
    const demand = t.countBy(open, needKeys);
    return keys.map((k) => ({ key: k, values: [suppliers.get(k) ?? 0, hide(demand.get(k) ?? 0)] }));
  };
  const columns = ['suppliers', 'needs'];
  const tables: InsightTable[] = [
    { key: 'market-by-sector', columns, rows: count(SECTOR_KEYS, (n) => [n.sector], (s) => s.sectors) },
    { key: 'market-by-area', columns, rows: count(APPLICATION_AREA_KEYS, (n) => n.applicationAreas, (s) => s.applicationAreas) },
    { key: 'market-by-layer', columns: ['suppliers'], rows: count(LAYER_KEYS, () => [], (s) => s.layers).map((r) => ({ key: r.key, values: [r.values[0]!] })) },
  ];
  return { hiddenBelow: HIDDEN_BELOW, suppliers: supply.length, publishedNeeds: hide(open.length), tables };
});

function costRow(sector: CostRow['sector'], applicationArea: CostRow['applicationArea'], bands: string[]): CostRow | undefined {
  if (bands.length < MIN_CASES) return undefined;
  const values = bands.map(t.bandValue).filter((v): v is number => v !== null).sort((a, b) => a - b);
  const byBand = Object.fromEntries(BUDGET_BAND_KEYS.map((b) => [b, 0])) as Record<BudgetBand, number>;
  for (const b of bands) byBand[b as BudgetBand] += 1;
  return { sector, applicationArea, cases: bands.length, p25: t.quantile(values, 0.25), median: t.quantile(values, 0.5), p75: t.quantile(values, 0.75), byBand };
}

/** What published case studies cost, per sector and application area, each alone and together, and overall. */
export const projectCosts = perRecords(({ cases }): ProjectCosts => {
  const rows: (CostRow | undefined)[] = [costRow(null, null, cases.map((c) => c.budgetBand))];
  for (const sector of SECTOR_KEYS) {
    const inSector = cases.filter((c) => c.sector === sector);
    rows.push(costRow(sector, null, inSector.map((c) => c.budgetBand)));
    for (const area of APPLICATION_AREA_KEYS) rows.push(costRow(sector, area, inSector.filter((c) => c.applicationAreas.includes(area)).map((c) => c.budgetBand)));
  }
  for (const area of APPLICATION_AREA_KEYS) rows.push(costRow(null, area, cases.filter((c) => c.applicationAreas.includes(area)).map((c) => c.budgetBand)));
  return { minCases: MIN_CASES, rows: rows.filter((r): r is CostRow => !!r) };
});
