import { describe, expect, it } from 'vitest';
import { activeChips, clearedFilters, queryFromSearchState, searchStateFromQuery, withoutChip } from '../../client/lib/searchQuery';

describe('search URL state', () => {
  it('reads query, facets (taxonomy order, unknown dropped), budget, verified, sort and page', () => {
    const state = searchStateFromQuery({ q: 'vision', layer: 'application,basic,moon', sector: ['logistics', 'manufacturing'], budget: '100k-300k', verified: 'true', sort: 'newest', page: '2' });
    expect(state.q).toBe('vision');
    expect(state.filters.layer).toEqual(['basic', 'application']);
    expect(state.filters.sector).toEqual(['manufacturing', 'logistics']);
    expect(state).toMatchObject({ budget: '100k-300k', verified: true, sort: 'newest', page: 2 });
  });

  it('ignores invalid values and round-trips to the shortest equal URL', () => {
    const state = searchStateFromQuery({ budget: 'unknown', sort: 'random', page: '0', verified: 'yes' });
    expect(state).toMatchObject({ budget: undefined, sort: 'relevance', page: 1, verified: false });
    expect(queryFromSearchState(state)).toEqual({});
    const query = { q: 'ocr', layer: 'basic,application', budget: '1m-2m', verified: 'true', sort: 'caseStudies', page: '3' };
    expect(queryFromSearchState(searchStateFromQuery(query))).toEqual(query);
  });

  it('lists active filters as chips and removes one at a time, back on page 1', () => {
    const state = searchStateFromQuery({ q: 'ai', layer: 'basic', market: 'hong-kong', budget: 'below-100k', verified: 'true', page: '4' });
    expect(activeChips(state)).toEqual([
      { facet: 'layer', value: 'basic' }, { facet: 'market', value: 'hong-kong' }, { facet: 'budget', value: 'below-100k' }, { facet: 'verified', value: 'true' },
    ]);
    expect(queryFromSearchState(withoutChip(state, { facet: 'market', value: 'hong-kong' }))).toEqual({ q: 'ai', layer: 'basic', budget: 'below-100k', verified: 'true' });
    expect(queryFromSearchState(withoutChip(state, { facet: 'budget', value: 'below-100k' })).budget).toBeUndefined();
    expect(queryFromSearchState(clearedFilters(state))).toEqual({ q: 'ai' });
  });
});
