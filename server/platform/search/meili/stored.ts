// What the adapter stores in Meilisearch: the document as given (returned by `get` and with hits), plus `text`,
// a copy of every searchable field with Chinese folded to Simplified, which is all Meilisearch searches.
// Meilisearch segments Chinese but does not fold the two scripts together (數據 does not find 数据), and it cuts
// Traditional text into single characters; the embedded engine folds both sides, so this adapter folds
// documents, queries and synonyms the same way (foldHan) and leaves the segmenting to Meilisearch.
import { budgetRange, SEARCH_BOOSTS } from '../fields';
import { foldHan } from '../../text/text';
import type { IndexName, SearchDoc } from '../port';

const SEARCHED = 'text';

/** Meilisearch's name for the searched copy of a field. */
export function searchedName(field: string): string {
  return `${SEARCHED}.${field}`;
}

/** Searchable fields, highest boost first: attribute order is Meilisearch's field weight. */
export function searchedAttributes(index: IndexName): string[] {
  const boosts = SEARCH_BOOSTS[index];
  return Object.keys(boosts).sort((a, b) => boosts[b]! - boosts[a]!).map(searchedName);
}

/** Suppliers also get derived budgetLo/budgetHi so the overlap filter is two plain comparisons. */
export function toStored(index: IndexName, doc: SearchDoc<IndexName>): Record<string, unknown> {
  const source = doc as Record<string, unknown>;
  const text: Record<string, unknown> = {};
  for (const field of Object.keys(SEARCH_BOOSTS[index])) {
    const value = source[field];
    if (typeof value === 'string') text[field] = foldHan(value);
    else if (Array.isArray(value)) text[field] = value.map((v) => foldHan(String(v)));
  }
  const range = index === 'suppliers' ? budgetRange(doc as { budgetMin?: number; budgetMax?: number }) : null;
  return range ? { ...doc, [SEARCHED]: text, budgetLo: range[0], budgetHi: range[1] } : { ...doc, [SEARCHED]: text };
}

export function fromStored(stored: Record<string, unknown>): SearchDoc<IndexName> {
  const { [SEARCHED]: _text, budgetLo: _lo, budgetHi: _hi, ...doc } = stored;
  return doc as SearchDoc<IndexName>;
}
