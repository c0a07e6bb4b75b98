// Market insights: the curators' view of supply against demand, the public market page and what AI projects cost
// in Hong Kong. Every figure travels as a table (row keys, column keys, numbers), so one shape feeds the charts,
// the accessible tables beside them and the CSV downloads.
import { z } from 'zod';
import { APPLICATION_AREA_KEYS, BUDGET_BAND_KEYS, SECTOR_KEYS } from '../taxonomy';

export const INSIGHT_PERIODS = ['3m', '6m', '12m', '24m', 'all'] as const;
export type InsightPeriod = (typeof INSIGHT_PERIODS)[number];

export const CURATOR_TABLES = [
  'demand-by-sector',
  'demand-by-area',
  'unmet',
  'unmet-capabilities',
  'budgets',
  'readiness',
  'funnel',
  'response',
  'supply-by-layer',
  'supply-by-technology',
] as const;
export const PUBLIC_TABLES = ['market-by-sector', 'market-by-area', 'market-by-layer'] as const;
export type CuratorTableKey = (typeof CURATOR_TABLES)[number];

/** Rows are taxonomy keys or months (YYYY-MM); a null value is "none to say" (or, on public tables, a hidden small count). */
export const insightTableSchema = z.object({
  key: z.enum([...CURATOR_TABLES, ...PUBLIC_TABLES]),
  columns: z.array(z.string()),
  rows: z.array(z.object({ key: z.string(), values: z.array(z.number().nullable()) })),
});
export type InsightTable = z.infer<typeof insightTableSchema>;

export const insightsQuerySchema = z.object({
  period: z.enum(INSIGHT_PERIODS).default('12m'),
  sector: z.enum(SECTOR_KEYS).optional(),
});
export type InsightsQuery = z.infer<typeof insightsQuerySchema>;

export const curatorInsightsSchema = z.object({
  period: z.enum(INSIGHT_PERIODS),
  sector: z.enum(SECTOR_KEYS).optional(),
  /** First day counted (needs published, inquiries and quotes since then); absent for "all". */
  from: z.string().optional(),
  computedAt: z.string(),
  /** The fit a need's best match must reach to count as matched (the matcher's "fair"). */
  fairFit: z.object({ score: z.number(), relevance: z.number() }),
  /** Needs whose best match is still being computed: not yet counted as matched or unmet. */
  pendingNeeds: z.number().int(),
  tables: z.array(insightTableSchema),
});
export type CuratorInsights = z.infer<typeof curatorInsightsSchema>;

export const insightTableParamsSchema = z.object({ table: z.enum(CURATOR_TABLES) });

export const publicMarketSchema = z.object({
  /** Demand counts below this are hidden (null): a small cell could point at one SME. */
  hiddenBelow: z.number().int(),
  suppliers: z.number().int(),
  publishedNeeds: z.number().int().nullable(),
  tables: z.array(insightTableSchema),
});
export type PublicMarket = z.infer<typeof publicMarketSchema>;

/** One cell of the cost table: a sector, an application area, both, or neither (all published case studies). */
export const costRowSchema = z.object({
  sector: z.enum(SECTOR_KEYS).nullable(),
  applicationArea: z.enum(APPLICATION_AREA_KEYS).nullable(),
  cases: z.number().int(),
  p25: z.number(),
  median: z.number(),
  p75: z.number(),
  /** How many of the cases fall in each budget band, so a chosen band can be compared with them. */
  byBand: z.record(z.enum(BUDGET_BAND_KEYS), z.number().int()),
});
export const projectCostsSchema = z.object({
  /** Cells with fewer published case studies than this are left out. */
  minCases: z.number().int(),
  rows: z.array(costRowSchema),
});
export type CostRow = z.infer<typeof costRowSchema>;
export type ProjectCosts = z.infer<typeof projectCostsSchema>;
