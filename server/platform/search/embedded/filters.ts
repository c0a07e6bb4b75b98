// Filters as clauses and disjunctive facet counting: a facet field's counts ignore that field's own filter,
// so users see how many results each other value would add. A clause on a filterable field is the set of
// (field, value) pairs it accepts, checked against each document's own pairs; the budget clause, a range
// overlap, marks the slots passing it. Documents are slots throughout (index-state.ts).
import { assertFilterField, budgetOverlaps, budgetRange, SearchFieldError } from '../fields';
import type { IndexName, SearchFilter } from '../port';
import type { IndexState } from './index-state';
import type { Postings } from './postings';

export type Clause = { field: string; size: number } & ({ pairs: number[] } | { passing: Uint8Array });
export type FacetCounts = Record<string, Record<string, number>>;

export function buildClauses(index: IndexName, filter: SearchFilter | undefined, state: IndexState): Clause[] {
  const { postings } = state;
  const clauses: Clause[] = [];
  for (const [field, values] of Object.entries(filter?.terms ?? {})) {
    assertFilterField(index, field);
    if (values.length > 0) clauses.push(pairClause(field, postings.pairsFor(field, values), postings));
  }
  if (filter?.verified !== undefined) {
    clauses.push(pairClause('verified', postings.pairsFor('verified', [String(filter.verified)]), postings));
  }
  if (filter?.budget) {
    if (index !== 'suppliers') throw new SearchFieldError(index, 'budget');
    clauses.push(budgetClause(state, filter.budget.min, filter.budget.max));
  }
  if (clauses.length > MAX_CLAUSES) throw new Error(`At most ${MAX_CLAUSES} filter clauses`);
  return clauses;
}

/** Clauses are bits of a 32-bit mask in `evaluate`; a query has one per filterable field, plus verified and budget. */
const MAX_CLAUSES = 31;

function pairClause(field: string, pairs: number[], postings: Postings): Clause {
  return { field, pairs, size: pairs.reduce((sum, n) => sum + postings.countOf(n), 0) };
}

function budgetClause(state: IndexState, min: number, max: number | null): Clause {
  const passing = new Uint8Array(state.slotCount);
  let size = 0;
  for (let slot = 0; slot < state.slotCount; slot++) {
    const range = budgetRange((state.docAt(slot) ?? {}) as { budgetMin?: number; budgetMax?: number });
    if (!range || !budgetOverlaps(range, min, max)) continue;
    passing[slot] = 1;
    size++;
  }
  return { field: 'budget', passing, size };
}

/** The results: their slots, in the universe's order, and their scores alongside (all 0 without query text). */
export type Matched = { slots: Int32Array; scores: Float64Array };

/**
 * One pass over `universe` (slots, with their text scores when there is query text): documents failing no
 * clause are results and count in every facet; documents failing only one field's clauses count in that
 * field's facet alone. The results are scratch, valid until the next evaluation.
 */
export function evaluate(
  universe: Int32Array,
  scores: Float64Array | null,
  clauses: Clause[],
  facetFields: string[],
  postings: Postings,
): { matched: Matched; facets: FacetCounts } {
  const out = results(universe.length);
  let found = 0;
  const { counts, countable, accepting } = scratch(postings.pairCount);
  const countedPairs = facetFields.flatMap((f) => postings.pairsOf(f));
  for (const n of countedPairs) countable[n] = 1;
  if (clauses.length === 0) {
    found = unfiltered(universe, scores, countedPairs.length > 0, postings, out);
    return { matched: { slots: out.slots.subarray(0, found), scores: out.scores.subarray(0, found) }, facets: facetCounts(facetFields, countedPairs, postings) };
  }
  clauses.forEach((c, k) => {
    if ('pairs' in c) for (const n of c.pairs) accepting[n]! |= 1 << k;
  });
  // Fields as numbers: a clause's field's place in the postings' fields (the budget has none).
  const fieldOfClause = Int32Array.from(clauses, (c) => ('pairs' in c ? postings.fieldIndex(c.field) : NO_PAIRS));
  try {
    const data = postings.pairData;
    for (let u = 0; u < universe.length; u++) {
      const slot = universe[u]!;
      const start = postings.pairStart(slot);
      const end = postings.pairEnd(slot);
      let passed = 0;
      if (clauses.length > 0) for (let k = start; k < end; k++) passed |= accepting[data[k]!]!;
      const failed = clauses.length > 0 ? failedField(slot, passed, clauses, fieldOfClause) : NONE;
      if (failed === MANY) continue;
      if (failed === NONE) {
        out.slots[found] = slot;
        out.scores[found++] = scores ? scores[u]! : 0;
      }
      if (countedPairs.length === 0) continue;
      for (let k = start; k < end; k++) {
        const n = data[k]!;
        if (countable[n] && (failed === NONE || postings.fieldIndexOf(n) === failed)) counts[n]!++;
      }
    }
  } finally {
    for (const c of clauses) if ('pairs' in c) for (const n of c.pairs) accepting[n] = 0;
  }
  return { matched: { slots: out.slots.subarray(0, found), scores: out.scores.subarray(0, found) }, facets: facetCounts(facetFields, countedPairs, postings) };
}

/**
 * `evaluate` without filters (a search page's usual request): every document is a result and counts each of its
 * counted pairs, added without a branch per pair. Returns the number of results.
 */
function unfiltered(universe: Int32Array, scores: Float64Array | null, counting: boolean, postings: Postings, out: typeof matches): number {
  out.slots.set(universe);
  if (scores) out.scores.set(scores.subarray(0, universe.length));
  else out.scores.fill(0, 0, universe.length);
  if (!counting) return universe.length;
  const { counts, countable } = counters;
  const data = postings.pairData;
  for (let u = 0; u < universe.length; u++) {
    const slot = universe[u]!;
    const end = postings.pairEnd(slot);
    for (let k = postings.pairStart(slot); k < end; k++) counts[data[k]!]! += countable[data[k]!]!;
  }
  return universe.length;
}

/** The counters of the counted pairs as facets (values counted at least once), left zeroed. */
function facetCounts(facetFields: string[], countedPairs: number[], postings: Postings): FacetCounts {
  const { counts, countable } = counters;
  const facets: FacetCounts = Object.fromEntries(facetFields.map((f) => [f, {}]));
  for (const n of countedPairs) {
    countable[n] = 0;
    if (counts[n] === 0) continue;
    const { field, value } = postings.pair(n);
    facets[field]![value] = counts[n]!;
    counts[n] = 0;
  }
  return facets;
}

/**
 * Per (field, value) pair: facet counters, whether its field is counted, and the clauses accepting it (a bit
 * per clause). Reused by every search (searches run synchronously, one at a time) and left zeroed: typed
 * arrays made per search were, at thousands of searches a second, a churn of mallocs outside V8's heap that
 * left the malloc heap fragmented (~70 MB after 10 s of uncached searches).
 */
const counters = { counts: new Int32Array(1024), countable: new Uint8Array(1024), accepting: new Int32Array(1024) };

/** A search's results and a listing's universe (with its marks), reused in the same way. */
const matches = { slots: new Int32Array(4096), scores: new Float64Array(4096), universe: new Int32Array(4096), marks: new Uint8Array(4096) };

function results(size: number): typeof matches {
  if (matches.slots.length < size) {
    matches.slots = new Int32Array(size * 2);
    matches.scores = new Float64Array(size * 2);
  }
  return matches;
}

function universeRoom(size: number): typeof matches {
  if (matches.universe.length < size) {
    matches.universe = new Int32Array(size * 2);
    matches.marks = new Uint8Array(size * 2);
  }
  return matches;
}

function scratch(pairs: number): typeof counters {
  if (counters.counts.length < pairs) {
    counters.counts = new Int32Array(pairs * 2);
    counters.countable = new Uint8Array(pairs * 2);
    counters.accepting = new Int32Array(pairs * 2);
  }
  return counters;
}

/** `failedField`'s answers besides a field: none failed, more than one failed; and the budget clause's field. */
const NONE = -1;
const MANY = -2;
const NO_PAIRS = 1 << 16;

/** The one field (as `fieldOfClause` numbers it) whose clauses the document fails, NONE, or MANY. */
function failedField(slot: number, passed: number, clauses: Clause[], fieldOfClause: Int32Array): number {
  let failed = NONE;
  for (let k = 0; k < clauses.length; k++) {
    const c = clauses[k]!;
    if ('pairs' in c ? (passed >>> k) & 1 : c.passing[slot]) continue;
    if (failed !== NONE && failed !== fieldOfClause[k]) return MANY;
    failed = fieldOfClause[k]!;
  }
  return failed;
}

/**
 * Without query text, only documents failing at most one field can matter, and each passes the clause of
 * at least one of any two fields: the union of two such clauses is enough to walk. Live slots, ascending.
 */
export function listingUniverse(clauses: Clause[], state: IndexState): Int32Array {
  const sorted = [...clauses].sort((a, b) => a.size - b.size);
  const first = sorted[0];
  const second = first && sorted.find((c) => c.field !== first.field);
  const count = state.slotCount;
  const { marks, universe } = universeRoom(count);
  // All clauses on one field: results lie in the smallest; that field's own facet is counted elsewhere.
  if (first) for (const clause of second ? [first, second] : [first]) mark(clause, state.postings, marks, count);
  else marks.fill(1, 0, count);
  let n = 0;
  for (let slot = 0; slot < count; slot++) {
    if (marks[slot] && state.docAt(slot)) universe[n++] = slot;
    marks[slot] = 0;
  }
  return universe.subarray(0, n);
}

function mark(clause: Clause, postings: Postings, marks: Uint8Array, count: number): void {
  if ('passing' in clause) for (let slot = 0; slot < count; slot++) marks[slot] ||= clause.passing[slot]!;
  else for (const n of clause.pairs) postings.markSlotsWith(n, marks);
}
