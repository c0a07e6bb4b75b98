// The Meilisearch adapter. Every write is a task: we wait for it and fail loudly unless it succeeded,
// because waitTask resolves for failed tasks too.
import { Meilisearch, type EnqueuedTaskPromise, type Hit, type MultiSearchQuery, type Task } from 'meilisearch';
import { CROPPED_FIELDS, HIGHLIGHT_FIELDS, RETRIEVED_FIELDS, assertFilterField } from '../fields';
import { inBatches, type DocBatches,
  type IndexName, type SearchDoc, type SearchEngine, type SearchHit, type SearchQuery, type SearchResult, type SearchSort,
} from '../port';
import { fragment } from '../embedded/highlight';
import { phrasesOf, Suggestions } from '../embedded/suggest';
import { foldHan, normalizePhrase } from '../../text/text';
import { buildFilter, filteredFields, quote } from './filter';
import { byteRanges, type MatchPosition } from './highlight';
import { settingsFor, synonymMap } from './settings';
import { fromStored, searchedName, toStored } from './stored';

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
    const main = this.mainQuery(index, query, facetFields);
    // Disjunctive facets: each filtered facet field is counted again without its own filter.
    const own = [...filteredFields(query.filter)].filter((f) => facetFields.includes(f));
    const extra = own.map((f): MultiSearchQuery => ({
      indexUid: this.uid(index), q: foldHan(query.q ?? ''), filter: buildFilter(index, query.filter, f) || undefined, facets: [f], limit: 0,
    }));
    const { results } = await this.client.multiSearch({ queries: [main, ...extra] });
    const [first, ...others] = results;
    const facets: Record<string, Record<string, number>> = {};
    for (const f of facetFields) facets[f] = first?.facetDistribution?.[f] ?? {};
    own.forEach((f, i) => (facets[f] = others[i]?.facetDistribution?.[f] ?? {}));
    return {
      hits: (first?.hits ?? []).map((h) => toHit(index, h, query.highlight !== false)),
      total: first?.estimatedTotalHits ?? first?.totalHits ?? 0,
      facets,
      tookMs: performance.now() - started,
    };
  }

  async get<I extends IndexName>(index: I, ids: string[]): Promise<SearchDoc<I>[]> {
    this.assertOpen();
    if (!ids.length) return [];
    const res = await this.client.index(this.uid(index)).getDocuments({ filter: `id IN [${ids.map(quote).join(', ')}]`, limit: ids.length });
    const byId = new Map(res.results.map((stored) => [String(stored['id']), fromStored(stored)]));
    return ids.flatMap((id) => (byId.has(id) ? [byId.get(id) as SearchDoc<I>] : []));
  }

  /**
   * Meilisearch finds the suppliers whose names or capabilities start like the prefix; which of their phrases
   * complete it, and in what order, is decided by the embedded engine's suggestion rules, so both engines
   * offer the same completions (a supplier found through one phrase does not bring its other phrases along).
   */
  async suggest(prefix: string, limit: number): Promise<string[]> {
    this.assertOpen();
    if (!normalizePhrase(prefix) || limit <= 0) return [];
    const res = await this.client.index(this.uid('suppliers')).search(foldHan(prefix), {
      limit: limit * SUGGEST_CANDIDATES_PER, attributesToSearchOn: SUGGEST_FIELDS.map(searchedName), attributesToRetrieve: SUGGEST_FIELDS,
    });
    const candidates = new Suggestions();
    for (const hit of res.hits) candidates.add(phrasesOf(hit));
    return candidates.suggest(prefix, limit);
  }

  async setSynonyms(groups: string[][]): Promise<void> {
    this.synonymGroupsSet = groups;
    this.synonyms = synonymMap(groups);
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

  private mainQuery(index: IndexName, query: SearchQuery, facets: string[]): MultiSearchQuery {
    const { always, whenMatched } = HIGHLIGHT_FIELDS[index];
    const shown = [...always, ...whenMatched];
    return {
      indexUid: this.uid(index),
      q: foldHan(query.q ?? ''),
      filter: buildFilter(index, query.filter) || undefined,
      facets,
      sort: sortFor(index, query.sort ?? 'relevance', Boolean(query.q?.trim())),
      offset: Math.max(0, query.offset ?? 0),
      limit: Math.max(0, query.limit ?? DEFAULT_LIMIT),
      attributesToRetrieve: [...new Set([...RETRIEVED_FIELDS[index], ...shown])],
      showMatchesPosition: query.highlight !== false,
      showRankingScore: true,
    };
  }
}

/** Relevance without query text lists newest first, as the embedded engine does. */
function sortFor(index: IndexName, sort: SearchSort, hasText: boolean): string[] | undefined {
  if (sort === 'newest' || (sort === 'relevance' && !hasText)) return ['createdAt:desc'];
  if (sort === 'caseStudies' && index === 'suppliers') return ['caseStudyCount:desc'];
  if (sort === 'name') return [index === 'suppliers' ? 'name:asc' : 'title:asc'];
  return undefined;
}

/** Highlights come from the match positions in the searched (folded) copies, marked on the original text. */
function toHit(index: IndexName, hit: Hit, withHighlights: boolean): SearchHit {
  const { always, whenMatched } = HIGHLIGHT_FIELDS[index];
  const highlights: Record<string, string> = {};
  for (const field of withHighlights ? [...always, ...whenMatched] : []) {
    const text = hit[field];
    if (typeof text !== 'string' || text === '') continue;
    const positions = (hit._matchesPosition?.[searchedName(field)] ?? []) as MatchPosition[];
    const ranges = byteRanges(foldHan(text), positions);
    if (ranges.length > 0 || always.includes(field)) highlights[field] = fragment(text, ranges, CROPPED_FIELDS.has(field));
  }
  const doc = Object.fromEntries(RETRIEVED_FIELDS[index].filter((f) => f in hit).map((f) => [f, hit[f]]));
  return { id: String(hit['id']), score: hit._rankingScore ?? 0, highlights, doc };
}

async function settle(task: EnqueuedTaskPromise): Promise<Task> {
  const done = await task.waitTask({ timeout: WRITE_TIMEOUT_MS });
  if (done.status !== 'succeeded') throw taskError(done);
  return done;
}

function taskError(task: Task): Error {
  return new Error(`Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${task.error?.message ?? 'no reason given'}`);
}
