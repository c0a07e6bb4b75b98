// The curators' tables, computed in code from plain records (no $facet or $lookup: FerretDB v1 has neither, and
// $group accumulators beyond $sum are missing too). Pure functions: the service loads and filters, these count.
import type { InsightTable } from '../../../shared/schemas/insights';
import {
  APPLICATION_AREA_KEYS,
  BUDGET_BAND_RANGES,
  LAYER_KEYS,
  READINESS_KEYS,
  SECTOR_KEYS,
  TECHNOLOGY_KEYS,
  type BudgetBand,
} from '../../../shared/taxonomy';

export type Supply = { sectors: readonly string[]; applicationAreas: readonly string[]; layers: readonly string[]; technologies: readonly string[]; budgetMin?: number; budgetMax?: number };
export type Demand = { id: string; sector: string; applicationAreas: string[]; budgetBand: string; readiness?: string; status: string; publishedAt: Date };
/** Times in epoch milliseconds: 20,000 inquiries kept as Date objects took 3.7 MB more. */
export type Inquiry = { needId?: string; createdAt: number; firstReplyAt?: number };
export type Quote = { needId?: string; createdAt: number; status: string; decidedAt?: number };
/** What a need's best match lacks, read from the matcher's reasons. */
const GAPS = ['capability', 'sectorExperience', 'budget', 'language'] as const;
export type Gap = (typeof GAPS)[number];
/** `missing`: what the need asks for that its best match does not offer (the matcher's concepts, heaviest first). */
export type BestFit = { fair: boolean; gaps: Gap[]; missing: string[] };
/** Missing capabilities named in the table: the most frequent ones. */
const CAPABILITIES_SHOWN = 20;

/** Shares of surveyed suppliers working on each layer (DOMAIN.md; a supplier may work on several). */
const SURVEY_LAYER_SHARES: Record<string, number> = { basic: 49, technology: 41, application: 59 };

const round1 = (n: number) => Math.round(n * 10) / 10;
const pct = (part: number, whole: number) => (whole ? round1((100 * part) / whole) : null);

export function median(values: number[]): number | null {
  if (!values.length) return null;
  return quantile([...values].sort((a, b) => a - b), 0.5);
}

/** Linear interpolation between order statistics of sorted values. */
export function quantile(sorted: number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

/** One figure for a budget band: its midpoint, and half again above the floor for the open top band. */
export function bandValue(band: string): number | null {
  if (band === 'unknown') return null;
  const range = BUDGET_BAND_RANGES[band as Exclude<BudgetBand, 'unknown'>];
  if (!range) return null;
  return range.max === null ? range.min * 1.5 : (range.min + range.max) / 2;
}

const monthOf = (d: Date | number) => new Date(d).toISOString().slice(0, 7);

/** Every month from the first to the last, so a quiet month shows as zeros rather than missing. */
export function monthsBetween(from: Date, to: Date): string[] {
  const months: string[] = [];
  const d = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), 1));
  while (d <= to) {
    months.push(monthOf(d));
    d.setUTCMonth(d.getUTCMonth() + 1);
  }
  return months;
}

/** Items grouped by a key, in one pass. */
function groupBy<T>(items: T[], keyOf: (t: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

export function countBy<T>(items: T[], keysOf: (t: T) => readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) for (const k of new Set(keysOf(item))) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

function demandAgainstSupply(key: InsightTable['key'], rows: readonly string[], needs: Map<string, number>, suppliers: Map<string, number>): InsightTable {
  return {
    key,
    columns: ['needs', 'suppliers', 'suppliersPerNeed'],
    rows: rows.map((k) => {
      const n = needs.get(k) ?? 0;
      const s = suppliers.get(k) ?? 0;
      return { key: k, values: [n, s, n ? round1(s / n) : null] };
    }),
  };
}

export function demandBySector(needs: Demand[], supply: Supply[]): InsightTable {
  return demandAgainstSupply('demand-by-sector', SECTOR_KEYS, countBy(needs, (n) => [n.sector]), countBy(supply, (s) => s.sectors));
}

export function demandByArea(needs: Demand[], supply: Supply[]): InsightTable {
  return demandAgainstSupply('demand-by-area', APPLICATION_AREA_KEYS, countBy(needs, (n) => n.applicationAreas), countBy(supply, (s) => s.applicationAreas));
}

/** Open published needs whose best match is below a fair fit, per sector, by what the best match lacks. */
export function unmetNeeds(needs: Demand[], fits: Map<string, BestFit>): InsightTable {
  const bySector = groupBy(needs.filter((n) => n.status === 'published'), (n) => n.sector);
  return {
    key: 'unmet',
    columns: ['needs', 'unmet', ...GAPS],
    rows: SECTOR_KEYS.flatMap((sector) => {
      const inSector = bySector.get(sector) ?? [];
      if (!inSector.length) return [];
      const unmet = inSector.map((n) => fits.get(n.id)).filter((f): f is BestFit => !!f && !f.fair);
      return [{ key: sector, values: [inSector.length, unmet.length, ...GAPS.map((g) => unmet.filter((f) => f.gaps.includes(g)).length)] }];
    }),
  };
}

/** What unmet needs ask for that no listed supplier offers: the words to recruit suppliers by, most frequent first. */
export function unmetCapabilities(needs: Demand[], fits: Map<string, BestFit>): InsightTable {
  const unmet = needs.filter((n) => n.status === 'published').map((n) => fits.get(n.id)).filter((f): f is BestFit => !!f && !f.fair && f.gaps.includes('capability'));
  const counts = countBy(unmet, (f) => f.missing);
  const rows = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, CAPABILITIES_SHOWN);
  return { key: 'unmet-capabilities', columns: ['needs'], rows: rows.map(([key, n]) => ({ key, values: [n] })) };
}

/** Needs' budget bands against the typical project ranges of the suppliers serving the sector. */
export function budgets(needs: Demand[], supply: Supply[]): InsightTable {
  const needsBySector = groupBy(needs, (n) => n.sector);
  const pricedBySector = new Map<string, Supply[]>();
  for (const s of supply) {
    if (s.budgetMin === undefined || s.budgetMax === undefined) continue;
    for (const sector of s.sectors) {
      const list = pricedBySector.get(sector);
      if (list) list.push(s);
      else pricedBySector.set(sector, [s]);
    }
  }
  return {
    key: 'budgets',
    columns: ['needs', 'needMedianHKD', 'suppliers', 'supplierMedianMinHKD', 'supplierMedianMaxHKD', 'needsBelowSupplierRange'],
    rows: SECTOR_KEYS.flatMap((sector) => {
      const values = (needsBySector.get(sector) ?? []).map((n) => n.budgetBand);
      const priced = pricedBySector.get(sector) ?? [];
      if (!values.length && !priced.length) return [];
      const minMedian = median(priced.map((s) => s.budgetMin!));
      const below = minMedian === null ? null : values.filter((b) => b !== 'unknown' && (BUDGET_BAND_RANGES[b as Exclude<BudgetBand, 'unknown'>]?.max ?? Infinity) <= minMedian).length;
      const needMedian = median(values.map(bandValue).filter((v): v is number => v !== null));
      return [{ key: sector, values: [values.length, needMedian, priced.length, minMedian, median(priced.map((s) => s.budgetMax!)), below] }];
    }),
  };
}

export function readinessByMonth(needs: Demand[], months: string[]): InsightTable {
  const columns = [...READINESS_KEYS, 'unassessed'];
  const byMonth = groupBy(needs, (n) => monthOf(n.publishedAt));
  return {
    key: 'readiness',
    columns,
    rows: months.map((m) => {
      const counts = countBy(byMonth.get(m) ?? [], (n) => [n.readiness ?? 'unassessed']);
      return { key: m, values: columns.map((c) => counts.get(c) ?? 0) };
    }),
  };
}

/** Needs posted in a month, how many of them found a fair match, and the inquiries, quotes and acceptances of the month. */
export function funnel(needs: Demand[], fits: Map<string, BestFit>, inquiries: Inquiry[], quotes: Quote[], months: string[]): InsightTable {
  const posted = countBy(needs, (n) => [monthOf(n.publishedAt)]);
  const matched = countBy(needs.filter((n) => fits.get(n.id)?.fair), (n) => [monthOf(n.publishedAt)]);
  const asked = countBy(inquiries, (i) => [monthOf(i.createdAt)]);
  const quoted = countBy(quotes, (q) => [monthOf(q.createdAt)]);
  const accepted = countBy(quotes.filter((q) => q.status === 'accepted'), (q) => [monthOf(q.decidedAt ?? q.createdAt)]);
  return {
    key: 'funnel',
    columns: ['needs', 'matched', 'inquiries', 'quotes', 'accepted'],
    rows: months.map((m) => ({ key: m, values: [posted, matched, asked, quoted, accepted].map((c) => c.get(m) ?? 0) })),
  };
}

/** Suppliers' first replies to the inquiries of each month: how many, how soon (median hours), and the share answered. */
export function responseTimes(inquiries: Inquiry[], months: string[]): InsightTable {
  const byMonth = groupBy(inquiries, (i) => monthOf(i.createdAt));
  return {
    key: 'response',
    columns: ['inquiries', 'replied', 'medianReplyHours', 'replyRatePct'],
    rows: months.map((m) => {
      const inMonth = byMonth.get(m) ?? [];
      const hours = inMonth.filter((i) => i.firstReplyAt).map((i) => (i.firstReplyAt! - i.createdAt) / 3_600_000);
      const med = median(hours);
      return { key: m, values: [inMonth.length, hours.length, med === null ? null : round1(med), pct(hours.length, inMonth.length)] };
    }),
  };
}

/** Listed suppliers per layer and technology, as shares comparable with the study's survey (a supplier may count in several). */
export function supplyShares(supply: Supply[]): InsightTable[] {
  const layers = countBy(supply, (s) => s.layers);
  const techs = countBy(supply, (s) => s.technologies);
  const columns = ['suppliers', 'sharePct', 'surveySharePct'];
  return [
    { key: 'supply-by-layer', columns, rows: LAYER_KEYS.map((k) => ({ key: k, values: [layers.get(k) ?? 0, pct(layers.get(k) ?? 0, supply.length), SURVEY_LAYER_SHARES[k] ?? null] })) },
    // The study asked suppliers about technologies but published no shares for them: nothing to compare with.
    { key: 'supply-by-technology', columns, rows: TECHNOLOGY_KEYS.map((k) => ({ key: k, values: [techs.get(k) ?? 0, pct(techs.get(k) ?? 0, supply.length), null] })) },
  ];
}
