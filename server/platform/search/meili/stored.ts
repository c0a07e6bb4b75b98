// What the adapter stores in Meilisearch: the document as given (returned by `get` and with hits), plus `text`,
// a copy of every searchable field with Chinese folded to Simplified, which is what short queries search.
// Meilisearch segments Chinese but does not fold the two scripts together (數據 does not find 数据), and it cuts
// Traditional text into single characters; the embedded engine folds both sides, so this adapter folds
// documents, queries and synonyms the same way (foldHan) and leaves the segmenting to Meilisearch.
// `words` holds the Chinese of every searchable field as the shared text analysis segments it (words and the
// two-character pieces of longer ones, separated by spaces), for long queries: Meilisearch segments a run of
// Chinese by its context, so a document's run is often not cut where a key term searched alone is, and the term
// missed documents the embedded engine finds (網店 in two of the four profiles holding it). Cut the same way on
// both sides, they meet. `lengths` holds each field's length in terms, for ranking long queries as BM25+ does.
import { budgetRange, SEARCH_BOOSTS } from '../fields';
import { foldHan, indexTerms, isHan } from '../../text/text';
import type { IndexName, SearchDoc } from '../port';

const SEARCHED = 'text';
const WORDS = 'words';
/** Each searchable field's length in terms, as the embedded engine counts it: long queries rank as BM25 does. */
export const LENGTHS = 'lengths';

/** Meilisearch's name for the searched copy of a field. */
export function searchedName(field: string): string {
  return `${SEARCHED}.${field}`;
}

/** The searched copies of an index's fields, highest boost first: attribute order is Meilisearch's field weight. */
export function textAttributes(index: IndexName): string[] {
  return byBoost(index).map(searchedName);
}

/** Every searchable attribute: each field's text, then its segmented Chinese, in the fields' order. */
export function searchedAttributes(index: IndexName): string[] {
  return byBoost(index).flatMap((field) => [searchedName(field), `${WORDS}.${field}`]);
}

function byBoost(index: IndexName): string[] {
  const boosts = SEARCH_BOOSTS[index];
  return Object.keys(boosts).sort((a, b) => boosts[b]! - boosts[a]!);
}

/** The field of a searched attribute (`text.name`, `words.name` → `name`), or null for any other attribute. */
export function fieldOf(attribute: string): string | null {
  const m = /^(?:text|words)\.([^.]+)$/.exec(attribute);
  return m ? m[1]! : null;
}

function fieldLengths(source: Record<string, unknown>, index: IndexName): Record<string, number> {
  const lengths: Record<string, number> = {};
  for (const field of Object.keys(SEARCH_BOOSTS[index])) {
    const value = source[field];
    const text = Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : '';
    if (text) lengths[field] = indexTerms(text).length;
  }
  return lengths;
}

/** A field's Chinese words, space-separated, or '' when it has none. */
function hanWords(value: string): string {
  return isHan(value) ? indexTerms(value).filter(isHan).join(' ') : '';
}

/** Suppliers also get derived budgetLo/budgetHi so the overlap filter is two plain comparisons. */
export function toStored(index: IndexName, doc: SearchDoc<IndexName>): Record<string, unknown> {
  const source = doc as Record<string, unknown>;
  const text: Record<string, unknown> = {};
  const words: Record<string, string> = {};
  for (const field of Object.keys(SEARCH_BOOSTS[index])) {
    const value = source[field];
    if (typeof value === 'string') text[field] = foldHan(value);
    else if (Array.isArray(value)) text[field] = value.map((v) => foldHan(String(v)));
    const han = hanWords(Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : '');
    if (han) words[field] = han;
  }
  const searched = { ...doc, [SEARCHED]: text, [WORDS]: words, [LENGTHS]: fieldLengths(source, index) };
  const range = index === 'suppliers' ? budgetRange(doc as { budgetMin?: number; budgetMax?: number }) : null;
  return range ? { ...searched, budgetLo: range[0], budgetHi: range[1] } : searched;
}

export function fromStored(stored: Record<string, unknown>): SearchDoc<IndexName> {
  const { [SEARCHED]: _text, [WORDS]: _words, [LENGTHS]: _lengths, budgetLo: _lo, budgetHi: _hi, ...doc } = stored;
  return doc as SearchDoc<IndexName>;
}
