// /api/dashboard: the SME's home after sign-in. (A supplier's home is assembled by the client from its profile,
// its opportunities, its inbox and its interests, which each have a route of their own.)
import { smeDashboardSchema } from '../../../shared/schemas/dashboard';
import { matchesQuerySchema } from '../../../shared/schemas/needs';
import { caller, role } from '../../platform/http/access';
import { routeGroup } from '../../platform/http/routes';
import { type DashboardSources, smeDashboard } from './dashboard.service';

export function dashboardRoutes(sources: DashboardSources) {
  const routes = routeGroup('/api/dashboard', 'Needs');
  // `lang` is accepted as on the need's matches, though the dashboard words nothing: it shows names and scores.
  routes.get('/', { summary: 'My organisation’s open needs with new matches, interested suppliers, quotes and unread threads', access: role('sme'), query: matchesQuerySchema.pick({ lang: true }), response: smeDashboardSchema }, async (_input, _req, res) => {
    res.json(await smeDashboard(sources, caller(res)));
  });
  return routes;
}
