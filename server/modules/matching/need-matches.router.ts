// GET /api/needs/:id/matches: an SME's need, ranked suppliers. Under the needs module's address, but matching's
// route: matching reads needs (through their service), needs know nothing of matching.
import { matchesQuerySchema, matchesSchema, needIdParamsSchema } from '../../../shared/schemas/needs';
import { caller, role } from '../../platform/http/access';
import { acceptedLanguage } from '../../platform/http/language';
import { routeGroup } from '../../platform/http/routes';
import type { SearchEngine } from '../../platform/search/port';
import { ownNeedForMatching } from '../needs';
import { requestLang } from './match.lang';
import { explainRanking } from './match.explain';
import { needRankings } from './match.rankings';
import type { ResponsivenessLookup } from './match.service';

export function needMatchesRoutes({ search, responsiveness }: { search: SearchEngine; responsiveness?: ResponsivenessLookup }) {
  const routes = routeGroup('/api/needs', 'Needs');
  const rankings = needRankings(search, responsiveness);

  routes.get('/:id/matches', { summary: 'Suppliers ranked by fit for the need, with score components and reasons', access: role('sme'), params: needIdParamsSchema, query: matchesQuerySchema, response: matchesSchema }, async ({ params, query }, req, res) => {
    const need = await ownNeedForMatching(caller(res), params.id);
    const lang = requestLang(query.lang, acceptedLanguage(req));
    res.json({ items: await explainRanking(search, rankings, need, { limit: query.limit, lang, responsiveness }) });
  });

  return routes;
}
