import { z } from 'zod';
import { fundingHintsSchema } from '../../../shared/schemas/funding';
import {
  matchesQuerySchema,
  matchesSchema,
  needIdParamsSchema,
  needInputSchema,
  needListQuerySchema,
  needPageSchema,
  needPatchSchema,
  needSchema,
} from '../../../shared/schemas/needs';
import { caller, role } from '../../platform/http/access';
import { sendMemoJson } from '../../platform/http/memo-json';
import { routeGroup } from '../../platform/http/routes';
import type { SearchEngine } from '../../platform/search/port';
import { FUNDING_NOTICE, fundingHintsFor, presentFundingScheme } from '../funding/funding.service';
import { requestLang } from '../matching/match.lang';
import { MatchCache } from '../matching/match.cache';
import { matchSuppliers, type ResponsivenessLookup } from '../matching/match.service';
import { presentNeed } from './need.presenter';
import { changeNeedStatus, createNeed, listNeeds, needForMatching, ownNeed, ownNeedForMatching, updateNeed } from './need.service';

export type NeedsDeps = { search: SearchEngine; responsiveness?: ResponsivenessLookup };

const sme = role('sme');
const one = { params: needIdParamsSchema };

export function needsRoutes({ search, responsiveness }: NeedsDeps) {
  const routes = routeGroup('/api/needs', 'Needs');
  const matches = new MatchCache();

  routes.post('/', { summary: 'Describe a need (saved as a draft)', access: sme, body: needInputSchema, response: needSchema, status: 201, idempotent: true }, async ({ body }, _req, res) => {
    res.status(201).json(presentNeed(await createNeed(caller(res), body)));
  });

  routes.get('/', { summary: 'My organisation’s needs', access: sme, query: needListQuerySchema, response: needPageSchema }, async ({ query }, _req, res) => {
    const { items, total } = await listNeeds(caller(res), query);
    res.json({ items: items.map(presentNeed), page: query.page, pageSize: query.pageSize, total });
  });

  routes.get('/:id', { summary: 'One of my organisation’s needs (drafts included)', access: sme, ...one, response: needSchema }, async ({ params }, _req, res) => {
    res.json(presentNeed(await ownNeed(caller(res), params.id)));
  });

  routes.patch('/:id', { summary: 'Edit a draft or published need', access: sme, ...one, body: needPatchSchema, response: needSchema }, async ({ params, body }, _req, res) => {
    res.json(presentNeed(await updateNeed(caller(res), params.id, body)));
  });

  for (const action of ['publish', 'close'] as const) {
    routes.post(`/:id/${action}`, { summary: `${action === 'publish' ? 'Publish' : 'Close'} a need (409 from a state that does not allow it)`, access: sme, ...one, body: z.strictObject({}).optional(), response: needSchema }, async ({ params }, _req, res) => {
      res.json(presentNeed(await changeNeedStatus(caller(res), params.id, action)));
    });
  }

  routes.get('/:id/matches', { summary: 'Suppliers ranked by fit for the need, with score components and reasons', access: sme, ...one, query: matchesQuerySchema, response: matchesSchema }, async ({ params, query }, req, res) => {
    const { id, version, need } = await ownNeedForMatching(caller(res), params.id);
    const lang = requestLang(query.lang, req);
    const items = await matches.get(`${id}:${version}:${lang}:${query.limit}`, () => matchSuppliers(search, need, { limit: query.limit, lang, responsiveness }));
    sendMemoJson(res, items, () => ({ items }));
  });

  routes.get('/:id/funding', { summary: 'Funding schemes that may apply to the need (information, not advice)', access: sme, ...one, response: fundingHintsSchema }, async ({ params }, _req, res) => {
    const need = await ownNeed(caller(res), params.id);
    res.json({ notice: FUNDING_NOTICE, items: (await fundingHintsFor(needForMatching(need))).map(presentFundingScheme) });
  });

  return routes;
}
