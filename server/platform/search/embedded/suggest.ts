// Completions for search-as-you-type: a small separate index of supplier names and capability phrases,
// reference-counted because many suppliers share a capability.
import { normalizePhrase, queryTerms } from '../../text/text';
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
    const { scores } = this.index.search({ all: terms.map((term, i) => ({ term, prefix: i === last, fuzzy: term.length >= 5 })) });
    const leading = (key: string) => (key.startsWith(wanted) ? 0 : 1);
    return [...scores]
      .map(([key, score]) => ({ key, score }))
      .sort((a, b) => leading(a.key) - leading(b.key) || b.score - a.score)
      .slice(0, limit)
      .map((r) => this.counts.get(r.key)!.text);
  }
}

/** What a supplier contributes to the completions: its names and capability phrases. */
export function phrasesOf(doc: Readonly<Record<string, unknown>>): string[] {
  const names = [doc['name'], doc['nameZh']].filter((n): n is string => typeof n === 'string' && n !== '');
  const capabilities = Array.isArray(doc['capabilities']) ? doc['capabilities'].map(String) : [];
  return [...names, ...capabilities];
}
