// Highlight fragments are rendered with v-html, so every character that is not our own <mark> tag is
// escaped here, in one place, for both adapters.
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

export type Range = { start: number; end: number };

/** Escapes `text` and wraps each (sorted, non-overlapping) range in <mark>. */
export function markRanges(text: string, ranges: Range[]): string {
  let out = '';
  let at = 0;
  for (const r of ranges) {
    out += escapeHtml(text.slice(at, r.start)) + '<mark>' + escapeHtml(text.slice(r.start, r.end)) + '</mark>';
    at = r.end;
  }
  return out + escapeHtml(text.slice(at));
}
