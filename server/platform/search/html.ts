// Highlight fragments are rendered with v-html, so every character that is not our own <mark> tag is
// escaped here, in one place, for both adapters.
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const SPECIAL = /[&<>"']/;

export function escapeHtml(text: string): string {
  // Most text has nothing to escape: a replace with a callback cost a fifth of highlighting a field.
  return SPECIAL.test(text) ? text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c) : text;
}

export type Range = { start: number; end: number };

/** Escapes `text` and wraps each (sorted, non-overlapping) range in <mark>. */
export function markRanges(text: string, ranges: Range[]): string {
  // Escaping each piece of a text that needs none is the same text: looked for once, in the whole.
  const escape = SPECIAL.test(text) ? escapeHtml : same;
  let out = '';
  let at = 0;
  for (const r of ranges) {
    out += escape(text.slice(at, r.start)) + '<mark>' + escape(text.slice(r.start, r.end)) + '</mark>';
    at = r.end;
  }
  return out + escape(text.slice(at));
}

const same = (text: string) => text;
