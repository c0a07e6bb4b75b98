import { z } from 'zod';
import { fundingSchemeInputSchema, fundingSchemeSchema } from '../../../shared/schemas/funding';
import { objectIdSchema } from '../../../shared/schemas/common';
import { anyone, role } from '../../platform/http/access';
import { routeGroup } from '../../platform/http/routes';
import { listFundingSchemes, presentFundingScheme, saveFundingScheme } from './funding.service';

const curator = role('curator', 'admin');

export function fundingRoutes() {
  const routes = routeGroup('/api/funding-schemes', 'Funding schemes');

  routes.get('/', { summary: 'Published funding schemes', access: anyone, response: z.object({ items: z.array(fundingSchemeSchema) }) }, async (_input, _req, res) => {
    res.json({ items: (await listFundingSchemes(false)).map(presentFundingScheme) });
  });

  routes.post('/', { summary: 'Add a funding scheme', access: curator, body: fundingSchemeInputSchema, response: fundingSchemeSchema, status: 201, idempotent: true }, async ({ body }, _req, res) => {
    res.status(201).json(presentFundingScheme(await saveFundingScheme(body)));
  });

  routes.put('/:id', { summary: 'Edit a funding scheme', access: curator, params: z.object({ id: objectIdSchema }), body: fundingSchemeInputSchema, response: fundingSchemeSchema }, async ({ params, body }, _req, res) => {
    res.json(presentFundingScheme(await saveFundingScheme(body, params.id)));
  });

  return routes;
}
