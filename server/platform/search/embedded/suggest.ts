// Completions for search-as-you-type: a small separate index of supplier names and capability phrases,
// reference-counted because many suppliers share a capability.
import { normalizePhrase, queryTerms } from '../../text/text';
import { Best } from './best';
import { TextIndex } from './text-index';

export class Suggestions {
  private readonly counts = new Map<string, { text: string; count: number }>();
  private readonly index = new TextIndex([1]);

  add(phrases: string[]): void {
    for (const text of phrases) {
      const key = normalizePhrase(text);
      if (!key) continue;
      const entry = this.counts.get(key);
      if (entry) entry.count++;
      else {
        this.counts.set(key, { text, count: 1 });
        this.index.add(key, [text]);
      }
    }
  }

  remove(phrases: string[]): void {
    for (const text of phrases) {
      const key = normalizePhrase(text);
      const entry = this.counts.get(key);
      if (!entry) continue;
      if (--entry.count > 0) continue;
      this.counts.delete(key);
      this.index.remove(key);
    }
  }

  /** Phrases whose words start like the prefix; phrases that start with it come first. */
  suggest(prefix: string, limit: number): string[] {
    const terms = queryTerms(prefix);
    if (terms.length === 0 || limit <= 0) return [];
    const wanted = terms.join(' ');
    // The last word is being typed (a prefix); typos forgiven only in longer words, so short prefixes stay precise.
    const last = terms.length - 1;
    const { slots, scores } = this.index.match({ all: terms.map((term, i) => ({ term, prefix: i === last, fuzzy: term.length >= 5 })) });
    const leading = (p: number) => (this.index.idAt(slots[p]!)!.startsWith(wanted) ? 0 : 1);
    const before = (a: number, b: number) => leading(a) - leading(b) || scores[b]! - scores[a]!;
    // The best `limit` in one pass (a short prefix matches thousands of phrases), by position among the matches:
    // an object (and a map entry) per match made a short prefix's answer allocate hundreds of KB. Ties keep the
    // index's order.
    const best = new Best<number>(limit, before);
    for (let p = 0; p < slots.length; p++) best.offer(p);
    return best.items.map((p) => this.counts.get(this.index.idAt(slots[p]!)!)!.text);
  }
}

/** What a supplier contributes to the completions: its names and capability phrases. */
export function phrasesOf(doc: Readonly<Record<string, unknown>>): string[] {
  const names = [doc['name'], doc['nameZh']].filter((n): n is string => typeof n === 'string' && n !== '');
  const capabilities = Array.isArray(doc['capabilities']) ? doc['capabilities'].map(String) : [];
  return [...names, ...capabilities];
}
