// Filters as clauses and disjunctive facet counting: a facet field's counts ignore that field's own filter,
// so users see how many results each other value would add. A clause on a filterable field is the set of
// (field, value) pairs it accepts, checked against each document's own pairs; the budget clause, a range
// overlap, is the set of ids passing it.
import { assertFilterField, budgetOverlaps, budgetRange, SearchFieldError } from '../fields';
import type { IndexName, SearchFilter } from '../port';
import type { Doc, Postings } from './postings';

export type Clause = { field: string; size: number } & ({ pairs: number[] } | { ids: Set<string> });
export type FacetCounts = Record<string, Record<string, number>>;

export function buildClauses(
  index: IndexName,
  filter: SearchFilter | undefined,
  postings: Postings,
  docs: Map<string, Doc>,
): Clause[] {
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
    const ids = budgetIds(docs, filter.budget.min, filter.budget.max);
    clauses.push({ field: 'budget', ids, size: ids.size });
  }
  if (clauses.length > MAX_CLAUSES) throw new Error(`At most ${MAX_CLAUSES} filter clauses`);
  return clauses;
}

/** Clauses are bits of a 32-bit mask in `evaluate`; a query has one per filterable field, plus verified and budget. */
const MAX_CLAUSES = 31;

function pairClause(field: string, pairs: number[], postings: Postings): Clause {
  return { field, pairs, size: pairs.reduce((sum, n) => sum + postings.countOf(n), 0) };
}

function budgetIds(docs: Map<string, Doc>, min: number, max: number | null): Set<string> {
  const out = new Set<string>();
  for (const doc of docs.values()) {
    const range = budgetRange(doc as { budgetMin?: number; budgetMax?: number });
    if (range && budgetOverlaps(range, min, max)) out.add(doc.id);
  }
  return out;
}

/**
 * One pass over `universe`: documents failing no clause are results and count in every facet; documents
 * failing only one field's clauses count in that field's facet alone.
 */
export function evaluate(
  universe: Iterable<string>,
  clauses: Clause[],
  facetFields: string[],
  postings: Postings,
): { matched: string[]; facets: FacetCounts } {
  const matched: string[] = [];
  const { counts, countable, accepting } = scratch(postings.pairCount);
  const counted = new Set(facetFields);
  if (counted.size > 0) for (let n = 0; n < postings.pairCount; n++) countable[n] = counted.has(postings.pair(n).field) ? 1 : 0;
  clauses.forEach((c, k) => {
    if ('pairs' in c) for (const n of c.pairs) accepting[n]! |= 1 << k;
  });
  try {
    const data = postings.pairData;
    for (const id of universe) {
      const slot = postings.slotOf(id);
      if (slot === undefined) continue;
      const start = postings.pairStart(slot);
      const end = postings.pairEnd(slot);
      let passed = 0;
      for (let k = start; k < end; k++) passed |= accepting[data[k]!]!;
      const failed = failedField(id, passed, clauses);
      if (failed === MANY) continue;
      if (failed === null) matched.push(id);
      if (counted.size === 0) continue;
      for (let k = start; k < end; k++) {
        const n = data[k]!;
        if (countable[n] && (failed === null || postings.pair(n).field === failed)) counts[n]!++;
      }
    }
  } finally {
    for (const c of clauses) if ('pairs' in c) for (const n of c.pairs) accepting[n] = 0;
  }
  const facets: FacetCounts = Object.fromEntries(facetFields.map((f) => [f, {}]));
  for (let n = 0; n < postings.pairCount; n++) {
    if (counts[n] === 0) continue;
    const { field, value } = postings.pair(n);
    facets[field]![value] = counts[n]!;
    counts[n] = 0;
  }
  return { matched, facets };
}

/**
 * Per (field, value) pair: facet counters, whether its field is counted, and the clauses accepting it (a bit
 * per clause). Reused by every search (searches run synchronously, one at a time) and left zeroed: typed
 * arrays made per search were, at thousands of searches a second, a churn of mallocs outside V8's heap that
 * left the malloc heap fragmented (~70 MB after 10 s of uncached searches).
 */
const counters = { counts: new Int32Array(1024), countable: new Uint8Array(1024), accepting: new Int32Array(1024) };

function scratch(pairs: number): typeof counters {
  if (counters.counts.length < pairs) {
    counters.counts = new Int32Array(pairs * 2);
    counters.countable = new Uint8Array(pairs * 2);
    counters.accepting = new Int32Array(pairs * 2);
  }
  return counters;
}

const MANY = Symbol('many');

/** The one field whose clauses the document fails, null for none, MANY for more than one. */
function failedField(id: string, passed: number, clauses: Clause[]): string | null | typeof MANY {
  let failed: string | null = null;
  for (let k = 0; k < clauses.length; k++) {
    const c = clauses[k]!;
    if ('pairs' in c ? (passed >>> k) & 1 : c.ids.has(id)) continue;
    if (failed !== null && failed !== c.field) return MANY;
    failed = c.field;
  }
  return failed;
}

/**
 * Without query text, only documents failing at most one field can matter, and each passes the clause of
 * at least one of any two fields: the union of two such clauses is enough to walk.
 */
export function listingUniverse(clauses: Clause[], all: Iterable<string>, postings: Postings): Iterable<string> {
  const sorted = [...clauses].sort((a, b) => a.size - b.size);
  const first = sorted[0];
  if (!first) return all;
  const second = sorted.find((c) => c.field !== first.field);
  // All clauses on one field: results lie in the smallest; that field's own facet is counted elsewhere.
  const out = new Set(idsOf(first, postings));
  if (second) for (const id of idsOf(second, postings)) out.add(id);
  return out;
}

function* idsOf(clause: Clause, postings: Postings): Generator<string> {
  if ('ids' in clause) yield* clause.ids;
  else for (const n of clause.pairs) yield* postings.idsWith(n);
}
