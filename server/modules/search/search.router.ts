import type { Response } from 'express';
import {
  type CaseSearchResult, type SupplierSearchResult,
  caseSearchQuerySchema, caseSearchResultSchema, suggestQuerySchema, suggestResultSchema, supplierSearchQuerySchema,
  supplierSearchResultSchema, synonymsResultSchema,
} from '../../../shared/schemas/search';
import { anyone, role } from '../../platform/http/access';
import type { SearchEngine } from '../../platform/search/port';
import { sendMemoJson } from '../../platform/http/memo-json';
import { routeGroup } from '../../platform/http/routes';
import type { SearchService } from './search.service';
import { listSynonyms, replaceSynonyms } from './synonym.service';

export function searchRoutes(search: SearchService, engine: SearchEngine) {
  const routes = routeGroup('/api/search', 'Search');

  routes.get(
    '/suppliers',
    {
      summary: 'Search suppliers: typo-tolerant, synonyms in both languages, facets; AND across filters, OR within one',
      access: anyone, query: supplierSearchQuerySchema, response: supplierSearchResultSchema,
    },
    async ({ query }, _req, res) => {
      sendResult(res, await search.suppliers(query));
    },
  );

  routes.get(
    '/cases',
    { summary: 'Search published case studies', access: anyone, query: caseSearchQuerySchema, response: caseSearchResultSchema },
    async ({ query }, _req, res) => {
      sendResult(res, await search.cases(query));
    },
  );

  routes.get(
    '/suggest',
    { summary: 'Completions for search-as-you-type: supplier names and capabilities', access: anyone, query: suggestQuerySchema, response: suggestResultSchema },
    async ({ query }, _req, res) => {
      res.json(await search.suggest(query.q, query.limit));
    },
  );

  routes.get(
    '/synonyms',
    { summary: 'The curated synonym groups the search expands queries with', access: anyone, response: synonymsResultSchema },
    async (_input, _req, res) => {
      res.json({ groups: await listSynonyms() });
    },
  );

  routes.put(
    '/synonyms',
    { summary: 'Replace the synonym groups (curators); the engine applies them at once', access: role('curator', 'admin'), body: synonymsResultSchema, response: synonymsResultSchema },
    async ({ body }, _req, res) => {
      res.json({ groups: await replaceSynonyms(engine, body.groups) });
    },
  );

  return routes;
}

/** A repeated search gets the same cards back from the service (see `presented`): their JSON is reused. */
function sendResult(res: Response, result: SupplierSearchResult | CaseSearchResult): void {
  const { tookMs, ...rest } = result;
  sendMemoJson(res, result.hits, () => rest, { tookMs });
}
