import { healthSchema, type Health } from '../../../shared/schemas/health';
import { anyone } from '../../platform/http/access';
import { DATABASE_RETRY_SECONDS } from '../../platform/errors/errors';
import { routeGroup } from '../../platform/http/routes';

export type HealthProbe = {
  database: { isUp(): boolean; embedded: boolean };
  search: { name: string; isReady(): Promise<boolean> };
  version: string;
};

export function healthRoutes(probe: HealthProbe) {
  const routes = routeGroup('/api/health', 'Health');
  routes.get(
    '/',
    { summary: 'Liveness and database state; 503 in the same shape when the database is unreachable', access: anyone, response: healthSchema },
    async (_input, _req, res) => {
      const up = probe.database.isUp();
      const body: Health = {
        status: up ? 'ok' : 'unavailable',
        database: { state: up ? 'up' : 'down', embedded: probe.database.embedded },
        search: { engine: probe.search.name, ready: await probe.search.isReady().catch(() => false) },
        version: probe.version,
      };
      if (!up) res.set('Retry-After', String(DATABASE_RETRY_SECONDS));
      res.set('Cache-Control', 'no-store').status(up ? 200 : 503).json(body);
    },
  );
  return routes;
}
