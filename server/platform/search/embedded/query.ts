// Turns the user's text into a query tree for the text index: every word (or synonym phrase) is a
// branch, so documents matching more of the query score higher but a single typo never empties the result.
import type { Synonyms } from '../../text/synonyms';
import { isHan, queryTerms } from '../../text/text';
import type { QueryNode, TermQuery } from './text-index';

/** Score factor for a word found only by swapping two neighbouring letters, close to a one-typo match's weight. */
const TRANSPOSITION_BOOST = 0.45;

/**
 * Two trees for the same words: `all` needs every word (or one of its synonyms), `any` needs one. The
 * engine tries `all` first and falls back to `any` only when `all` finds too little, so a broad query
 * ("ai solutions") does not drag thousands of one-word matches through ranking and facet counting, while
 * a query with one unmatched word still finds something. `any` is null when it equals `all` (one word).
 */
export type QueryPair = { all: QueryNode; any: QueryNode | null };

/** Null when the text holds no words: the caller lists everything that passes the filters. */
export function buildQueries(text: string, synonyms: Synonyms): QueryPair | null {
  const any = buildQuery(text, synonyms);
  if (!any) return null;
  if (any.any.length === 1) return { all: any.any[0]!, any: null };
  return { all: { all: any.any }, any };
}

/** Null when the text holds no words: the caller lists everything that passes the filters. */
export function buildQuery(text: string, synonyms: Synonyms): { any: QueryNode[] } | null {
  const terms = queryTerms(text);
  if (terms.length === 0) return null;
  // Only the word being typed is a prefix; a trailing space says the user finished it.
  const typing = /[^\s]$/u.test(text) ? terms.length - 1 : -1;
  const word = (i: number) => wordQuery(terms[i]!, i === typing);
  const branches: QueryNode[] = [];
  let next = 0;
  for (const m of synonyms.match(terms)) {
    for (; next < m.start; next++) branches.push(word(next));
    const own = { all: terms.slice(m.start, m.end).map((_, k) => word(m.start + k)) };
    const others = m.alternatives.map((alt) => ({ all: alt.map((term) => exact(term)) }));
    branches.push({ any: [own, ...others] });
    next = m.end;
  }
  for (; next < terms.length; next++) branches.push(word(next));
  return { any: branches };
}

/**
 * Typo tolerance: none for short words and Chinese, one edit from 4 letters. Meilisearch allows two from 9;
 * here a second edit multiplied the derived terms of long common words ("solutions", "forecasting") and
 * their postings, which drove the embedded engine's tail latency, while people mostly make one slip per
 * word (and a swap of two letters, which Levenshtein counts as two, is matched as one below).
 */
export function fuzziness(term: string): number | false {
  if (isHan(term) || term.length < 4) return false;
  return 1;
}

function wordQuery(term: string, typing: boolean): QueryNode {
  const prefix = typing && (isHan(term) || term.length >= 2);
  const self: TermQuery = { term, fuzzy: fuzziness(term) !== false, prefix };
  const swaps = transpositions(term);
  if (swaps.length === 0) return self;
  // Levenshtein counts a swap of two letters as two edits; people make it as one typo.
  return { any: [self, ...swaps.map((swap) => ({ ...exact(swap), weight: TRANSPOSITION_BOOST }))] };
}

/** The word with each pair of neighbouring letters swapped: the commonest typo, for words typo-tolerant at all. */
export function transpositions(term: string): string[] {
  if (fuzziness(term) === false) return [];
  const out = new Set<string>();
  for (let i = 0; i + 1 < term.length; i++) {
    if (term[i] === term[i + 1]) continue;
    out.add(term.slice(0, i) + term[i + 1] + term[i] + term.slice(i + 2));
  }
  return [...out];
}

function exact(term: string): TermQuery {
  return { term, fuzzy: false, prefix: false };
}
