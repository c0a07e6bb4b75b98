// Orders result ids. Sort keys are read once per document into flat rows, so the sort compares numbers
// instead of looking documents up on every comparison.
import type { SearchSort } from '../port';
import type { Doc } from './postings';

type Row = { id: string; score: number; createdAt: number; cases: number; name: string };
type Compare = (a: Row, b: Row) => number;

const byScore: Compare = (a, b) => b.score - a.score;
const byNewest: Compare = (a, b) => b.createdAt - a.createdAt;
const byCases: Compare = (a, b) => b.cases - a.cases;
/** Binary order, then id: as MongoDB sorts `{ name: 1, _id: 1 }` (ids are ObjectId hex, which sorts the same). */
const byName: Compare = (a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const chain = (...cs: Compare[]): Compare => (a, b) => {
  for (const c of cs) {
    const r = c(a, b);
    if (r !== 0) return r;
  }
  return 0;
};

const ORDERS: Record<SearchSort, Compare> = {
  relevance: chain(byScore, byNewest),
  newest: chain(byNewest, byScore),
  caseStudies: chain(byCases, byScore, byNewest),
  name: byName,
};

/** Without query text every score is 0, so relevance falls back to newest first (in both adapters). */
export function rank(ids: string[], sort: SearchSort, docs: Map<string, Doc>, scores: Map<string, number> | null): string[] {
  const rows = ids.map((id) => rowOf(id, docs, scores));
  return rows.sort(ORDERS[sort]).map((r) => r.id);
}

/**
 * The requested page only. Sorting every match costs n·log n row comparisons; a shallow page of a large
 * result needs only the best `offset + limit`, found in one pass with a small sorted buffer.
 */
export function topPage(
  order: typeof rank,
  ids: string[],
  sort: SearchSort,
  docs: Map<string, Doc>,
  scores: Map<string, number> | null,
  offset: number,
  limit: number,
): string[] {
  const k = offset + limit;
  if (k === 0) return [];
  if (ids.length <= 4 * k) return order(ids, sort, docs, scores).slice(offset, k);
  const compare = ORDERS[sort];
  const best: Row[] = [];
  for (const id of ids) {
    const row = rowOf(id, docs, scores);
    if (best.length === k && compare(row, best[k - 1]!) >= 0) continue;
    let i = best.length < k ? best.length : k - 1;
    while (i > 0 && compare(row, best[i - 1]!) < 0) {
      best[i] = best[i - 1]!;
      i--;
    }
    best[i] = row;
  }
  return best.slice(offset, k).map((r) => r.id);
}

function rowOf(id: string, docs: Map<string, Doc>, scores: Map<string, number> | null): Row {
  const doc = docs.get(id)!;
  return {
    id,
    score: scores?.get(id) ?? 0,
    createdAt: Number(doc['createdAt'] ?? 0),
    cases: Number(doc['caseStudyCount'] ?? 0),
    name: String(doc['name'] ?? doc['title'] ?? ''),
  };
}
