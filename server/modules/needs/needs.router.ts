import { z } from 'zod';
import { fundingHintsSchema } from '../../../shared/schemas/funding';
import {
  needIdParamsSchema,
  needInputSchema,
  needListQuerySchema,
  needPageSchema,
  needPatchSchema,
  needSchema,
} from '../../../shared/schemas/needs';
import { caller, role } from '../../platform/http/access';
import { routeGroup } from '../../platform/http/routes';
import { FUNDING_NOTICE, fundingHintsFor, presentFundingScheme } from '../funding';
import { needForMatching, presentNeed } from './need.presenter';
import { changeNeedStatus, createNeed, listNeeds, ownNeed, ownStoredNeed, updateNeed } from './need.service';

const sme = role('sme');
const one = { params: needIdParamsSchema };

export function needsRoutes() {
  const routes = routeGroup('/api/needs', 'Needs');

  routes.post('/', { summary: 'Describe a need (saved as a draft)', access: sme, body: needInputSchema, response: needSchema, status: 201, idempotent: true }, async ({ body }, _req, res) => {
    res.status(201).json(presentNeed(await createNeed(caller(res), body)));
  });

  routes.get('/', { summary: 'My organisation’s needs', access: sme, query: needListQuerySchema, response: needPageSchema }, async ({ query }, _req, res) => {
    const { items, total } = await listNeeds(caller(res), query);
    res.json({ items: items.map(presentNeed), page: query.page, pageSize: query.pageSize, total });
  });

  routes.get('/:id', { summary: 'One of my organisation’s needs (drafts included)', access: sme, ...one, response: needSchema }, async ({ params }, _req, res) => {
    res.json(presentNeed(await ownStoredNeed(caller(res), params.id)));
  });

  routes.patch('/:id', { summary: 'Edit a draft or published need', access: sme, ...one, body: needPatchSchema, response: needSchema }, async ({ params, body }, _req, res) => {
    res.json(presentNeed(await updateNeed(caller(res), params.id, body)));
  });

  for (const action of ['publish', 'close'] as const) {
    routes.post(`/:id/${action}`, { summary: `${action === 'publish' ? 'Publish' : 'Close'} a need (409 from a state that does not allow it)`, access: sme, ...one, body: z.strictObject({}).optional(), response: needSchema }, async ({ params }, _req, res) => {
      res.json(presentNeed(await changeNeedStatus(caller(res), params.id, action)));
    });
  }

  routes.get('/:id/funding', { summary: 'Funding schemes that may apply to the need (information, not advice)', access: sme, ...one, response: fundingHintsSchema }, async ({ params }, _req, res) => {
    const need = await ownNeed(caller(res), params.id);
    res.json({ notice: FUNDING_NOTICE, items: (await fundingHintsFor(needForMatching(need))).map(presentFundingScheme) });
  });

  return routes;
}
