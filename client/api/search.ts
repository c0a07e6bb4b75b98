import type { CaseSearchResult, SuggestResult, SupplierSearchResult } from '../../shared/schemas/search';
import type { CaseSearchState } from '../lib/caseSearchQuery';
import type { SearchState } from '../lib/searchQuery';
import { request } from './client';

export function searchSuppliers(state: SearchState, pageSize: number, signal?: AbortSignal): Promise<SupplierSearchResult> {
  return request<SupplierSearchResult>('/search/suppliers', {
    query: {
      q: state.q || undefined,
      ...state.filters,
      budget: state.budget,
      verified: state.verified ? 'true' : undefined,
      sort: state.sort,
      page: state.page,
      pageSize,
    },
    signal,
  });
}

export function suggest(q: string, signal?: AbortSignal): Promise<SuggestResult> {
  return request<SuggestResult>('/search/suggest', { query: { q, limit: 8 }, signal });
}

export function searchCases(state: CaseSearchState, pageSize: number, signal?: AbortSignal): Promise<CaseSearchResult> {
  return request<CaseSearchResult>('/search/cases', {
    query: { q: state.q || undefined, ...state.filters, verified: state.verified ? 'true' : undefined, sort: state.sort, page: state.page, pageSize },
    signal,
  });
}
