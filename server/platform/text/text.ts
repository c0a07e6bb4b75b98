// The one normaliser used for indexing, querying and highlighting, so the three always agree on what a
// term is. Latin-script words are kept whole (NFKC, lowercased); runs of Han characters are folded to
// Simplified (Traditional→Simplified is many-to-one, so both scripts land on one form) and then split
// into words with Intl.Segmenter.
import { ConverterBuilder } from 'opencc-js/core';
import * as locales from 'opencc-js/preset';
import { toHongKongTraditional } from './hk-traditional';

export type Span = { start: number; end: number; term: string; cjk: boolean };

const toSimplified = ConverterBuilder(locales)({ from: 'hk', to: 'cn' });
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const HAN = /\p{Script=Han}/u;
const WORD = /[\p{L}\p{M}\p{N}]/u;

/** What a character is to the tokenizer: a Han character, another letter, mark or digit, or neither. */
const OTHER = 0;
const HAN_CHAR = 1;
const WORD_CHAR = 2;
const classOf = (char: string) => (HAN.test(char) ? HAN_CHAR : WORD.test(char) ? WORD_CHAR : OTHER);

/**
 * The class of every character of the Basic Multilingual Plane, looked up by code unit: a Unicode-property regex
 * matched over the text (what this replaced) was most of the cost of highlighting Chinese text. Surrogates are
 * left OTHER; a pair is classed as the code point it encodes.
 */
const BMP_CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) BMP_CLASS[c] = classOf(String.fromCharCode(c));

/** The class of the character at `i` (a code point) and its length in code units. */
function charAt(text: string, i: number): { cls: number; width: number } {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return c >= 0xdc00 && c <= 0xdfff ? OTHER_ONE : BMP_RESULTS[BMP_CLASS[c]!]!;
  const low = text.charCodeAt(i + 1);
  if (!(low >= 0xdc00 && low <= 0xdfff)) return OTHER_ONE;
  return { cls: classOf(text.slice(i, i + 2)), width: 2 };
}
const OTHER_ONE = { cls: OTHER, width: 1 };
const BMP_RESULTS = [OTHER_ONE, { cls: HAN_CHAR, width: 1 }, { cls: WORD_CHAR, width: 1 }];

/**
 * The text's chunks, in order, to `visit` until it returns false: runs of Chinese, or runs of any other letters
 * and digits ("WhatsApp上的" is the word "whatsapp" and then Chinese). Characters of neither kind separate them.
 */
function eachChunk(text: string, visit: (start: number, end: number, han: boolean) => boolean): void {
  let start = -1;
  let kind = OTHER;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    // Below the surrogates a character is one code unit, classed by the table: no object read per character.
    let cls = BMP_CLASS[c]!;
    let width = 1;
    if (c >= 0xd800) ({ cls, width } = charAt(text, i));
    if (cls !== kind) {
      if (kind !== OTHER && !visit(start, i, kind === HAN_CHAR)) return;
      start = i;
      kind = cls;
    }
    i += width;
  }
  if (kind !== OTHER) visit(start, text.length, kind === HAN_CHAR);
}

/** Plain ASCII is already in NFKC form; normalising through ICU anyway cost 2–3% of an uncached search. */
const ASCII = /^[\x20-\x7e]*$/;

export function normalizeWord(word: string): string {
  return (ASCII.test(word) ? word : word.normalize('NFKC')).toLowerCase();
}

/**
 * Terms with their offsets in the original text. Without `han`, runs of Chinese are skipped rather than folded
 * and segmented (the costly part): for highlighting text against a query that has no Chinese terms.
 */
export function spans(text: string, han = true): Span[] {
  const out: Span[] = [];
  eachSpan(text, han, (start, end, term, cjk) => {
    out.push({ start, end, term, cjk });
    return true;
  });
  return out;
}

/**
 * The spans of `spans`, in order, to `visit` until it returns false: a caller that needs only the start of a
 * long text (a cropped highlight) does not fold and segment the rest. With `sought`, a run of Chinese is segmented
 * only if its folded text contains one of these strings (or was segmented before): every span of a run is a piece
 * of its folded text, so a run containing none of the terms a highlighter looks for has no span it wants.
 */
export function eachSpan(text: string, han: boolean, visit: SpanVisitor, sought?: readonly string[]): void {
  eachChunk(text, (start, end, isHanRun) => {
    if (!isHanRun) return visit(start, end, normalizeWord(text.slice(start, end)), false);
    if (!han) return true;
    for (const p of hanPieces(text.slice(start, end), sought)) if (!visit(start + p.start, start + p.end, p.term, true)) return false;
    return true;
  });
}

/** A span's parts as arguments: no object per word for a caller that keeps few of them (a highlighter). */
export type SpanVisitor = (start: number, end: number, term: string, cjk: boolean) => boolean;

/**
 * The text with every run of Chinese folded to Simplified, character for character, so offsets in the result are
 * offsets in the original; a run whose folding would change its length is kept as it is. For engines that do their
 * own segmenting (Meilisearch) but not this folding.
 */
export function foldHan(text: string): string {
  return text.replace(HAN_RUN, (run) => {
    const folded = toSimplified(run);
    return folded.length === run.length ? folded : run;
  });
}

const HAN_RUN = /\p{Script=Han}+/gu;

/** True for a term of Chinese characters. */
export function isHan(term: string): boolean {
  return HAN.test(term);
}

/**
 * The run's pieces; none when `sought` is given and its folded text contains none of it. Such a run is kept
 * folded but unsegmented, so a query repeated over the same documents folds it once, as it segments the others once.
 */
function hanPieces(run: string, sought?: readonly string[]): readonly Span[] {
  const known = segmented.get(run);
  if (known !== undefined && typeof known !== 'string') return known;
  const folded = known ?? toSimplified(run);
  if (sought && !sought.some((term) => folded.includes(term))) {
    if (known === undefined) remember(run, folded);
    return NO_SPANS;
  }
  const pieces = segmentHan(run, folded);
  remember(run, pieces);
  return pieces;
}

function remember(run: string, segmentation: readonly Span[] | string): void {
  if (segmented.size >= SEGMENTED_RUNS && !segmented.has(run)) segmented.clear();
  segmented.set(run, segmentation);
}

const NO_SPANS: readonly Span[] = [];

/**
 * Folding and segmenting cost more than everything else in indexing and highlighting, and the same
 * phrases recur across documents, so runs are segmented once. Cleared when full: cheaper than an LRU.
 */
const SEGMENTED_RUNS = 20_000;
/** A run's pieces, or its folded text while no caller has needed its pieces. */
const segmented = new Map<string, readonly Span[] | string>();

function segmentHan(run: string, folded: string): Span[] {
  // The folding is character for character in practice; if a dictionary phrase ever changed the length,
  // offsets would drift, so keep the whole run as one span rather than mark the wrong characters.
  if (folded.length !== run.length) return [{ start: 0, end: run.length, term: folded, cjk: true }];
  const pieces: Span[] = [];
  for (const s of segmenter.segment(folded)) {
    if (s.isWordLike) pieces.push({ start: s.index, end: s.index + s.segment.length, term: s.segment, cjk: true });
  }
  return pieces;
}

/** Terms for a query: whole words only. */
export function queryTerms(text: string): string[] {
  return spans(text).map((s) => s.term);
}

/**
 * Terms for a document: words plus the two-character pieces of longer Chinese words, so that a
 * two-character query such as 智能 finds text the segmenter kept as one word (人工智能).
 */
export function indexTerms(text: string): string[] {
  // The same terms as `spans`, without an object per term: indexing 60,000 documents made millions of them.
  const out: string[] = [];
  eachChunk(text, (start, end, isHanRun) => {
    if (!isHanRun) out.push(normalizeWord(text.slice(start, end)));
    else {
      for (const { term } of hanPieces(text.slice(start, end))) {
        out.push(term);
        if (term.length > 2) out.push(...bigrams(term));
      }
    }
    return true;
  });
  return out;
}

function bigrams(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 2 <= word.length; i++) out.push(word.slice(i, i + 2));
  return out;
}

/** Chinese folded to Simplified and everything lowercased, for substring tests that must not depend on segmentation. */
export function foldText(text: string): string {
  return toSimplified(normalizeWord(text));
}

/**
 * A Chinese phrase in both scripts (Simplified and Hong Kong Traditional), lowercased: for finding it in text
 * without folding the whole text, which costs far more than converting a few short phrases.
 */
export function bothScripts(phrase: string): string[] {
  const simplified = foldText(phrase);
  const traditional = toHongKongTraditional(simplified);
  const lower = phrase.toLowerCase();
  return [...new Set([simplified, traditional, lower])];
}

/** Chinese text in Hong Kong Traditional script, e.g. to show a word the tokenizer folded to Simplified. */
export function traditional(text: string): string {
  return toHongKongTraditional(text);
}

/** A whole phrase folded the same way, for comparing phrases (suggestions, synonyms). */
export function normalizePhrase(text: string): string {
  return queryTerms(text).join(' ');
}
