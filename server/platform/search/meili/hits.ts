// Meilisearch hits as the port's SearchHit: the card's fields, and highlight fragments rendered by the same
// code as the embedded engine's, from ranges found one of two ways (a Marker).
import type { Hit } from 'meilisearch';
import { fragment, matchRanges } from '../embedded/highlight';
import { foldHan } from '../../text/text';
import { CROPPED_FIELDS, HIGHLIGHT_FIELDS, RETRIEVED_FIELDS } from '../fields';
import type { Range } from '../html';
import type { IndexName, SearchHit, SearchSort } from '../port';
import { byteRanges, type MatchPosition } from './highlight';
import { searchedName } from './stored';

/** Where a field's text matched the query. */
export type Marker = (field: string, text: string, hit: Hit) => Range[];

/** From Meilisearch's match positions in the searched (folded) copy of the field. */
export const byMatchPositions: Marker = (field, text, hit) =>
  byteRanges(foldHan(text), (hit._matchesPosition?.[searchedName(field)] ?? []) as MatchPosition[]);

/** Where the terms occur, as the embedded engine marks them: for hits that were not searched with the query text. */
export function byTerms(terms: Set<string>): Marker {
  return (_field, text) => matchRanges(text, terms);
}

/** The fields shown in a hit: the card's, and those that may be highlighted. */
export function shownFields(index: IndexName): string[] {
  const { always, whenMatched } = HIGHLIGHT_FIELDS[index];
  return [...new Set([...RETRIEVED_FIELDS[index], ...always, ...whenMatched])];
}

/** `marker` null: no highlights (the caller shows no fragments). */
export function toHit(index: IndexName, hit: Hit, marker: Marker | null, score = hit._rankingScore ?? 0): SearchHit {
  const { always, whenMatched } = HIGHLIGHT_FIELDS[index];
  const highlights: Record<string, string> = {};
  for (const field of marker ? [...always, ...whenMatched] : []) {
    const text = hit[field];
    if (typeof text !== 'string' || text === '') continue;
    const ranges = marker!(field, text, hit);
    if (ranges.length > 0 || always.includes(field)) highlights[field] = fragment(text, ranges, CROPPED_FIELDS.has(field));
  }
  const doc = Object.fromEntries(RETRIEVED_FIELDS[index].filter((f) => f in hit).map((f) => [f, hit[f]]));
  return { id: String(hit['id']), score, highlights, doc };
}

/** Relevance without query text lists newest first, as the embedded engine does. */
export function sortFor(index: IndexName, sort: SearchSort, hasText: boolean): string[] | undefined {
  if (sort === 'newest' || (sort === 'relevance' && !hasText)) return ['createdAt:desc'];
  if (sort === 'caseStudies' && index === 'suppliers') return ['caseStudyCount:desc'];
  if (sort === 'name') return [index === 'suppliers' ? 'name:asc' : 'title:asc'];
  return undefined;
}
