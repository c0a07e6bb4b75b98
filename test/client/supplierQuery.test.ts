import { describe, expect, it } from 'vitest';
import { hasFilters, queryFromState, stateFromQuery } from '../../client/lib/supplierQuery';

describe('stateFromQuery', () => {
  it('reads comma lists and repeated parameters, in taxonomy order, without duplicates', () => {
    expect(stateFromQuery({ layer: 'application,basic', sector: ['logistics', 'manufacturing,logistics'], page: '3' })).toEqual({
      layers: ['basic', 'application'],
      sectors: ['manufacturing', 'logistics'],
      page: 3,
    });
  });

  it('drops unknown keys and bad page numbers', () => {
    expect(stateFromQuery({ layer: 'nonsense', sector: null, page: '-2' })).toEqual({ layers: [], sectors: [], page: 1 });
    expect(stateFromQuery({ page: 'abc' }).page).toBe(1);
    expect(stateFromQuery({ page: '2.5' }).page).toBe(1);
    expect(stateFromQuery({}).page).toBe(1);
  });
});

describe('queryFromState', () => {
  it('writes comma lists and leaves out empty filters and page 1', () => {
    expect(queryFromState({ layers: ['technology'], sectors: [], page: 1 })).toEqual({ layer: 'technology' });
    expect(queryFromState({ layers: [], sectors: ['healthcare', 'education'], page: 4 })).toEqual({
      sector: 'education,healthcare',
      page: '4',
    });
    expect(queryFromState({})).toEqual({});
  });

  it('round-trips through the URL', () => {
    const state = { layers: ['basic' as const, 'technology' as const], sectors: ['finance-insurance' as const], page: 2 };
    expect(stateFromQuery(queryFromState(state))).toEqual(state);
  });
});

describe('hasFilters', () => {
  it('is true when either facet is set', () => {
    expect(hasFilters({ layers: [], sectors: [], page: 3 })).toBe(false);
    expect(hasFilters({ layers: ['basic'], sectors: [], page: 1 })).toBe(true);
  });
});
