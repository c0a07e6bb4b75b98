// Search requests and responses: validate the query strings of /api/search/*, type the client, feed OpenAPI.
import { z } from 'zod';
import { limits } from '../limits';
import {
  APPLICATION_AREA_KEYS,
  BUDGET_BAND_KEYS,
  COMPANY_SIZE_KEYS,
  LANGUAGE_KEYS,
  LAYER_KEYS,
  MARKET_KEYS,
  SECTOR_KEYS,
  TECHNOLOGY_KEYS,
} from '../taxonomy';
import { objectIdSchema, queryList } from './common';

/** Budget bands with a HK$ range (`unknown` has none, so it cannot filter). */
export const SEARCH_BUDGET_KEYS = BUDGET_BAND_KEYS.filter((k) => k !== 'unknown') as [
  Exclude<(typeof BUDGET_BAND_KEYS)[number], 'unknown'>,
  ...Exclude<(typeof BUDGET_BAND_KEYS)[number], 'unknown'>[],
];
export const SEARCH_SORTS = ['relevance', 'caseStudies', 'newest'] as const;
export const CASE_SEARCH_SORTS = ['relevance', 'newest'] as const;

const text = z.string().trim().max(limits.searchText).optional();
const bool = z.enum(['true', 'false']).transform((v) => v === 'true');
const page = {
  page: z.coerce.number().int().min(1).max(limits.searchPageMax).default(1),
  pageSize: z.coerce.number().int().min(1).max(limits.searchPageSizeMax).default(limits.pageSizeDefault),
};

/** Supplier facets, by their query-parameter names. */
export const SUPPLIER_FACETS = ['layer', 'technology', 'sector', 'applicationArea', 'companySize', 'market', 'language', 'verified'] as const;
export const CASE_FACETS = ['sector', 'applicationArea', 'technology', 'budget', 'verified'] as const;
export type SupplierFacet = (typeof SUPPLIER_FACETS)[number];
export type CaseFacet = (typeof CASE_FACETS)[number];

export const supplierSearchQuerySchema = z.object({
  q: text,
  layer: queryList(z.enum(LAYER_KEYS)).optional(),
  technology: queryList(z.enum(TECHNOLOGY_KEYS)).optional(),
  sector: queryList(z.enum(SECTOR_KEYS)).optional(),
  applicationArea: queryList(z.enum(APPLICATION_AREA_KEYS)).optional(),
  companySize: queryList(z.enum(COMPANY_SIZE_KEYS)).optional(),
  market: queryList(z.enum(MARKET_KEYS)).optional(),
  language: queryList(z.enum(LANGUAGE_KEYS)).optional(),
  verified: bool.optional(),
  /** A supplier matches when its HK$ range overlaps the band's. */
  budget: z.enum(SEARCH_BUDGET_KEYS).optional(),
  sort: z.enum(SEARCH_SORTS).default('relevance'),
  ...page,
});

export const caseSearchQuerySchema = z.object({
  q: text,
  sector: queryList(z.enum(SECTOR_KEYS)).optional(),
  applicationArea: queryList(z.enum(APPLICATION_AREA_KEYS)).optional(),
  technology: queryList(z.enum(TECHNOLOGY_KEYS)).optional(),
  /** The case study's own budget band (one of several may be given). */
  budget: queryList(z.enum(BUDGET_BAND_KEYS)).optional(),
  verified: bool.optional(),
  sort: z.enum(CASE_SEARCH_SORTS).default('relevance'),
  ...page,
});

export const suggestQuerySchema = z.object({
  q: z.string().trim().min(1).max(limits.searchText),
  limit: z.coerce.number().int().min(1).max(10).default(8),
});

/** Field → HTML fragment: everything escaped except <mark>…</mark> around matches. Render only these with v-html. */
const highlights = z.record(z.string(), z.string());
/** Facet → value → count, for the current query and the other active filters. */
const facets = z.record(z.string(), z.record(z.string(), z.number().int()));

export const supplierHitSchema = z.object({
  id: objectIdSchema,
  externalId: z.string().optional(),
  slug: z.string(),
  name: z.string(),
  nameZh: z.string().optional(),
  layers: z.array(z.enum(LAYER_KEYS)),
  sectors: z.array(z.enum(SECTOR_KEYS)),
  projectBudgetHKD: z.object({ min: z.number().int().optional(), max: z.number().int().optional() }).optional(),
  verified: z.boolean(),
  caseStudyCount: z.number().int(),
  highlights,
});

export const caseHitSchema = z.object({
  id: objectIdSchema,
  externalId: z.string().optional(),
  slug: z.string(),
  title: z.string(),
  titleZh: z.string().optional(),
  supplier: z.object({ id: objectIdSchema, name: z.string(), nameZh: z.string().optional() }),
  sector: z.enum(SECTOR_KEYS),
  outcome: z.string().optional(),
  year: z.number().int().optional(),
  verified: z.boolean(),
  highlights,
});

function resultsOf<T extends z.ZodType>(hit: T) {
  return z.object({
    hits: z.array(hit),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    facets,
    tookMs: z.number(),
    /** The query as searched when a typo was corrected ("chatbto" → "chatbot"), for "Showing results for …". */
    correctedQuery: z.string().optional(),
    /** True when the engine could not answer and a simple database query did: no typos, synonyms or facets. */
    degraded: z.boolean(),
  });
}

export const supplierSearchResultSchema = resultsOf(supplierHitSchema);
export const caseSearchResultSchema = resultsOf(caseHitSchema);
export const suggestResultSchema = z.object({ suggestions: z.array(z.string()), degraded: z.boolean() });

export const synonymGroupsSchema = z
  .array(z.array(z.string().trim().min(1).max(limits.synonymTerm)).min(2).max(limits.synonymGroupTerms))
  .max(limits.synonymGroups);
export const synonymsResultSchema = z.object({ groups: synonymGroupsSchema });

export type SupplierSearchQuery = z.infer<typeof supplierSearchQuerySchema>;
export type CaseSearchQuery = z.infer<typeof caseSearchQuerySchema>;
export type SupplierHit = z.infer<typeof supplierHitSchema>;
export type CaseHit = z.infer<typeof caseHitSchema>;
export type SupplierSearchResult = z.infer<typeof supplierSearchResultSchema>;
export type CaseSearchResult = z.infer<typeof caseSearchResultSchema>;
export type SuggestResult = z.infer<typeof suggestResultSchema>;
export type SynonymGroups = z.infer<typeof synonymGroupsSchema>;
export type SearchSortKey = (typeof SEARCH_SORTS)[number];
export type CaseSearchSortKey = (typeof CASE_SEARCH_SORTS)[number];
export type SearchBudgetKey = (typeof SEARCH_BUDGET_KEYS)[number];
