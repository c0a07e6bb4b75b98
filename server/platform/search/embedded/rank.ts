// Orders result ids. Sort keys are read once per document into flat rows, so the sort compares numbers
// instead of looking documents up on every comparison.
import type { SearchSort } from '../port';
import type { SearchResult as TextMatch } from 'minisearch';
import type { Doc } from './postings';

type Row = { id: string; score: number; createdAt: number; cases: number };
type Compare = (a: Row, b: Row) => number;

const byScore: Compare = (a, b) => b.score - a.score;
const byNewest: Compare = (a, b) => b.createdAt - a.createdAt;
const byCases: Compare = (a, b) => b.cases - a.cases;
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
};

/** Without query text every score is 0, so relevance falls back to newest first (in both adapters). */
export function rank(ids: string[], sort: SearchSort, docs: Map<string, Doc>, matches: Map<string, TextMatch> | null): string[] {
  const rows = ids.map((id): Row => {
    const doc = docs.get(id)!;
    return { id, score: matches?.get(id)?.score ?? 0, createdAt: Number(doc['createdAt'] ?? 0), cases: Number(doc['caseStudyCount'] ?? 0) };
  });
  return rows.sort(ORDERS[sort]).map((r) => r.id);
}
