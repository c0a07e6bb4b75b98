// Completions for search-as-you-type: a small separate index of supplier names and capability phrases,
// reference-counted because many suppliers share a capability.
import MiniSearch from 'minisearch';
import { indexTerms, normalizePhrase, queryTerms } from './text';

type Phrase = { key: string; text: string };

export class Suggestions {
  private readonly counts = new Map<string, { text: string; count: number }>();
  private mini = newIndex();

  add(phrases: string[]): void {
    for (const text of phrases) {
      const key = normalizePhrase(text);
      if (!key) continue;
      const entry = this.counts.get(key);
      if (entry) entry.count++;
      else {
        this.counts.set(key, { text, count: 1 });
        this.mini.add({ key, text });
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
      this.mini.discard(key);
    }
  }

  clear(): void {
    this.counts.clear();
    this.mini = newIndex();
  }

  /** Phrases whose words start like the prefix; phrases that start with it come first. */
  suggest(prefix: string, limit: number): string[] {
    const terms = queryTerms(prefix);
    if (terms.length === 0 || limit <= 0) return [];
    const wanted = terms.join(' ');
    const results = this.mini.search(
      { combineWith: 'AND', queries: terms },
      {
        prefix: (_t, i, all) => i === all.length - 1,
        // Typo-light: one edit, and only in longer words, so short prefixes stay precise.
        fuzzy: (t) => (t.length >= 5 ? 1 : false),
      },
    );
    const leading = (key: string) => (key.startsWith(wanted) ? 0 : 1);
    return results
      .map((r) => ({ key: String(r.id), score: r.score }))
      .sort((a, b) => leading(a.key) - leading(b.key) || b.score - a.score)
      .slice(0, limit)
      .map((r) => this.counts.get(r.key)!.text);
  }
}

function newIndex(): MiniSearch<Phrase> {
  return new MiniSearch<Phrase>({
    idField: 'key',
    fields: ['text'],
    tokenize: indexTerms,
    processTerm: (t) => t,
    searchOptions: { tokenize: (t) => [t], processTerm: (t) => t },
  });
}
