// Builds <mark> fragments from the same spans the index was built from, so whatever matched (a fuzzy
// match, a prefix, a synonym, a Chinese two-character piece) is marked in the original text.
import { markRanges, type Range } from '../html';
import { eachSpan, isHan } from '../../text/text';

const CROP_CHARS = 200;
const CROP_LEAD = 60;

/** The fragment, and whether any term in it matched. */
export function highlight(text: string, matched: ReadonlySet<string>, crop: boolean): { html: string; hit: boolean } {
  // A cropped field shows the window from a little before its first match: nothing after it needs finding.
  const until = crop && text.length > CROP_CHARS ? (first: number) => cropStart(text, first) + CROP_CHARS : undefined;
  const ranges = matchRanges(text, matched, until);
  return { html: fragment(text, ranges, crop), hit: ranges.length > 0 };
}

/**
 * Marks the (sorted, non-overlapping) ranges; a cropped field is cut to a window from a little before the first.
 * Meilisearch's adapter renders its match positions through this too, so both engines show the same fragments.
 */
export function fragment(text: string, ranges: Range[], crop: boolean): string {
  if (!crop || text.length <= CROP_CHARS) return markRanges(text, ranges);
  const start = cropStart(text, ranges[0]?.start ?? 0);
  const end = Math.min(text.length, start + CROP_CHARS);
  const inside = ranges
    .filter((r) => r.start >= start && r.end <= end)
    .map((r) => ({ start: r.start - start, end: r.end - start }));
  const html = markRanges(text.slice(start, end), inside);
  return (start > 0 ? '…' : '') + html + (end < text.length ? '…' : '');
}

/**
 * Where the matched terms occur in the text (its own words, and two-character pieces of longer Chinese words).
 * With `until`, the search stops at the position it gives for the first match's start: ranges from there on
 * are left out (words are folded and segmented only up to there).
 */
export function matchRanges(text: string, matched: ReadonlySet<string>, until?: (firstStart: number) => number): Range[] {
  if (matched.size === 0) return [];
  if (!hasNonAsciiWordChar(text)) return asciiWordRanges(text, matched, until);
  const han = hasHan(matched);
  // A Chinese field against a query without Chinese terms: usually none of its words can match.
  if (!han && !containsAny(text.normalize('NFKC').toLowerCase(), matched)) return [];
  const ranges: Range[] = [];
  const pairs = han ? twoCharTerms(matched) : NO_PAIRS;
  let end = Infinity;
  eachSpan(
    text,
    han,
    (start, spanEnd, term, cjk) => {
      if (start >= end) return false;
      if (matched.has(term)) ranges.push({ start, end: spanEnd });
      else if (cjk) {
        const piece = matchedPiece(term, pairs);
        if (piece >= 0) ranges.push({ start: start + piece, end: start + piece + 2 });
      }
      if (until && end === Infinity && ranges.length > 0) end = until(ranges[0]!.start);
      return true;
    },
    han ? nonAsciiTerms(matched) : undefined,
  );
  return end === Infinity ? ranges : ranges.filter((r) => r.start < end);
}

/** A letter, mark or digit outside ASCII: where there is none, every word is a run of ASCII letters and digits. */
const NON_ASCII_WORD_CHAR = /[[\p{L}\p{M}\p{N}]--[\x00-\x7F]]/v;

/** Per code unit of the Basic Multilingual Plane (surrogates aside), 1 when it is such a character. */
const NON_ASCII_WORD_UNIT = new Uint8Array(0x10000);
for (let c = 0x80; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) NON_ASCII_WORD_UNIT[c] = Number(NON_ASCII_WORD_CHAR.test(String.fromCharCode(c)));

/**
 * `NON_ASCII_WORD_CHAR.test(text)`, read from a table: English text (most fields) is scanned to its end, and the
 * regular expression's run per field was a measurable share of highlighting. A surrogate pair is tested as the
 * character it encodes.
 */
function hasNonAsciiWordChar(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0xd800 || c > 0xdfff) {
      if (NON_ASCII_WORD_UNIT[c]) return true;
    } else if (NON_ASCII_WORD_CHAR.test(text.slice(i, i + 2))) return true;
  }
  return false;
}

/**
 * The same ranges as `spans` finds in text whose words are all ASCII (most English text, curly quotes and
 * dashes included), without an object per word: `spans` made about half of what an uncached search
 * allocated. ASCII words are their own NFKC form, so lowercasing is all the normalising they need; a word is
 * compared in place with the matched terms of its length only.
 */
function asciiWordRanges(text: string, matched: ReadonlySet<string>, until?: (firstStart: number) => number): Range[] {
  const byLength = termsByLength(matched);
  const ranges: Range[] = [];
  let start = -1;
  let end = Infinity;
  for (let i = 0; i <= text.length; i++) {
    const inWord = i < text.length && isAsciiAlnum(text.charCodeAt(i));
    if (inWord) {
      if (start >= 0) continue;
      if (i >= end) break;
      start = i;
      continue;
    }
    const sameLength = start >= 0 ? byLength.get(i - start) : undefined;
    if (sameLength && isTermAt(text, start, sameLength)) {
      ranges.push({ start, end: i });
      if (until && ranges.length === 1) end = until(start);
    }
    start = -1;
  }
  return ranges;
}

/** Whether any term occurs in the folded text at all, inside a word or not: a word equal to a term contains it. */
function containsAny(folded: string, matched: ReadonlySet<string>): boolean {
  for (const term of matched) if (folded.includes(term)) return true;
  return false;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/**
 * A figure of a term set, computed once per set: a search's hits share a few sets. Kept for the last few sets
 * only: as a weak map's values, the figures of every search's sets were kept through V8's young-generation
 * collections into the old generation.
 */
function perTermSet<V>(compute: (matched: ReadonlySet<string>) => V): (matched: ReadonlySet<string>) => V {
  const sets: (ReadonlySet<string> | undefined)[] = Array.from({ length: RECENT_SETS });
  const figures: V[] = [];
  let next = 0;
  return (matched) => {
    for (let i = 0; i < RECENT_SETS; i++) if (sets[i] === matched) return figures[i]!;
    const figure = compute(matched);
    sets[next] = matched;
    figures[next] = figure;
    next = (next + 1) % RECENT_SETS;
    return figure;
  };
}

const RECENT_SETS = 8;

/** The matched terms by length, so that most words are ruled out by their length alone. */
const termsByLength = perTermSet((matched) => {
  const byLength = new Map<number, string[]>();
  for (const term of matched) {
    const same = byLength.get(term.length);
    if (same) same.push(term);
    else byLength.set(term.length, [term]);
  }
  return byLength;
});

/**
 * Whether the ASCII word at `start` (as long as each of `terms`), lowercased, is one of them: compared in place, as
 * copying each word out and lowercasing it was most of what highlighting English text allocated.
 */
function isTermAt(text: string, start: number, terms: readonly string[]): boolean {
  next: for (const term of terms) {
    for (let k = 0; k < term.length; k++) {
      const c = text.charCodeAt(start + k);
      if ((c >= 65 && c <= 90 ? c + 32 : c) !== term.charCodeAt(k)) continue next;
    }
    return true;
  }
  return false;
}

/** Where the first matched two-character piece of a longer Chinese word starts (-1: none); folding keeps offsets, so it maps onto the original. */
function matchedPiece(word: string, pairs: ReadonlySet<number>): number {
  if (pairs.size === 0) return -1;
  for (let i = 0; i + 2 <= word.length; i++) if (pairs.has(word.charCodeAt(i) * 0x10000 + word.charCodeAt(i + 1))) return i;
  return -1;
}

const NO_PAIRS: ReadonlySet<number> = new Set();

/** The matched terms two code units long, as numbers: a word's pieces are looked up without a string for each. */
const twoCharTerms = perTermSet(
  (matched) => new Set([...matched].filter((t) => t.length === 2).map((t) => t.charCodeAt(0) * 0x10000 + t.charCodeAt(1))),
);

/** Starts a little before the first match, at a word boundary where there is one nearby. */
function cropStart(text: string, firstMatch: number): number {
  if (firstMatch < CROP_LEAD) return 0;
  const from = firstMatch - CROP_LEAD;
  const space = text.indexOf(' ', from);
  return space >= 0 && space < firstMatch ? space + 1 : from;
}

/**
 * The matched terms a run of Chinese can hold (any but pure ASCII words): a run whose folded text contains none
 * is not segmented (the costly part of highlighting Chinese text). Once per query's term set.
 */
const nonAsciiTerms = perTermSet((matched) => [...matched].filter((t) => !/^[\x00-\x7f]*$/.test(t)));

/** Whether any matched term is Chinese; asked once per query's term set, which every hit shares. */
const hasHan = perTermSet((matched) => [...matched].some(isHan));
