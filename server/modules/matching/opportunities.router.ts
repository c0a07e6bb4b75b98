import { opportunitiesQuerySchema, opportunitiesSchema } from '../../../shared/schemas/needs';
import { caller, role } from '../../platform/http/access';
import { routeGroup } from '../../platform/http/routes';
import { acceptedLanguage } from '../../platform/http/language';
import type { SearchEngine } from '../../platform/search/port';
import { ownSupplierId } from '../suppliers';
import { requestLang } from './match.lang';
import type { ResponsivenessLookup } from './match.service';
import { opportunitiesBody } from './opportunities.presenter';
import { opportunityRankings } from './opportunities.rankings';
import { explainOpportunities } from './opportunities.service';

type Deps = { search: SearchEngine; responsiveness?: ResponsivenessLookup };

export function opportunitiesRoutes({ search, responsiveness }: Deps) {
  const routes = routeGroup('/api/opportunities', 'Needs');
  const rankings = opportunityRankings(search);
  routes.get(
    '/',
    { summary: 'Published needs that fit my supplier organisation, ranked and explained; the SMEs stay anonymous', access: role('supplier'), query: opportunitiesQuerySchema, response: opportunitiesSchema },
    async ({ query }, req, res) => {
      const supplierId = ownSupplierId(caller(res));
      const [supplier] = supplierId ? await search.get('suppliers', [supplierId]) : [];
      if (!supplier) return res.json({ items: [], profileLinked: false });
      const own = responsiveness ? (await responsiveness([supplier.id])).get(supplier.id) : undefined;
      const lang = requestLang(query.lang, acceptedLanguage(req));
      res.type('json').send(opportunitiesBody(await explainOpportunities(search, rankings, supplier, own, { limit: query.limit, lang })));
    },
  );
  return routes;
}
