// The case-study search page's URL ↔ state: shareable, defaults left out, unknown values dropped.
import { describe, expect, it } from 'vitest';
import { caseFiltersActive, caseStateFromQuery, queryFromCaseState } from '../../client/lib/caseSearchQuery';

describe('case-study search state in the URL', () => {
  it('reads lists in the taxonomy’s order, drops unknown keys, and writes back only what differs from the defaults', () => {
    const state = caseStateFromQuery({ q: ' defect ', sector: 'logistics,manufacturing,shipbuilding', technology: ['solutions'], sort: 'newest', page: '3', verified: 'true' });
    expect(state).toMatchObject({ q: ' defect ', verified: true, sort: 'newest', page: 3 });
    expect(state.filters).toEqual({ sector: ['manufacturing', 'logistics'], applicationArea: [], technology: ['solutions'] });
    expect(queryFromCaseState(state)).toEqual({ q: 'defect', sector: 'manufacturing,logistics', technology: 'solutions', verified: 'true', sort: 'newest', page: '3' });
    expect(caseFiltersActive(state)).toBe(true);
  });

  it('falls back to the defaults for nonsense and gives an empty query for them', () => {
    const state = caseStateFromQuery({ sort: 'caseStudies', page: '-2', verified: 'yes' });
    expect(state).toMatchObject({ q: '', sort: 'relevance', page: 1, verified: false });
    expect(queryFromCaseState(state)).toEqual({});
    expect(caseFiltersActive(state)).toBe(false);
  });
});
