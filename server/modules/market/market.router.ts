import { z } from 'zod';
import { marketStatsSchema } from '../../../shared/schemas/suppliers';
import { taxonomy } from '../../../shared/taxonomy';
import { anyone } from '../../platform/http/access';
import { routeGroup } from '../../platform/http/routes';
import { marketStats } from '../suppliers/supplier.service';

export const marketRoutes = routeGroup('/api', 'Market');

marketRoutes.get(
  '/taxonomy',
  { summary: 'The taxonomy: every enumeration with its machine keys and English and Traditional Chinese labels', access: anyone, response: z.record(z.string(), z.array(z.object({ key: z.string(), label: z.object({ en: z.string(), 'zh-Hant': z.string() }) }))) },
  (_input, _req, res) => {
    res.set('Cache-Control', 'public, max-age=3600').json(taxonomy);
  },
);

marketRoutes.get(
  '/stats',
  { summary: 'Live counts of suppliers by industry-chain layer and by sector', access: anyone, response: marketStatsSchema },
  async (_input, _req, res) => {
    res.json(await marketStats());
  },
);
