// Shares of a generated market, to compare against the survey figures in DOMAIN.md (used by tests and reports).
import type { InterchangeFile } from '../shared/schemas/interchange';
import { COMPANY_SIZE_KEYS, LAYER_KEYS, MARKET_KEYS, SECTOR_KEYS } from '../shared/taxonomy';

export type Shares = Record<string, number>;

export function marketShares(file: InterchangeFile) {
  const all = file.suppliers;
  const share = (test: (s: (typeof all)[number]) => boolean) => round((all.filter(test).length / all.length) * 100);
  const byKey = <K extends string>(keys: readonly K[], test: (s: (typeof all)[number], k: K) => boolean): Shares =>
    Object.fromEntries(keys.map((k) => [k, share((s) => test(s, k))]));
  const sectorCounts = [1, 2, 3].map((n) => share((s) => s.sectors.length === n));
  return {
    layers: byKey(LAYER_KEYS, (s, k) => s.layers.includes(k)),
    allThreeLayers: share((s) => s.layers.length === 3),
    sectors: byKey(SECTOR_KEYS, (s, k) => s.sectors.includes(k)),
    sectorCount: { one: sectorCounts[0]!, two: sectorCounts[1]!, three: sectorCounts[2]!, more: share((s) => s.sectors.length > 3) },
    sizes: byKey(COMPANY_SIZE_KEYS, (s, k) => s.companySize === k),
    smes: share((s) => ['1-5', '6-9', '10-19', '20-49'].includes(s.companySize ?? '')),
    markets: byKey(MARKET_KEYS, (s, k) => s.markets?.includes(k) ?? false),
    zhHans: share((s) => s.languages?.includes('zh-Hans') ?? false),
    verified: share((s) => s.verified === true),
    budgetMinMedian: median(all.map((s) => s.projectBudgetHKD?.min ?? 0)),
    budgetMaxMedian: median(all.map((s) => s.projectBudgetHKD?.max ?? 0)),
    budgetMaxOver2m: share((s) => (s.projectBudgetHKD?.max ?? 0) > 2_000_000),
    caseStudies: all.reduce((n, s) => n + (s.caseStudies?.length ?? 0), 0),
  };
}

const round = (x: number) => Math.round(x * 10) / 10;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
