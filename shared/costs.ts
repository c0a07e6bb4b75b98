// Reading the cost table for one need: the most specific cell with enough case studies, and how many of its cases
// cost more than a chosen budget band. Shared so the wizard and the tests read the table the same way.
import type { CostRow, ProjectCosts } from './schemas/insights';
import { BUDGET_BAND_RANGES, type BudgetBand } from './taxonomy';

/** Sector and area together (the area with most cases), else the sector, else the area, else every case study. */
export function costFor(costs: ProjectCosts, sector: string | undefined, areas: readonly string[]): CostRow | undefined {
  const find = (s: string | null, a: string | null) => costs.rows.filter((r) => r.sector === s && (a === '*' ? r.applicationArea !== null : r.applicationArea === a));
  const most = (rows: CostRow[]) => rows.sort((x, y) => y.cases - x.cases)[0];
  const inAreas = (rows: CostRow[]) => rows.filter((r) => r.applicationArea !== null && areas.includes(r.applicationArea));
  return (
    (sector ? most(inAreas(find(sector, '*'))) : undefined) ??
    (sector ? find(sector, null)[0] : undefined) ??
    most(inAreas(find(null, '*'))) ??
    find(null, null)[0]
  );
}

/** The share (0–1) of the cell's case studies in bands that start at or above the top of the chosen band. */
export function shareAbove(row: CostRow, band: string): number {
  const chosen = BUDGET_BAND_RANGES[band as Exclude<BudgetBand, 'unknown'>];
  if (!chosen || chosen.max === null) return 0;
  let above = 0;
  for (const [key, count] of Object.entries(row.byBand)) {
    const range = BUDGET_BAND_RANGES[key as Exclude<BudgetBand, 'unknown'>];
    if (range && range.min >= chosen.max) above += count;
  }
  return row.cases ? above / row.cases : 0;
}

/** "Below most of them": more than half the similar projects cost more than the band allows. */
export const belowMost = (row: CostRow, band: string) => shareAbove(row, band) > 0.5;
