// How each insights table is drawn: chart type, the columns plotted (the table beside it shows every column) and
// what its row keys are (taxonomy keys or months). Pure: labels come in as functions.
import type { InsightTable } from '../../shared/schemas/insights';
import type { TaxonomyName } from '../../shared/taxonomy';

/** Rows are taxonomy keys, months, or words as they stand (the needs' own words). */
export type ChartSpec = { type: 'bar' | 'line'; columns: string[]; stacked?: boolean; rows: TaxonomyName | 'month' | 'words' };

export const CHART_SPECS: Record<InsightTable['key'], ChartSpec> = {
  'demand-by-sector': { type: 'bar', columns: ['needs', 'suppliers'], rows: 'sectors' },
  'demand-by-area': { type: 'bar', columns: ['needs', 'suppliers'], rows: 'applicationAreas' },
  unmet: { type: 'bar', columns: ['capability', 'sectorExperience', 'budget', 'language'], rows: 'sectors' },
  'unmet-capabilities': { type: 'bar', columns: ['needs'], rows: 'words' },
  budgets: { type: 'bar', columns: ['needMedianHKD', 'supplierMedianMinHKD', 'supplierMedianMaxHKD'], rows: 'sectors' },
  readiness: { type: 'bar', columns: ['unaware', 'aware', 'ready', 'competent', 'unassessed'], stacked: true, rows: 'month' },
  funnel: { type: 'line', columns: ['needs', 'matched', 'inquiries', 'quotes', 'accepted'], rows: 'month' },
  response: { type: 'line', columns: ['medianReplyHours'], rows: 'month' },
  'supply-by-layer': { type: 'bar', columns: ['sharePct', 'surveySharePct'], rows: 'layers' },
  'supply-by-technology': { type: 'bar', columns: ['sharePct'], rows: 'technologies' },
  'market-by-sector': { type: 'bar', columns: ['suppliers', 'needs'], rows: 'sectors' },
  'market-by-area': { type: 'bar', columns: ['suppliers', 'needs'], rows: 'applicationAreas' },
  'market-by-layer': { type: 'bar', columns: ['suppliers'], rows: 'layers' },
};

/** Readiness columns are the taxonomy's levels; every other column has its own string. */
export const READINESS_COLUMNS = new Set(['unaware', 'aware', 'ready', 'competent']);

/** "2026-03" as "Mar 2026" / "2026年3月". */
export function monthLabel(month: string, locale: string): string {
  const [y, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(locale === 'zh-Hant' ? 'zh-HK' : 'en-HK', { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(y!, m! - 1, 1)));
}
