// Filters as id sets ("clauses") and disjunctive facet counting: a facet field's counts ignore that
// field's own filter, so users see how many results each other value would add.
import { assertFilterField, budgetOverlaps, budgetRange, SearchFieldError } from '../fields';
import type { IndexName, SearchFilter } from '../port';
import type { Doc, Postings } from './postings';

export type Clause = { field: string; ids: Set<string> };
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
    if (values.length > 0) clauses.push({ field, ids: postings.anyOf(field, values) });
  }
  if (filter?.verified !== undefined) {
    clauses.push({ field: 'verified', ids: postings.anyOf('verified', [String(filter.verified)]) });
  }
  if (filter?.budget) {
    if (index !== 'suppliers') throw new SearchFieldError(index, 'budget');
    clauses.push({ field: 'budget', ids: budgetIds(docs, filter.budget.min, filter.budget.max) });
  }
  return clauses;
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
  const { counts, countable } = scratch(postings.pairCount);
  const counted = new Set(facetFields);
  if (counted.size > 0) for (let n = 0; n < postings.pairCount; n++) countable[n] = counted.has(postings.pair(n).field) ? 1 : 0;
  for (const id of universe) {
    const failed = failedField(id, clauses);
    if (failed === MANY) continue;
    if (failed === null) matched.push(id);
    if (counted.size === 0) continue;
    for (const n of postings.pairsOf(id)) {
      if (countable[n] && (failed === null || postings.pair(n).field === failed)) counts[n]!++;
    }
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
 * Counters per (field, value) pair, reused by every search (searches run synchronously, one at a time) and
 * left zeroed: typed arrays made per search were, at thousands of searches a second, a churn of mallocs
 * outside V8's heap that left the malloc heap fragmented (~70 MB after 10 s of uncached searches).
 */
const counters = { counts: new Int32Array(1024), countable: new Uint8Array(1024) };

function scratch(pairs: number): typeof counters {
  if (counters.counts.length < pairs) {
    counters.counts = new Int32Array(pairs * 2);
    counters.countable = new Uint8Array(pairs * 2);
  }
  return counters;
}

const MANY = Symbol('many');

function failedField(id: string, clauses: Clause[]): string | null | typeof MANY {
  let failed: string | null = null;
  for (const c of clauses) {
    if (c.ids.has(id)) continue;
    if (failed !== null && failed !== c.field) return MANY;
    failed = c.field;
  }
  return failed;
}

/**
 * Without query text, only documents failing at most one field can matter, and each passes the clause of
 * at least one of any two fields: the union of two such clauses is enough to walk.
 */
export function listingUniverse(clauses: Clause[], all: Iterable<string>): Iterable<string> {
  const sorted = [...clauses].sort((a, b) => a.ids.size - b.ids.size);
  const first = sorted[0];
  if (!first) return all;
  const second = sorted.find((c) => c.field !== first.field);
  // All clauses on one field: results lie in the smallest; that field's own facet is counted elsewhere.
  return second ? union(first.ids, second.ids) : first.ids;
}

function union(a: Set<string>, b: Set<string>): Set<string> {
  const out = new Set(a);
  for (const id of b) out.add(id);
  return out;
}
