// Long natural-language queries on Meilisearch ("we get 200 WhatsApp questions a day about opening hours and
// orders"). Meilisearch reads at most 10 query words, and every matching strategy keeps one word compulsory
// (the first, or the rarest), so a sentence found only what contained its first word, or, when one word
// occurs nowhere, nothing. A long query is therefore reduced to its key terms with the text analysis the
// embedded engine and the matcher use (function words and Cantonese/Mandarin particles out, synonym phrases
// kept whole), each term is searched on its own (with Meilisearch's typos and synonyms), and the candidates are
// ranked as the embedded engine ranks any of the words: BM25+ per field from where Meilisearch says each term
// matched, times how many of the query's words a supplier matches. Meilisearch's own ranking score ranked a
// mention in a long description like one in a name, counted a term once however often it occurs and a supplier
// matching one rare word above one matching five: Chinese needs, told in many short words, suffered most. The
// candidates are each term's best TERM_CANDIDATES, so on a large index a long query's total counts at most
// KEY_TERMS × TERM_CANDIDATES suppliers where the embedded engine counts every one matching any word. Short
// queries (names, a few keywords) go through Meilisearch's own ranking unchanged.
import type { Hit, Meilisearch } from 'meilisearch';
import { SEARCH_BOOSTS } from '../fields';
import type { IndexName } from '../port';
import { isStopword } from '../../text/stopwords';
import type { Synonyms } from '../../text/synonyms';
import { isHan, queryTerms } from '../../text/text';
import { fieldOf, LENGTHS } from './stored';

/** Up to this many words a query is a name or a few keywords, searched as typed. */
const SHORT_QUERY_TERMS = 6;
/** Key terms searched at most: each is one query of the multi-search that scores the candidates. */
const KEY_TERMS = 40;
/** Best matches read per key term: the candidates are their union. */
const TERM_CANDIDATES = 100;

/** A key term and which synonym phrase it belongs to (-1: none). */
type KeyTerm = { term: string; phrase: number };
/** What one query of the multi-search looks for, and how often the long query says it. */
export type SearchedTerm = { text: string; times: number };

/** The key terms of a long query, or null for a short one. */
export function longQueryTerms(text: string, synonyms: Synonyms): SearchedTerm[] | null {
  const terms = queryTerms(text);
  if (terms.length <= SHORT_QUERY_TERMS) return null;
  return searchedTerms(keyTerms(terms, synonyms));
}

/** The query's key terms in order, repeats included; the words of a synonym phrase are kept, stop words or not. */
function keyTerms(terms: string[], synonyms: Synonyms): KeyTerm[] {
  const phraseAt = new Map<number, number>();
  synonyms.match(terms).forEach((m, phrase) => {
    for (let i = m.start; i < m.end; i++) phraseAt.set(i, phrase);
  });
  const out: KeyTerm[] = [];
  terms.forEach((term, at) => {
    const phrase = phraseAt.get(at) ?? -1;
    if (phrase < 0 && isStopword(term)) return;
    out.push({ term, phrase });
  });
  return out;
}

/**
 * What is searched: each key term alone, but the words of a synonym phrase together, so the synonym applies.
 * Chinese terms are searched in the copy segmented as the query is (stored.ts), so a character the segmenter left
 * alone (院 of 院舍) finds the documents where it stands alone too, as in the embedded engine. A term said twice
 * is searched once and counts twice, as the embedded engine counts every word of the query.
 */
function searchedTerms(terms: KeyTerm[]): SearchedTerm[] {
  const out: string[] = [];
  terms.forEach(({ term, phrase }, i) => {
    const previous = terms[i - 1];
    const han = previous !== undefined && isHan(term) && isHan(previous.term);
    if (phrase >= 0 && previous?.phrase === phrase) out[out.length - 1] += (han ? '' : ' ') + term;
    else out.push(term);
  });
  const times = new Map<string, number>();
  for (const text of out) times.set(text, (times.get(text) ?? 0) + 1);
  return [...times].slice(0, KEY_TERMS).map(([text, n]) => ({ text, times: n }));
}

/** Every term folded as the documents are, for marking matches in hits: the key terms and their synonyms. */
export function markedTerms(text: string, synonyms: Synonyms): Set<string> {
  const terms = queryTerms(text);
  const out = new Set(terms.filter((t) => !isStopword(t)));
  for (const m of synonyms.match(terms)) for (const alternative of m.alternatives) for (const t of alternative) out.add(t);
  return out;
}

/** BM25+ as the embedded engine computes it (text-index.ts). */
const K = 1.2;
const B = 0.7;
const D = 0.5;
/** The embedded engine tells a query's words apart by 32 bits: a document matching more counts as 32. */
const MATCHED_WORDS_COUNTED = 32;

type TermHit = { id: string; quality: number; tf: Map<string, number>; lengths: Record<string, number> };

/**
 * Candidates and their scores, BM25+ as the embedded engine ranks: Σ over matched terms of rarity × BM25+ over the
 * fields, times the number of the query's words matched. Meilisearch finds the candidates and where each term
 * matched; a typo or a partly matched term counts for less, as its ranking score details say.
 */
export async function scoreByTerms(client: Meilisearch, index: IndexName, indexUid: string, terms: SearchedTerm[]): Promise<Map<string, number>> {
  const { results } = await client.multiSearch({
    queries: [
      { indexUid, q: '', limit: 0 },
      ...terms.map(({ text }) => ({
        indexUid, q: asSearched(text), limit: TERM_CANDIDATES, attributesToRetrieve: ['id', LENGTHS],
        showMatchesPosition: true, showRankingScoreDetails: true,
      })),
    ],
  });
  const [all, ...perTerm] = results;
  const total = all?.estimatedTotalHits ?? 0;
  const hits = perTerm.map((result, i) => result.hits.map((hit) => termHit(hit, queryTerms(terms[i]!.text).length)));
  const average = averageLengths(hits.flat());
  const boosts = SEARCH_BOOSTS[index];
  const scores = new Map<string, number>();
  const matched = new Map<string, number>();
  perTerm.forEach((result, i) => {
    const { times } = terms[i]!;
    const found = result.estimatedTotalHits ?? result.hits.length;
    const rarity = Math.log(1 + (total - found + 0.5) / (found + 0.5));
    for (const hit of hits[i]!) {
      scores.set(hit.id, (scores.get(hit.id) ?? 0) + times * rarity * hit.quality * bm25(hit, average, boosts));
      matched.set(hit.id, (matched.get(hit.id) ?? 0) + times);
    }
  });
  // As the embedded engine (and minisearch) does: a document matching more of the query's words ranks higher.
  for (const [id, score] of scores) scores.set(id, score * Math.min(matched.get(id)!, MATCHED_WORDS_COUNTED));
  return scores;
}

/** Σ over the fields a term occurs in of the field's boost × BM25+ of its occurrences and the field's length. */
function bm25(hit: TermHit, average: Map<string, number>, boosts: Record<string, number>): number {
  let sum = 0;
  for (const [field, tf] of hit.tf) {
    const relative = (hit.lengths[field] ?? 0) / (average.get(field) || 1);
    sum += (boosts[field] ?? 1) * (D + (tf * (K + 1)) / (tf + K * (1 - B + B * relative)));
  }
  return sum;
}

/** Where a term matched a hit: occurrences per field (a phrase's words count as one), and how well. */
function termHit(hit: Hit, words: number): TermHit {
  const tf = new Map<string, number>();
  for (const [attribute, positions] of Object.entries(hit._matchesPosition ?? {})) {
    const field = fieldOf(attribute);
    // The field's text and its segmented Chinese may both hold the match: the occurrences are the same.
    if (field) tf.set(field, Math.max(tf.get(field) ?? 0, Math.max(1, (positions?.length ?? 0) / Math.max(1, words))));
  }
  const details = hit._rankingScoreDetails;
  const quality = (details?.words?.score ?? 1) * (details?.typo?.score ?? 1);
  return { id: String(hit['id']), quality, tf, lengths: (hit[LENGTHS] ?? {}) as Record<string, number> };
}

/** Each field's average length over the candidates: the index's own average is not known to the adapter. */
function averageLengths(hits: TermHit[]): Map<string, number> {
  const seen = new Map(hits.map((h) => [h.id, h.lengths]));
  const sums = new Map<string, number>();
  for (const lengths of seen.values()) for (const [field, n] of Object.entries(lengths)) sums.set(field, (sums.get(field) ?? 0) + n);
  return new Map([...sums].map(([field, sum]) => [field, sum / seen.size]));
}

/**
 * Meilisearch reads a query's last word as a prefix unless a space follows. An English term keeps that, so
 * "invoice" also finds "invoices"; Chinese terms are whole words (人 must not find 人工智能).
 */
function asSearched(term: string): string {
  return isHan(term) ? `${term} ` : term;
}
