// Meilisearch reports where the query matched (`_matchesPosition`) in UTF-8 bytes of the searched copy of a
// field. That copy has the original's characters one for one (see stored.ts), so the positions become character
// ranges of the original, rendered by the same fragment code as the embedded engine: both engines show the same
// fragments, and Meilisearch's own markup (which leaves the text around its tags unescaped) is never used.
import type { Range } from '../html';

export type MatchPosition = { start: number; length: number };

/**
 * Byte positions in `text` as sorted character (UTF-16) ranges, each widened to the whole word: Meilisearch
 * marks only as much of a word as the query spelled (`Visio` of Vision for "vison", `Victo` for a prefix), the
 * embedded engine the word. Chinese is left as Meilisearch segmented it.
 */
export function byteRanges(text: string, positions: readonly MatchPosition[]): Range[] {
  const sorted = [...positions].sort((a, b) => a.start - b.start);
  const ranges: Range[] = [];
  let byte = 0;
  let at = 0;
  // Positions are sorted, so one walk through the text converts them all.
  const charAt = (target: number) => {
    while (at < text.length && byte < target) {
      const code = text.codePointAt(at)!;
      byte += utf8Length(code);
      at += code > 0xffff ? 2 : 1;
    }
    return at;
  };
  for (const p of sorted) {
    const start = charAt(p.start);
    const end = charAt(p.start + p.length);
    if (end <= start) continue;
    const range = wholeWord(text, start, end);
    const last = ranges.at(-1);
    if (last && range.start < last.end) last.end = Math.max(last.end, range.end);
    else ranges.push(range);
  }
  return ranges;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const HAN = /\p{Script=Han}/u;

function wholeWord(text: string, start: number, end: number): Range {
  const inWord = (i: number) => i >= 0 && i < text.length && WORD_CHAR.test(text[i]!) && !HAN.test(text[i]!);
  if (HAN.test(text[start]!)) return { start, end };
  while (inWord(start - 1)) start--;
  while (inWord(end)) end++;
  return { start, end };
}

function utf8Length(code: number): number {
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}
