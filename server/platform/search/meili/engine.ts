// The Meilisearch adapter. Every write is a task: we wait for it and fail loudly unless it succeeded,
// because waitTask resolves for failed tasks too.
import { Meilisearch, type EnqueuedTaskPromise, type MultiSearchQuery, type Task } from 'meilisearch';
import { assertFilterField } from '../fields';
import { inBatches, type DocBatches,
  type IndexName, type SearchDoc, type SearchEngine, type SearchQuery, type SearchResult,
} from '../port';
import { phrasesOf, Suggestions } from '../embedded/suggest';
import { Synonyms } from '../../text/synonyms';
import { foldHan, normalizePhrase } from '../../text/text';
import { buildFilter, filteredFields, quote } from './filter';
import { byMatchPositions, byTerms, shownFields, sortFor, toHit } from './hits';
import { longQueryTerms, markedTerms, scoreByTerms, type SearchedTerm } from './long-query';
import { settingsFor, synonymMap } from './settings';
import { fromStored, searchedName, textAttributes, toStored } from './stored';

export type MeiliConfig = { url: string; apiKey?: string; indexPrefix: string };

const INDEXES: IndexName[] = ['suppliers', 'cases'];
const WRITE_TIMEOUT_MS = 120_000;
const DEFAULT_LIMIT = 20;
/** Suppliers whose names and capabilities are offered as completions: a few per completion asked for. */
const SUGGEST_CANDIDATES_PER = 4;
const SUGGEST_FIELDS = ['name', 'nameZh', 'capabilities'];

export class MeiliSearchEngine implements SearchEngine {
  readonly name = 'meilisearch' as const;
  private readonly client: Meilisearch;
  private synonyms: Record<string, string[]> = {};
  private synonymGroupsSet: string[][] = [];
  /** The same groups as the embedded engine reads them: long queries keep synonym phrases whole. */
  private readonly synonymPhrases = new Synonyms();
  private initialised = false;
  /** Set by close(): the adapter then refuses work, as the embedded engine does, until init() is called again. */
  private closed = false;

  constructor(private readonly config: MeiliConfig) {
    this.client = new Meilisearch({ host: config.url, apiKey: config.apiKey });
  }

  async init(): Promise<void> {
    for (const index of INDEXES) await this.prepare(this.uid(index), index);
    this.initialised = true;
    this.closed = false;
  }

  async isReady(): Promise<boolean> {
    return this.initialised && !this.closed && (await this.client.isHealthy());
  }

  async upsert<I extends IndexName>(index: I, docs: SearchDoc<I>[]): Promise<void> {
    this.assertOpen();
    if (docs.length === 0) return;
    await settle(this.client.index(this.uid(index)).addDocuments(docs.map((d) => toStored(index, d)), { primaryKey: 'id' }));
  }

  async remove(index: IndexName, ids: string[]): Promise<void> {
    this.assertOpen();
    if (ids.length === 0) return;
    await settle(this.client.index(this.uid(index)).deleteDocuments(ids));
  }

  /** Fills a fresh index and swaps it in, so searches never see a half-loaded index. */
  async replaceAll<I extends IndexName>(index: I, docs: DocBatches<I>): Promise<void> {
    this.assertOpen();
    const live = this.uid(index);
    const fresh = `${live}_next`;
    await this.client.deleteIndexIfExists(fresh);
    await this.prepare(fresh, index);
    for await (const batch of inBatches(docs)) {
      if (batch.length === 0) continue;
      await settle(this.client.index(fresh).addDocuments(batch.map((d) => toStored(index, d)), { primaryKey: 'id' }));
    }
    await settle(this.client.swapIndexes([{ indexes: [live, fresh], rename: false }]));
    await settle(this.client.deleteIndex(fresh));
  }

  async search(index: IndexName, query: SearchQuery): Promise<SearchResult> {
    this.assertOpen();
    const started = performance.now();
    const facetFields = query.facets ?? [];
    for (const f of facetFields) assertFilterField(index, f);
    const keyTerms = longQueryTerms(query.q ?? '', this.synonymPhrases);
    const found = keyTerms ? await this.searchLong(index, query, keyTerms, facetFields) : await this.searchShort(index, query, facetFields);
    return { ...found, tookMs: performance.now() - started };
  }

  private async searchShort(index: IndexName, query: SearchQuery, facetFields: string[]): Promise<Omit<SearchResult, 'tookMs'>> {
    const main: MultiSearchQuery = {
      indexUid: this.uid(index),
      q: asTyped(query.q ?? ''),
      // Not the segmented Chinese copy (stored.ts), which is for long queries' key terms.
      attributesToSearchOn: textAttributes(index),
      sort: sortFor(index, query.sort ?? 'relevance', Boolean(query.q?.trim())),
      offset: Math.max(0, query.offset ?? 0),
      limit: Math.max(0, query.limit ?? DEFAULT_LIMIT),
      attributesToRetrieve: shownFields(index),
      showMatchesPosition: query.highlight !== false,
      showRankingScore: true,
    };
    const { first, facets } = await this.withFacets(index, query, facetFields, main);
    const marker = query.highlight === false ? null : byMatchPositions;
    return { hits: first.hits.map((h) => toHit(index, h, marker)), total: first.estimatedTotalHits ?? first.totalHits ?? 0, facets };
  }

  /** See long-query.ts: candidates scored per key term, then filtered, counted and sorted by Meilisearch. */
  private async searchLong(index: IndexName, query: SearchQuery, terms: SearchedTerm[], facetFields: string[]): Promise<Omit<SearchResult, 'tookMs'>> {
    const scores = await scoreByTerms(this.client, index, this.uid(index), terms);
    if (scores.size === 0) return { hits: [], total: 0, facets: Object.fromEntries(facetFields.map((f) => [f, {}])) };
    const sort = query.sort ?? 'relevance';
    const main: MultiSearchQuery = {
      indexUid: this.uid(index), q: '', limit: scores.size, attributesToRetrieve: ['id'],
      sort: sort === 'relevance' ? undefined : sortFor(index, sort, true),
    };
    const among = `id IN [${[...scores.keys()].map(quote).join(', ')}]`;
    const { first, facets } = await this.withFacets(index, query, facetFields, main, among);
    const ids = first.hits.map((h) => String(h['id']));
    if (sort === 'relevance') ids.sort((a, b) => scores.get(b)! - scores.get(a)!);
    const offset = Math.max(0, query.offset ?? 0);
    const page = ids.slice(offset, offset + Math.max(0, query.limit ?? DEFAULT_LIMIT));
    const marker = query.highlight === false ? null : byTerms(markedTerms(query.q ?? '', this.synonymPhrases));
    const docs = await this.stored(index, page, shownFields(index));
    return { hits: docs.map((d) => toHit(index, d, marker, scores.get(String(d['id'])))), total: ids.length, facets };
  }

  /**
   * The main query with the filter (and `restrict`, an extra condition) and the facets; disjunctive facets:
   * each filtered facet field is counted again without its own filter.
   */
  private async withFacets(index: IndexName, query: SearchQuery, facetFields: string[], main: MultiSearchQuery, restrict?: string) {
    const filter = (except?: string) => [buildFilter(index, query.filter, except), restrict].filter(Boolean).map((p) => `(${p})`).join(' AND ') || undefined;
    const own = [...filteredFields(query.filter)].filter((f) => facetFields.includes(f));
    const extra = own.map((f): MultiSearchQuery => ({ indexUid: main.indexUid, q: main.q, attributesToSearchOn: main.attributesToSearchOn, filter: filter(f), facets: [f], limit: 0 }));
    const { results } = await this.client.multiSearch({ queries: [{ ...main, filter: filter(), facets: facetFields }, ...extra] });
    const [first, ...others] = results;
    const facets: Record<string, Record<string, number>> = {};
    for (const f of facetFields) facets[f] = first?.facetDistribution?.[f] ?? {};
    own.forEach((f, i) => (facets[f] = others[i]?.facetDistribution?.[f] ?? {}));
    return { first: first!, facets };
  }

  async get<I extends IndexName>(index: I, ids: string[]): Promise<SearchDoc<I>[]> {
    this.assertOpen();
    return (await this.stored(index, ids)).map((stored) => fromStored(stored) as SearchDoc<I>);
  }

  /** Stored documents by id, in the order given (unknown ids left out), with all or only the named fields. */
  private async stored(index: IndexName, ids: string[], fields?: string[]): Promise<Record<string, unknown>[]> {
    if (!ids.length) return [];
    const res = await this.client.index<Record<string, unknown>>(this.uid(index)).getDocuments<Record<string, unknown>>({ filter: `id IN [${ids.map(quote).join(', ')}]`, fields, limit: ids.length });
    const byId = new Map(res.results.map((stored) => [String(stored['id']), stored]));
    return ids.flatMap((id) => { const doc = byId.get(id); return doc ? [doc] : []; });
  }

  /**
   * Meilisearch finds the suppliers whose names or capabilities start like the prefix; which of their phrases
   * complete it, and in what order, is decided by the embedded engine's suggestion rules, so both engines
   * offer the same completions (a supplier found through one phrase does not bring its other phrases along).
   */
  async suggest(prefix: string, limit: number): Promise<string[]> {
    this.assertOpen();
    if (!normalizePhrase(prefix) || limit <= 0) return [];
    const res = await this.client.index(this.uid('suppliers')).search(asTyped(prefix), {
      limit: limit * SUGGEST_CANDIDATES_PER, attributesToSearchOn: SUGGEST_FIELDS.map(searchedName), attributesToRetrieve: SUGGEST_FIELDS,
    });
    const candidates = new Suggestions();
    for (const hit of res.hits) candidates.add(phrasesOf(hit));
    return candidates.suggest(prefix, limit);
  }

  async setSynonyms(groups: string[][]): Promise<void> {
    this.synonymGroupsSet = groups;
    this.synonyms = synonymMap(groups);
    this.synonymPhrases.set(groups);
    if (!this.initialised) return;
    for (const index of INDEXES) await settle(this.client.index(this.uid(index)).updateSynonyms(this.synonyms));
  }

  synonymGroups(): string[][] {
    return this.synonymGroupsSet;
  }

  async close(): Promise<void> {
    this.initialised = false;
    this.closed = true;
  }

  /**
   * Only an explicit close stops the adapter: after a failed init (Meilisearch down at start-up) the indexer's
   * retries must still reach the server, and replaceAll creates what init would have.
   */
  private assertOpen(): void {
    if (this.closed) throw new Error('The Meilisearch adapter was closed (call init to reopen)');
  }

  private uid(index: IndexName): string {
    return `${this.config.indexPrefix}${index}`;
  }

  private async prepare(uid: string, index: IndexName): Promise<void> {
    const created = await this.client.createIndex(uid, { primaryKey: 'id' }).waitTask({ timeout: WRITE_TIMEOUT_MS });
    if (created.status !== 'succeeded' && created.error?.code !== 'index_already_exists') throw taskError(created);
    await settle(this.client.index(uid).updateSettings(settingsFor(index, this.synonyms)));
  }
}

/**
 * The query folded as the documents are, with Meilisearch's operators made plain: it reads "…" as a phrase and a
 * leading minus as "without", the embedded engine (and so the people typing) neither.
 */
function asTyped(q: string): string {
  return foldHan(q.replace(/"/g, ' ').replace(/(^|\s)-+/g, '$1'));
}

async function settle(task: EnqueuedTaskPromise): Promise<Task> {
  const done = await task.waitTask({ timeout: WRITE_TIMEOUT_MS });
  if (done.status !== 'succeeded') throw taskError(done);
  return done;
}

function taskError(task: Task): Error {
  return new Error(`Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${task.error?.message ?? 'no reason given'}`);
}
