import { opportunitiesQuerySchema, opportunitiesSchema } from '../../../shared/schemas/needs';
import { caller, role } from '../../platform/http/access';
import { routeGroup } from '../../platform/http/routes';
import { acceptedLanguage } from '../../platform/http/language';
import type { SearchEngine } from '../../platform/search/port';
import type { NeedForMatching } from '../../../shared/schemas/needs';
import { needForMatching, presentPublicNeed, publishedNeeds, type StoredNeed } from '../needs';
import { ownSupplierId } from '../suppliers';
import { requestLang } from './match.lang';
import { vocabularyOf, type ResponsivenessLookup } from './match.service';
import { rankOpportunities } from './opportunities.service';

/** How many of the newest published needs are considered for one supplier. */
const CONSIDERED = 1_000;

/**
 * Each kept need's matching fields as one object for as long as the need is kept (a changed need is a new object),
 * so its reading (analyseNeed) is found by object on every supplier's request.
 */
const views = new WeakMap<StoredNeed, NeedForMatching>();
function matchingView(need: StoredNeed): NeedForMatching {
  let view = views.get(need);
  if (!view) views.set(need, (view = needForMatching(need)));
  return view;
}

export function opportunitiesRoutes({ search, responsiveness }: { search: SearchEngine; responsiveness?: ResponsivenessLookup }) {
  const routes = routeGroup('/api/opportunities', 'Needs');
  routes.get(
    '/',
    { summary: 'Published needs that fit my supplier organisation, ranked and explained; the SMEs stay anonymous', access: role('supplier'), query: opportunitiesQuerySchema, response: opportunitiesSchema },
    async ({ query }, req, res) => {
      const supplierId = ownSupplierId(caller(res));
      const [supplier] = supplierId ? await search.get('suppliers', [supplierId]) : [];
      if (!supplier) return res.json({ items: [], profileLinked: false });
      const needs = await publishedNeeds(CONSIDERED);
      const candidates = needs.map((n) => ({ id: n._id.toHexString(), need: matchingView(n), item: n }));
      const own = responsiveness ? (await responsiveness([supplier.id])).get(supplier.id) : undefined;
      const ranked = rankOpportunities(supplier, candidates, { limit: query.limit, lang: requestLang(query.lang, acceptedLanguage(req)), vocabulary: vocabularyOf(search), responsiveness: own });
      res.json({
        profileLinked: true,
        items: ranked.map((r) => ({ need: presentPublicNeed(r.item), score: r.score, fit: r.fit, components: r.components, concepts: r.concepts, reasons: r.reasons })),
      });
    },
  );
  return routes;
}
