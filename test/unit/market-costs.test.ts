// The wizard's reading of the cost table: which cell speaks for a need, and when a budget is "below most of them".
import { describe, expect, it } from 'vitest';
import { belowMost, costFor, shareAbove } from '../../shared/costs';
import type { CostRow, ProjectCosts } from '../../shared/schemas/insights';
import { BUDGET_BAND_KEYS } from '../../shared/taxonomy';

const cell = (sector: CostRow['sector'], applicationArea: CostRow['applicationArea'], bands: Record<string, number>): CostRow => {
  const byBand = Object.fromEntries(BUDGET_BAND_KEYS.map((b) => [b, bands[b] ?? 0])) as CostRow['byBand'];
  const cases = Object.values(bands).reduce((a, b) => a + b, 0);
  return { sector, applicationArea, cases, p25: 0, median: 0, p75: 0, byBand };
};

const costs: ProjectCosts = {
  minCases: 5,
  rows: [
    cell(null, null, { '100k-300k': 10, '300k-500k': 10 }),
    cell('manufacturing', null, { '300k-500k': 6 }),
    cell('manufacturing', 'operations', { '300k-500k': 3, '500k-1m': 3 }),
    cell('manufacturing', 'rnd', { '1m-2m': 8 }),
    cell(null, 'marketing', { 'below-100k': 5 }),
  ],
};

describe('what similar projects cost', () => {
  it('speaks from the most specific cell with enough case studies', () => {
    expect(costFor(costs, 'manufacturing', ['operations'])).toMatchObject({ sector: 'manufacturing', applicationArea: 'operations' });
    expect(costFor(costs, 'manufacturing', ['operations', 'rnd'])).toMatchObject({ applicationArea: 'rnd' });
    expect(costFor(costs, 'manufacturing', ['legal'])).toMatchObject({ sector: 'manufacturing', applicationArea: null });
    expect(costFor(costs, 'education', ['marketing'])).toMatchObject({ sector: null, applicationArea: 'marketing' });
    expect(costFor(costs, 'education', ['legal'])).toMatchObject({ sector: null, applicationArea: null });
    expect(costFor({ minCases: 5, rows: [] }, 'education', [])).toBeUndefined();
  });

  it('warns when more than half the projects cost more than the band allows', () => {
    const row = costs.rows[2]!;
    expect(shareAbove(row, 'below-100k')).toBe(1);
    expect(belowMost(row, '100k-300k')).toBe(true);
    expect(shareAbove(row, '300k-500k')).toBe(0.5);
    expect(belowMost(row, '300k-500k')).toBe(false);
    expect(belowMost(row, '100m-plus')).toBe(false);
    expect(belowMost(row, 'unknown')).toBe(false);
  });
});
