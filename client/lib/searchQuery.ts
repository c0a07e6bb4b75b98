// The search page's state lives in the URL (shareable, back button works):
// /search?q=vision&layer=application&sector=manufacturing,logistics&budget=100k-300k&verified=true&sort=newest&page=2
// Types only from shared/schemas (keeps zod out of the bundle); values from the zod-free taxonomy.
import type { SearchBudgetKey, SearchSortKey, SupplierFacet } from '../../shared/schemas/search';
import {
  APPLICATION_AREA_KEYS, BUDGET_BAND_KEYS, COMPANY_SIZE_KEYS, LANGUAGE_KEYS, LAYER_KEYS, MARKET_KEYS, SECTOR_KEYS, TECHNOLOGY_KEYS, type TaxonomyName,
} from '../../shared/taxonomy';
import type { QueryLike } from './supplierQuery';

export const BUDGET_KEYS = BUDGET_BAND_KEYS.filter((k): k is SearchBudgetKey => k !== 'unknown');
export const SORTS: readonly SearchSortKey[] = ['relevance', 'caseStudies', 'newest'];

export type ListFacet = Exclude<SupplierFacet, 'verified'>;

/** The checkbox facets, in sidebar order: query parameter, taxonomy (for labels) and allowed keys. */
export const LIST_FACETS: { facet: ListFacet; taxonomy: TaxonomyName; keys: readonly string[] }[] = [
  { facet: 'layer', taxonomy: 'layers', keys: LAYER_KEYS },
  { facet: 'sector', taxonomy: 'sectors', keys: SECTOR_KEYS },
  { facet: 'technology', taxonomy: 'technologies', keys: TECHNOLOGY_KEYS },
  { facet: 'applicationArea', taxonomy: 'applicationAreas', keys: APPLICATION_AREA_KEYS },
  { facet: 'companySize', taxonomy: 'companySizes', keys: COMPANY_SIZE_KEYS },
  { facet: 'market', taxonomy: 'markets', keys: MARKET_KEYS },
  { facet: 'language', taxonomy: 'languages', keys: LANGUAGE_KEYS },
];

export type SearchState = {
  q: string;
  filters: Record<ListFacet, string[]>;
  budget?: SearchBudgetKey;
  verified: boolean;
  sort: SearchSortKey;
  page: number;
};

const first = (raw: QueryLike[string]) => (Array.isArray(raw) ? raw[0] : raw) ?? undefined;

function listFrom(raw: QueryLike[string], allowed: readonly string[]): string[] {
  const values = (Array.isArray(raw) ? raw : [raw]).flatMap((v) => (v ?? '').split(',')).map((v) => v.trim());
  return allowed.filter((key) => values.includes(key));
}

export function searchStateFromQuery(query: QueryLike): SearchState {
  const page = Number(first(query.page));
  const budget = first(query.budget);
  const sort = first(query.sort);
  return {
    q: (first(query.q) ?? '').slice(0, 200),
    filters: Object.fromEntries(LIST_FACETS.map(({ facet, keys }) => [facet, listFrom(query[facet], keys)])) as Record<ListFacet, string[]>,
    budget: BUDGET_KEYS.find((k) => k === budget),
    verified: first(query.verified) === 'true',
    sort: SORTS.find((s) => s === sort) ?? 'relevance',
    page: Number.isInteger(page) && page >= 1 && page <= 200 ? page : 1,
  };
}

/** Defaults are left out, so equal states give equal URLs. */
export function queryFromSearchState(state: SearchState): Record<string, string> {
  const query: Record<string, string> = {};
  if (state.q.trim()) query.q = state.q.trim();
  for (const { facet, keys } of LIST_FACETS) {
    const values = keys.filter((k) => state.filters[facet].includes(k));
    if (values.length) query[facet] = values.join(',');
  }
  if (state.budget) query.budget = state.budget;
  if (state.verified) query.verified = 'true';
  if (state.sort !== 'relevance') query.sort = state.sort;
  if (state.page > 1) query.page = String(state.page);
  return query;
}

export type Chip = { facet: ListFacet | 'budget' | 'verified'; value: string };

/** Every active filter, in sidebar order, for the removable chips. */
export function activeChips(state: SearchState): Chip[] {
  const chips: Chip[] = LIST_FACETS.flatMap(({ facet }) => state.filters[facet].map((value) => ({ facet, value })));
  if (state.budget) chips.push({ facet: 'budget', value: state.budget });
  if (state.verified) chips.push({ facet: 'verified', value: 'true' });
  return chips;
}

/** The state without one chip's filter, back on page 1. */
export function withoutChip(state: SearchState, chip: Chip): SearchState {
  const next: SearchState = { ...state, filters: { ...state.filters }, page: 1 };
  if (chip.facet === 'budget') next.budget = undefined;
  else if (chip.facet === 'verified') next.verified = false;
  else next.filters[chip.facet] = state.filters[chip.facet].filter((v) => v !== chip.value);
  return next;
}

export function clearedFilters(state: SearchState): SearchState {
  return searchStateFromQuery(state.q ? { q: state.q, sort: state.sort } : { sort: state.sort });
}
