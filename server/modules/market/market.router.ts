import { z } from 'zod';
import { marketStatsSchema } from '../../../shared/schemas/suppliers';
import { taxonomy } from '../../../shared/taxonomy';
import { anyone } from '../../platform/http/access';
import { routeGroup } from '../../platform/http/routes';
import type { Logger } from '../../platform/log/logger';
import type { SearchEngine } from '../../platform/search/port';
import { marketStats } from './market.service';

const taxonomyResponse = z.record(z.string(), z.array(z.object({ key: z.string(), label: z.object({ en: z.string(), 'zh-Hant': z.string() }) })));

export function marketRoutes(search: SearchEngine, log: Logger) {
  const routes = routeGroup('/api', 'Market');

  routes.get(
    '/taxonomy',
    { summary: 'The taxonomy: every enumeration with its machine keys and English and Traditional Chinese labels', access: anyone, response: taxonomyResponse },
    (_input, _req, res) => {
      res.set('Cache-Control', 'public, max-age=3600').json(taxonomy);
    },
  );

  routes.get(
    '/stats',
    { summary: 'Live counts of suppliers by industry-chain layer and by sector', access: anyone, response: marketStatsSchema },
    async (_input, _req, res) => {
      res.json(await marketStats(search, log));
    },
  );

  return routes;
}
