// Search use cases: turn the validated query into the engine's neutral query, and the engine's hits into
// result cards. If the engine is not ready or fails, a simple database query answers with `degraded: true`.
import type {
  CaseFacet, CaseSearchQuery, CaseSearchResult, SuggestResult, SupplierFacet, SupplierSearchQuery, SupplierSearchResult,
} from '../../../shared/schemas/search';
import { BUDGET_BAND_RANGES } from '../../../shared/taxonomy';
import { pageOffset } from '../../platform/db/page';
import type { Logger } from '../../platform/log/logger';
import type { IndexName, SearchEngine, SearchFilter, SearchHit, SearchQuery } from '../../platform/search/port';
import { fallbackCases, fallbackSuppliers } from './search.fallback';
import { presentCaseHit, presentSupplierHit } from './search.presenter';

/** Query parameter → engine field, per index. `verified` is a facet field in both. */
const SUPPLIER_FIELDS: Record<Exclude<SupplierFacet, 'verified'>, string> = {
  layer: 'layers', technology: 'technologies', sector: 'sectors', applicationArea: 'applicationAreas',
  companySize: 'companySize', market: 'markets', language: 'languages',
};
const CASE_FIELDS: Record<Exclude<CaseFacet, 'verified'>, string> = {
  sector: 'clientSector', applicationArea: 'applicationAreas', technology: 'technologies', budget: 'budgetBand',
};

export type SearchService = ReturnType<typeof createSearchService>;

/** While the engine is down every search would log the same warning: at most one per this interval. */
const WARN_EVERY_MS = 30_000;

export function createSearchService(engine: SearchEngine, log: Logger) {
  let lastWarning = -Infinity;
  function warn(err: unknown, what: string): void {
    if (performance.now() - lastWarning < WARN_EVERY_MS) return;
    lastWarning = performance.now();
    log.warn({ err }, `search engine unavailable; ${what} (degraded)`);
  }

  /** Runs the engine query, or returns null when it cannot answer. */
  async function tryEngine(index: IndexName, query: SearchQuery) {
    try {
      return await engine.search(index, query);
    } catch (err) {
      warn(err, `${index} answered from the database`);
      return null;
    }
  }

  return {
    async suppliers(query: SupplierSearchQuery): Promise<SupplierSearchResult> {
      const started = performance.now();
      const terms = termsOf(query, SUPPLIER_FIELDS);
      const filter: SearchFilter = { terms, verified: query.verified };
      if (query.budget) filter.budget = BUDGET_BAND_RANGES[query.budget];
      const found = await tryEngine('suppliers', {
        q: query.q, filter, sort: query.sort, offset: pageOffset(query), limit: query.pageSize,
        facets: [...Object.values(SUPPLIER_FIELDS), 'verified'],
      });
      const page = { page: query.page, pageSize: query.pageSize };
      if (!found) {
        const fb = await fallbackSuppliers(query);
        const hits = fb.docs.map((d, i) => presentSupplierHit(d, fb.highlights[i]!));
        return { hits, total: fb.total, ...page, facets: {}, tookMs: took(started), degraded: true };
      }
      return {
        hits: presented(found.hits, (h) => presentSupplierHit(h.doc, h.highlights), 'suppliers'),
        total: found.total,
        ...page,
        facets: renamed(found.facets, SUPPLIER_FIELDS),
        tookMs: took(started),
        correctedQuery: found.correctedQuery,
        degraded: false,
      };
    },

    async cases(query: CaseSearchQuery): Promise<CaseSearchResult> {
      const started = performance.now();
      const found = await tryEngine('cases', {
        q: query.q, filter: { terms: termsOf(query, CASE_FIELDS), verified: query.verified }, sort: query.sort,
        offset: pageOffset(query), limit: query.pageSize, facets: [...Object.values(CASE_FIELDS), 'verified'],
      });
      const page = { page: query.page, pageSize: query.pageSize };
      if (!found) {
        const fb = await fallbackCases(query);
        const hits = fb.docs.map((d, i) => presentCaseHit(d, fb.highlights[i]!));
        return { hits, total: fb.total, ...page, facets: {}, tookMs: took(started), degraded: true };
      }
      return {
        hits: presented(found.hits, (h) => presentCaseHit(h.doc, h.highlights), 'cases'),
        total: found.total,
        ...page,
        facets: renamed(found.facets, CASE_FIELDS),
        tookMs: took(started),
        correctedQuery: found.correctedQuery,
        degraded: false,
      };
    },

    async suggest(q: string, limit: number): Promise<SuggestResult> {
      try {
        return { suggestions: await engine.suggest(q, limit), degraded: false };
      } catch (err) {
        warn(err, 'no suggestions');
        return { suggestions: [], degraded: true };
      }
    },
  };
}

function termsOf<Q extends object>(query: Q, fields: Record<string, string>): Record<string, string[]> {
  const terms: Record<string, string[]> = {};
  for (const [param, field] of Object.entries(fields)) {
    const values = (query as Record<string, unknown>)[param];
    if (Array.isArray(values) && values.length) terms[field] = values.map(String);
  }
  return terms;
}

/** Engine field names back to the query parameter names the client uses. */
function renamed(facets: Record<string, Record<string, number>>, fields: Record<string, string>) {
  const out: Record<string, Record<string, number>> = {};
  for (const [param, field] of Object.entries(fields)) out[param] = facets[field] ?? {};
  out['verified'] = facets['verified'] ?? {};
  return out;
}

type WithDoc = SearchHit & { doc: Readonly<Record<string, unknown>> };

/**
 * Result cards for the engine's hits, kept from the second time the same hits come back: when the engine answers
 * from its cache it hands back the same hits array, and the same cards come back too (so the router can reuse
 * their JSON). Most results are seen once; keeping their cards as a weak map's values kept every one of them
 * through V8's young-generation collections into the old generation (~3.5 KB a search, collected only by full
 * collections of the whole heap), so a result seen once is only remembered, by its key alone.
 */
const cards = new WeakMap<SearchHit[], unknown[]>();
const seenOnce = new WeakSet<SearchHit[]>();

function presented<T>(hits: SearchHit[], present: (h: WithDoc) => T, index: IndexName): T[] {
  const known = cards.get(hits);
  if (known) return known as T[];
  const made = withDocs(index, hits).map(present);
  if (seenOnce.has(hits)) cards.set(hits, made);
  else seenOnce.add(hits);
  return made;
}

/**
 * Hits carry their stored documents (both adapters return them). An adapter that did not would need one
 * `_id $in` query here; we fail loudly instead of silently adding a database round trip per search.
 */
function withDocs(index: IndexName, hits: SearchHit[]): WithDoc[] {
  const missing = hits.filter((h) => !h.doc);
  if (missing.length) throw new Error(`The ${index} engine returned hits without stored fields`);
  return hits as WithDoc[];
}

const took = (started: number) => Math.round((performance.now() - started) * 100) / 100;
