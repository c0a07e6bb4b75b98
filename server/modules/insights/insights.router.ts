// /api/insights: curators' market insights and their CSV downloads. /api/market/overview and /api/market/costs:
// the public market page and what AI projects cost, for anyone.
import {
  curatorInsightsSchema,
  insightsQuerySchema,
  insightTableParamsSchema,
  projectCostsSchema,
  publicMarketSchema,
} from '../../../shared/schemas/insights';
import { anyone, role } from '../../platform/http/access';
import { NotFound } from '../../platform/errors/errors';
import { routeGroup } from '../../platform/http/routes';
import type { SearchEngine } from '../../platform/search/port';
import { tableCsv } from '../../../shared/insightsCsv';
import { curatorInsights, projectCosts, publicMarket } from './insights.service';

const curator = role('curator', 'admin');

export function insightsRoutes(search: SearchEngine) {
  const routes = routeGroup('/api/insights', 'Insights');

  routes.get('/', { summary: 'Market insights: demand against supply, unmet needs, budgets, readiness, the funnel, response times, supply against the survey', access: curator, query: insightsQuerySchema, response: curatorInsightsSchema }, async ({ query }, _req, res) => {
    res.set('Cache-Control', 'private, no-store').json(await curatorInsights(search, query));
  });

  routes.get('/:table/csv', { summary: 'One insights table as CSV (the same filters)', access: curator, params: insightTableParamsSchema, query: insightsQuerySchema, produces: 'text/csv' }, async ({ params, query }, _req, res) => {
    const table = (await curatorInsights(search, query)).tables.find((t) => t.key === params.table);
    if (!table) throw NotFound('The table');
    const name = `insights-${params.table}-${query.period}${query.sector ? `-${query.sector}` : ''}.csv`;
    res.set({ 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${name}"`, 'Cache-Control': 'private, no-store' }).send(tableCsv(table));
  });

  return routes;
}

export function publicMarketRoutes() {
  const routes = routeGroup('/api/market', 'Market');
  routes.get('/overview', { summary: 'Supply and demand in aggregate, for anyone (small demand counts hidden)', access: anyone, response: publicMarketSchema }, async (_input, _req, res) => {
    res.set('Cache-Control', 'public, max-age=300').json(await publicMarket());
  });
  routes.get('/costs', { summary: 'What AI projects cost in Hong Kong, from published case studies with a budget band', access: anyone, response: projectCostsSchema }, async (_input, _req, res) => {
    res.set('Cache-Control', 'public, max-age=300').json(await projectCosts());
  });
  return routes;
}
