// Meilisearch marks matches with tags we choose but does not escape the text around them. We ask for
// private-use characters as tags, escape everything, then turn only balanced tag pairs into <mark>.
import { escapeHtml } from '../html';

export const PRE_TAG = '\uE000';
export const POST_TAG = '\uE001';

export function toMarkHtml(formatted: string): string {
  let out = '';
  let open = false;
  for (const part of formatted.split(/([\uE000\uE001])/u)) {
    if (part === PRE_TAG || part === POST_TAG) {
      const opening = part === PRE_TAG;
      if (opening !== open) out += opening ? '<mark>' : '</mark>';
      open = opening;
    } else out += escapeHtml(part);
  }
  return open ? out + '</mark>' : out;
}

export function hasMatch(formatted: string): boolean {
  return formatted.includes(PRE_TAG);
}
