// Orders results. Sort keys are read by slot from the index's typed arrays (index-state.ts), so ordering
// compares numbers and allocates nothing per document.
import type { SearchSort } from '../port';
import { Best } from './best';
import type { Matched } from './filters';
import type { IndexState } from './index-state';

/** A result: its slot and text score. */
export type Ranked = { slot: number; score: number };

/** Compares the results at positions i and j of `matched`; ties keep the order of `matched`. */
type Compare = (i: number, j: number) => number;

function orderOf(sort: SearchSort, { slots, scores }: Matched, state: IndexState): Compare {
  const newest = (i: number, j: number) => state.createdAt(slots[j]!) - state.createdAt(slots[i]!);
  const cases = (i: number, j: number) => state.caseCount(slots[j]!) - state.caseCount(slots[i]!);
  // Spelled out rather than chained through a list of comparators: a deep page sorts thousands of results.
  switch (sort) {
    case 'relevance':
      // Without query text every score is 0, so relevance falls back to newest first (in both adapters).
      return (i, j) => scores[j]! - scores[i]! || newest(i, j) || i - j;
    case 'newest':
      return (i, j) => newest(i, j) || scores[j]! - scores[i]! || i - j;
    case 'caseStudies':
      return (i, j) => cases(i, j) || scores[j]! - scores[i]! || newest(i, j) || i - j;
    case 'name': {
      const ranks = state.nameRanks().ranks;
      return (i, j) => ranks[slots[i]!]! - ranks[slots[j]!]!;
    }
  }
}

/**
 * The requested page only. Sorting every match costs n·log n comparisons; a shallow page of a large result
 * needs only the best `offset + limit`, found in one pass with a small sorted buffer. A large result in name
 * order is read off the index's name order instead.
 */
export function topPage(matched: Matched, sort: SearchSort, state: IndexState, offset: number, limit: number): Ranked[] {
  const n = matched.slots.length;
  const k = Math.min(offset + limit, n);
  if (k <= offset) return [];
  const ranked = (positions: number[]) => positions.slice(offset, k).map((i) => ({ slot: matched.slots[i]!, score: matched.scores[i]! }));
  if (sort === 'name' && n > 4 * k) return nameWalk(matched, state, offset, k);
  const compare = orderOf(sort, matched, state);
  if (n <= 4 * k) return ranked(Array.from({ length: n }, (_, i) => i).sort(compare));
  const best = new Best<number>(k, compare);
  for (let p = 0; p < n; p++) best.offer(p);
  return ranked(best.items);
}

/** Places `offset .. k` in name order: the matched slots marked, then the index's name order walked. */
function nameWalk({ slots, scores }: Matched, state: IndexState, offset: number, k: number): Ranked[] {
  const { order } = state.nameRanks();
  const position = positions(state.slotCount);
  for (let p = 0; p < slots.length; p++) position[slots[p]!] = p + 1;
  const page: Ranked[] = [];
  for (let r = 0, seen = 0; r < order.length && seen < k; r++) {
    const p = position[order[r]!]!;
    if (p === 0) continue;
    if (seen++ >= offset) page.push({ slot: order[r]!, score: scores[p - 1]! });
  }
  for (let p = 0; p < slots.length; p++) position[slots[p]!] = 0;
  return page;
}

/** Per slot, 1 + its position among the matched (0: not matched); reused and left zeroed. */
let scratch = new Int32Array(4096);

function positions(count: number): Int32Array {
  if (scratch.length < count) scratch = new Int32Array(count * 2);
  return scratch;
}
