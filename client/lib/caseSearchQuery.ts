// The case-study search page's state lives in the URL, like the supplier search:
// /cases?q=defect&sector=manufacturing&technology=computer-vision&verified=true&sort=newest&page=2
import type { CaseSearchSortKey } from '../../shared/schemas/search';
import { APPLICATION_AREA_KEYS, SECTOR_KEYS, TECHNOLOGY_KEYS, type TaxonomyName } from '../../shared/taxonomy';
import type { QueryLike } from './supplierQuery';

export type CaseListFacet = 'sector' | 'applicationArea' | 'technology';
export const CASE_SORTS: readonly CaseSearchSortKey[] = ['relevance', 'newest'];

export const CASE_FACETS: { facet: CaseListFacet; taxonomy: TaxonomyName; keys: readonly string[] }[] = [
  { facet: 'sector', taxonomy: 'sectors', keys: SECTOR_KEYS },
  { facet: 'applicationArea', taxonomy: 'applicationAreas', keys: APPLICATION_AREA_KEYS },
  { facet: 'technology', taxonomy: 'technologies', keys: TECHNOLOGY_KEYS },
];

export type CaseSearchState = { q: string; filters: Record<CaseListFacet, string[]>; verified: boolean; sort: CaseSearchSortKey; page: number };

const first = (raw: QueryLike[string]) => (Array.isArray(raw) ? raw[0] : raw) ?? undefined;
const listFrom = (raw: QueryLike[string], allowed: readonly string[]) => {
  const values = (Array.isArray(raw) ? raw : [raw]).flatMap((v) => (v ?? '').split(',')).map((v) => v.trim());
  return allowed.filter((key) => values.includes(key));
};

export function caseStateFromQuery(query: QueryLike): CaseSearchState {
  const page = Number(first(query.page));
  const sort = first(query.sort);
  return {
    q: (first(query.q) ?? '').slice(0, 200),
    filters: Object.fromEntries(CASE_FACETS.map(({ facet, keys }) => [facet, listFrom(query[facet], keys)])) as Record<CaseListFacet, string[]>,
    verified: first(query.verified) === 'true',
    sort: CASE_SORTS.find((s) => s === sort) ?? 'relevance',
    page: Number.isInteger(page) && page >= 1 && page <= 200 ? page : 1,
  };
}

/** Defaults are left out, so equal states give equal URLs. */
export function queryFromCaseState(state: CaseSearchState): Record<string, string> {
  const query: Record<string, string> = {};
  if (state.q.trim()) query.q = state.q.trim();
  for (const { facet } of CASE_FACETS) if (state.filters[facet].length) query[facet] = state.filters[facet].join(',');
  if (state.verified) query.verified = 'true';
  if (state.sort !== 'relevance') query.sort = state.sort;
  if (state.page > 1) query.page = String(state.page);
  return query;
}

export const caseFiltersActive = (state: CaseSearchState) => state.verified || CASE_FACETS.some(({ facet }) => state.filters[facet].length > 0);
