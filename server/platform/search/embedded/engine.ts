// The in-process engine: our text index (text-index.ts) for words, postings for filters and facets, all in
// memory. The database remains the source of truth, so nothing here is persisted; `replaceAll` rebuilds on start-up.
import { SearchWarming } from '../../errors/errors';
import { assertFilterField, CROPPED_FIELDS, HIGHLIGHT_FIELDS, SEARCH_BOOSTS } from '../fields';
import { inBatches, type DocBatches, type IndexName, type SearchDoc, type SearchEngine, type SearchHit, type SearchQuery, type SearchResult } from '../port';
import { buildClauses, evaluate, listingUniverse } from './filters';
import { FieldTerms } from './field-terms';
import { highlight } from './highlight';
import { IndexState } from './index-state';
import type { Doc } from './postings';
import { buildQueries, fuzziness, transpositions, type QueryPair } from './query';
import type { QueryNode } from './text-index';
import { topPage } from './rank';
import { RepeatCache } from './repeat-cache';
import { phrasesOf, Suggestions } from './suggest';
import { Synonyms } from '../../text/synonyms';
import { queryTerms } from '../../text/text';

const DEFAULT_LIMIT = 20;
/** Each index's searchable fields in the text index's order (its field numbers). */
const SEARCHABLE: Record<IndexName, string[]> = { suppliers: Object.keys(SEARCH_BOOSTS.suppliers), cases: Object.keys(SEARCH_BOOSTS.cases) };
/** When "every word" finds fewer results than this (after filters), the query runs again as "any word". */
const ALL_WORDS_ENOUGH = 1;
const NO_TERMS: ReadonlySet<string> = new Set();
/** Parsed queries (tokenised, folded, segmented, synonyms expanded), kept from their second request on. */
const QUERY_CACHE = 500;
/**
 * Whole results of recent searches per index (hits, facets and, through sendMemoJson, their JSON), kept from
 * their second request on and dropped on any change to that index or to the synonyms.
 */
const RESULT_CACHE = 300;

type Building = { state: IndexState; suggestions: Suggestions | undefined };

export class EmbeddedSearchEngine implements SearchEngine {
  readonly name = 'embedded' as const;
  private ready = false;
  private readonly indexes = { suppliers: new IndexState('suppliers'), cases: new IndexState('cases') };
  private readonly synonyms = new Synonyms();
  private synonymGroupsSet: string[][] = [];
  private suggestions = new Suggestions();
  private readonly building: Partial<Record<IndexName, Building>> = {};
  /** Indexes a `replaceAll` has filled at least once. Until the first one ends, queries of that index fail. */
  private readonly filled = new Set<IndexName>();
  private readonly parsed = new RepeatCache<QueryPair | null>(QUERY_CACHE);
  private readonly results = { suppliers: new RepeatCache<SearchResult>(RESULT_CACHE), cases: new RepeatCache<SearchResult>(RESULT_CACHE) };

  async init(): Promise<void> {
    this.ready = true;
  }

  async isReady(): Promise<boolean> {
    return this.ready && !this.warming('suppliers') && !this.warming('cases');
  }

  /**
   * True while the first rebuild of an index runs (start-up): its live index is still empty, so its queries fail
   * and the callers answer from the database (degraded) instead of with missing results. Later rebuilds keep the
   * previous live index answering until they end.
   */
  private warming(index: IndexName): boolean {
    return Boolean(this.building[index]) && !this.filled.has(index);
  }

  async upsert<I extends IndexName>(index: I, docs: SearchDoc<I>[]): Promise<void> {
    this.assertReady();
    this.results[index].clear();
    for (const target of this.targets(index)) for (const doc of docs) this.put(target.state, doc, target.suggestions);
  }

  async remove(index: IndexName, ids: string[]): Promise<void> {
    this.assertReady();
    this.results[index].clear();
    for (const { state, suggestions } of this.targets(index)) {
      for (const id of ids) {
        const old = state.drop(id);
        if (old && suggestions) suggestions.remove(phrasesOf(old));
      }
    }
  }

  async replaceAll<I extends IndexName>(index: I, docs: DocBatches<I>): Promise<void> {
    this.assertReady();
    const fresh: Building = { state: new IndexState(index), suggestions: index === 'suppliers' ? new Suggestions() : undefined };
    this.building[index] = fresh;
    try {
      for await (const batch of inBatches(docs)) for (const doc of batch) this.put(fresh.state, doc, fresh.suggestions);
    } finally {
      if (this.building[index] === fresh) delete this.building[index];
    }
    fresh.state.text.trim();
    this.indexes[index] = fresh.state;
    this.filled.add(index);
    if (fresh.suggestions) this.suggestions = fresh.suggestions;
    this.results[index].clear();
  }

  /** The live index and, while a rebuild is reading the database, the one being built: writes go to both. */
  private targets(index: IndexName): Building[] {
    const live = { state: this.indexes[index], suggestions: index === 'suppliers' ? this.suggestions : undefined };
    const building = this.building[index];
    return building ? [live, building] : [live];
  }

  async search(index: IndexName, query: SearchQuery): Promise<SearchResult> {
    this.assertReady(index);
    const started = performance.now();
    const key = JSON.stringify([query.q, query.filter, query.facets, query.sort, query.offset, query.limit, query.highlight]);
    const cached = this.results[index].get(key);
    if (cached) return { ...cached, tookMs: performance.now() - started };
    const result = this.compute(index, query, started);
    this.results[index].offer(key, result);
    return result;
  }

  private compute(index: IndexName, query: SearchQuery, started: number): SearchResult {
    const state = this.indexes[index];
    const facetFields = query.facets ?? [];
    for (const f of facetFields) assertFilterField(index, f);
    const clauses = buildClauses(index, query.filter, state);
    const trees = query.q ? this.parse(query.q) : null;
    const offset = Math.max(0, query.offset ?? 0);
    const limit = Math.max(0, query.limit ?? DEFAULT_LIMIT);
    const run = (tree: QueryNode | null) => {
      const text = tree ? state.text.match(tree) : null;
      // A listing's facet for a field that alone is filtered on counts over the whole index: read postings.
      const direct = text ? [] : facetFields.filter((f) => clauses.every((c) => c.field === f));
      const universe = text ? text.slots : listingUniverse(clauses, state);
      const counted = facetFields.filter((f) => !direct.includes(f));
      const { matched, facets } = evaluate(universe, text?.scores ?? null, clauses, counted, state.postings);
      for (const f of direct) facets[f] = state.postings.counts(f);
      return { matched, facets, terms: text?.terms ?? NO_TERMS, termIds: text?.termIds ?? [] };
    };
    let result = run(trees?.all ?? null);
    if (trees?.any && result.matched.slots.length < ALL_WORDS_ENOUGH) result = run(trees.any);
    const { matched, facets, terms, termIds } = result;
    const total = matched.slots.length;
    const page = topPage(matched, query.sort ?? 'relevance', state, offset, limit);
    const marking = (query.highlight ?? true) ? new FieldTerms(state.text, terms, termIds) : null;
    const hits = page.map(({ slot, score }) => {
      marking?.read(slot);
      return hit(index, state.docAt(slot)!, score, marking);
    });
    const correctedQuery = query.q && total ? correction(query.q, state) : undefined;
    return { hits, total, facets, tookMs: performance.now() - started, ...(correctedQuery && { correctedQuery }) };
  }

  async get<I extends IndexName>(index: I, ids: string[]): Promise<SearchDoc<I>[]> {
    this.assertReady(index);
    const state = this.indexes[index];
    return ids.flatMap((id) => {
      const doc = state.get(id);
      return doc ? [doc as unknown as SearchDoc<I>] : [];
    });
  }

  private parse(q: string): QueryPair | null {
    const cached = this.parsed.get(q);
    if (cached !== undefined) return cached;
    const pair = buildQueries(q, this.synonyms);
    this.parsed.offer(q, pair);
    return pair;
  }

  async suggest(prefix: string, limit: number): Promise<string[]> {
    this.assertReady('suppliers');
    return this.suggestions.suggest(prefix, limit);
  }

  async setSynonyms(groups: string[][]): Promise<void> {
    this.synonymGroupsSet = groups;
    this.synonyms.set(groups);
    this.parsed.clear();
    this.results.suppliers.clear();
    this.results.cases.clear();
  }

  synonymGroups(): string[][] {
    return this.synonymGroupsSet;
  }

  async close(): Promise<void> {
    this.ready = false;
  }

  /** Indexes a document into `state`, and its names and capabilities into `suggestions` when given. */
  private put(state: IndexState, doc: SearchDoc<IndexName>, suggestions: Suggestions | undefined): void {
    const old = state.put(doc);
    if (!suggestions) return;
    if (old) suggestions.remove(phrasesOf(old));
    suggestions.add(phrasesOf(doc));
  }

  /** For a query (`index` given): also fails while that index is first being built. */
  private assertReady(index?: IndexName): void {
    if (!this.ready) throw new Error('The embedded search engine is not initialised (call init) or was closed');
    // Search falls back to the database meanwhile; matching, which needs the index, answers 503 with Retry-After.
    if (index && this.warming(index)) throw SearchWarming();
  }
}

/** The fields each index highlights, in order, with their field numbers in the text index. */
const HIGHLIGHTED = Object.fromEntries(
  (['suppliers', 'cases'] as const).map((index) => {
    const { always, whenMatched } = HIGHLIGHT_FIELDS[index];
    const fields = [...always, ...whenMatched].map((field) => ({
      field, number: SEARCHABLE[index].indexOf(field), always: always.includes(field), cropped: CROPPED_FIELDS.has(field),
    }));
    return [index, fields];
  }),
) as Record<IndexName, { field: string; number: number; always: boolean; cropped: boolean }[]>;

/**
 * A hit with its highlights (`marking` null: none wanted). A field none of the query's terms occur in has no marks:
 * one highlighted only when it matched is left out without its text being read.
 */
function hit(index: IndexName, doc: Doc, score: number, marking: FieldTerms | null): SearchHit {
  const highlights: Record<string, string> = {};
  for (const { field, number, always, cropped } of marking ? HIGHLIGHTED[index] : []) {
    const text = doc[field];
    if (typeof text !== 'string' || text === '') continue;
    const terms = marking!.termsIn(number);
    if (terms.size === 0 && !always) continue;
    const { html, hit: marked } = highlight(text, terms, cropped);
    if (marked || always) highlights[field] = html;
  }
  return { id: doc.id, score, highlights, doc };
}

/** The query with each typo'd word replaced by the indexed word it matched best, or undefined when none was. */
function correction(q: string, state: IndexState): string | undefined {
  const words = queryTerms(q);
  let changed = false;
  const read = words.map((word) => {
    if (fuzziness(word) === false) return word;
    const closest = state.text.closest(word, () => transpositions(word)) ?? word;
    changed ||= closest !== word;
    return closest;
  });
  return changed ? read.join(' ') : undefined;
}
