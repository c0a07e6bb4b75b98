// Meilisearch reports where the query matched (`_matchesPosition`) in UTF-8 bytes of the searched copy of a
// field. That copy has the original's characters one for one (see stored.ts), so the positions become character
// ranges of the original, rendered by the same fragment code as the embedded engine: both engines show the same
// fragments, and Meilisearch's own markup (which leaves the text around its tags unescaped) is never used.
import type { Range } from '../html';

export type MatchPosition = { start: number; length: number };

/** Byte positions in `text` as sorted, non-overlapping character (UTF-16) ranges. */
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
    if (end > start) ranges.push({ start, end });
  }
  return ranges;
}

function utf8Length(code: number): number {
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}
