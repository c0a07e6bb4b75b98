// The in-process engine: minisearch for text, postings for filters and facets, all in memory. The
// database remains the source of truth, so nothing here is persisted; `replaceAll` rebuilds on start-up.
import type { SearchResult as TextMatch } from 'minisearch';
import { assertFilterField, CROPPED_FIELDS, HIGHLIGHT_FIELDS } from '../fields';
import type { IndexName, SearchDoc, SearchEngine, SearchHit, SearchQuery, SearchResult } from '../port';
import { buildClauses, evaluate, listingUniverse } from './filters';
import { highlight } from './highlight';
import { IndexState } from './index-state';
import type { Doc } from './postings';
import { buildQuery } from './query';
import { rank } from './rank';
import { Suggestions } from './suggest';
import { Synonyms } from './synonyms';

const DEFAULT_LIMIT = 20;

export class EmbeddedSearchEngine implements SearchEngine {
  readonly name = 'embedded' as const;
  private ready = false;
  private readonly indexes = { suppliers: new IndexState('suppliers'), cases: new IndexState('cases') };
  private readonly synonyms = new Synonyms();
  private readonly suggestions = new Suggestions();

  async init(): Promise<void> {
    this.ready = true;
  }

  async isReady(): Promise<boolean> {
    return this.ready;
  }

  async upsert<I extends IndexName>(index: I, docs: SearchDoc<I>[]): Promise<void> {
    this.assertReady();
    for (const doc of docs) this.put(index, doc);
  }

  async remove(index: IndexName, ids: string[]): Promise<void> {
    this.assertReady();
    for (const id of ids) {
      const old = this.indexes[index].drop(id);
      if (old && index === 'suppliers') this.suggestions.remove(phrasesOf(old));
    }
  }

  async replaceAll<I extends IndexName>(index: I, docs: SearchDoc<I>[]): Promise<void> {
    this.assertReady();
    this.indexes[index] = new IndexState(index);
    if (index === 'suppliers') this.suggestions.clear();
    for (const doc of docs) this.put(index, doc);
  }

  async search(index: IndexName, query: SearchQuery): Promise<SearchResult> {
    this.assertReady();
    const started = performance.now();
    const state = this.indexes[index];
    const facetFields = query.facets ?? [];
    for (const f of facetFields) assertFilterField(index, f);
    const clauses = buildClauses(index, query.filter, state.postings, state.docs);
    const tree = query.q ? buildQuery(query.q, this.synonyms) : null;
    const textMatches = tree ? new Map(state.text.search(tree).map((m) => [String(m.id), m])) : null;
    // A listing's facet for a field that alone is filtered on counts over the whole index: read postings.
    const direct = textMatches ? [] : facetFields.filter((f) => clauses.every((c) => c.field === f));
    const universe = textMatches ? textMatches.keys() : listingUniverse(clauses, state.docs.keys());
    const counted = facetFields.filter((f) => !direct.includes(f));
    const { matched, facets } = evaluate(universe, clauses, counted, state.postings);
    for (const f of direct) facets[f] = state.postings.counts(f);
    const ordered = rank(matched, query.sort ?? 'relevance', state.docs, textMatches);
    const offset = Math.max(0, query.offset ?? 0);
    const page = ordered.slice(offset, offset + Math.max(0, query.limit ?? DEFAULT_LIMIT));
    const hits = page.map((id) => this.hit(index, state.docs.get(id)!, textMatches?.get(id)));
    return { hits, total: matched.length, facets, tookMs: performance.now() - started };
  }

  async suggest(prefix: string, limit: number): Promise<string[]> {
    this.assertReady();
    return this.suggestions.suggest(prefix, limit);
  }

  async setSynonyms(groups: string[][]): Promise<void> {
    this.synonyms.set(groups);
  }

  async close(): Promise<void> {
    this.ready = false;
  }

  private put(index: IndexName, doc: SearchDoc<IndexName>): void {
    const copy: Doc = { ...doc };
    const old = this.indexes[index].put(copy);
    if (index !== 'suppliers') return;
    if (old) this.suggestions.remove(phrasesOf(old));
    this.suggestions.add(phrasesOf(copy));
  }

  private hit(index: IndexName, doc: Doc, match: TextMatch | undefined): SearchHit {
    const terms = new Set<string>(match?.terms ?? []);
    const { always, whenMatched } = HIGHLIGHT_FIELDS[index];
    const highlights: Record<string, string> = {};
    for (const field of [...always, ...whenMatched]) {
      const text = doc[field];
      if (typeof text !== 'string' || text === '') continue;
      const { html, hit } = highlight(text, terms, CROPPED_FIELDS.has(field));
      if (hit || always.includes(field)) highlights[field] = html;
    }
    return { id: doc.id, score: match?.score ?? 0, highlights, doc };
  }

  private assertReady(): void {
    if (!this.ready) throw new Error('The embedded search engine is not initialised (call init) or was closed');
  }
}

function phrasesOf(doc: Doc): string[] {
  const names = [doc['name'], doc['nameZh']].filter((n): n is string => typeof n === 'string' && n !== '');
  const capabilities = Array.isArray(doc['capabilities']) ? doc['capabilities'].map(String) : [];
  return [...names, ...capabilities];
}
