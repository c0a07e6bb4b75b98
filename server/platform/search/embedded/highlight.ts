// Builds <mark> fragments from the same spans the index was built from, so whatever matched (a fuzzy
// match, a prefix, a synonym, a Chinese two-character piece) is marked in the original text.
import { markRanges, type Range } from '../html';
import { isHan, spans } from './text';

const CROP_CHARS = 200;
const CROP_LEAD = 60;

/** The fragment, and whether any term in it matched. */
export function highlight(text: string, matched: Set<string>, crop: boolean): { html: string; hit: boolean } {
  const ranges = matchRanges(text, matched);
  if (!crop || text.length <= CROP_CHARS) return { html: markRanges(text, ranges), hit: ranges.length > 0 };
  const start = cropStart(text, ranges[0]?.start ?? 0);
  const end = Math.min(text.length, start + CROP_CHARS);
  const inside = ranges
    .filter((r) => r.start >= start && r.end <= end)
    .map((r) => ({ start: r.start - start, end: r.end - start }));
  const html = markRanges(text.slice(start, end), inside);
  return { html: (start > 0 ? '…' : '') + html + (end < text.length ? '…' : ''), hit: ranges.length > 0 };
}

function matchRanges(text: string, matched: Set<string>): Range[] {
  const ranges: Range[] = [];
  for (const s of spans(text, hasHan(matched))) {
    if (matched.has(s.term)) ranges.push({ start: s.start, end: s.end });
    else if (s.cjk) ranges.push(...pieceRanges(s.term, s.start, matched));
  }
  return ranges;
}

/** Matched Chinese pieces inside a longer word; folding keeps offsets, so they map onto the original. */
function pieceRanges(word: string, offset: number, matched: Set<string>): Range[] {
  for (let i = 0; i + 2 <= word.length; i++) {
    if (matched.has(word.slice(i, i + 2))) return [{ start: offset + i, end: offset + i + 2 }];
  }
  return [];
}

/** Starts a little before the first match, at a word boundary where there is one nearby. */
function cropStart(text: string, firstMatch: number): number {
  if (firstMatch < CROP_LEAD) return 0;
  const from = firstMatch - CROP_LEAD;
  const space = text.indexOf(' ', from);
  return space >= 0 && space < firstMatch ? space + 1 : from;
}

const hanIn = new WeakMap<Set<string>, boolean>();

/** Whether any matched term is Chinese; asked once per query's term set, which every hit shares. */
function hasHan(matched: Set<string>): boolean {
  let known = hanIn.get(matched);
  if (known === undefined) {
    known = [...matched].some(isHan);
    hanIn.set(matched, known);
  }
  return known;
}
