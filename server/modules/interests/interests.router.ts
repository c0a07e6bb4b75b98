// /api/interests: suppliers express interest in published needs and list their own; SMEs dismiss or answer them.
// /api/needs/:id/interests: the need's SME sees who is interested and why they fit.
import { inquiryDetailSchema } from '../../../shared/schemas/inquiries';
import {
  interestCreateSchema,
  interestIdParamsSchema,
  interestInquirySchema,
  myInterestSchema,
  myInterestsSchema,
  needInterestSchema,
  needInterestsSchema,
} from '../../../shared/schemas/interests';
import { matchesQuerySchema, needIdParamsSchema } from '../../../shared/schemas/needs';
import { caller, role } from '../../platform/http/access';
import { routeGroup } from '../../platform/http/routes';
import { acceptedLanguage } from '../../platform/http/language';
import type { SearchEngine } from '../../platform/search/port';
import { presentDetail, responsivenessLookup, threadOf } from '../inquiries';
import { requestLang } from '../matching';
import { needForMatching } from '../needs';
import { explainSuppliers } from './interest.explain';
import { interestOf } from './interest.kept';
import { presentMyInterest, presentNeedInterests } from './interest.presenter';
import { answerWithInquiry, dismissInterest, expressInterest, interestsInNeed, myInterests, type InterestsContext } from './interest.service';

const supplier = role('supplier');
const sme = role('sme');
const one = { params: interestIdParamsSchema };

export function interestsRoutes(ctx: InterestsContext, search: SearchEngine) {
  const routes = routeGroup('/api/interests', 'Interests');

  routes.post('/', { summary: 'Express interest in a published need with a short note (suppliers with a profile; once per need, then 409)', access: supplier, body: interestCreateSchema, response: myInterestSchema, status: 201, idempotent: true }, async ({ body }, _req, res) => {
    const { interest, need } = await expressInterest(ctx, caller(res), body);
    res.status(201).json(presentMyInterest(interestOf(interest), need));
  });

  routes.get('/', { summary: 'My supplier organisation’s interests, with the anonymous needs they answer', access: supplier, response: myInterestsSchema }, async (_input, _req, res) => {
    res.json({ items: (await myInterests(ctx, caller(res))).map(({ interest, need }) => presentMyInterest(interest, need)) });
  });

  routes.post('/:id/dismiss', { summary: 'Dismiss an interest in one of my needs (the supplier sees it was not taken further)', access: sme, ...one, response: needInterestSchema.pick({ id: true, status: true }) }, async ({ params }, _req, res) => {
    const interest = await dismissInterest(caller(res), params.id);
    res.json({ id: interest._id.toHexString(), status: interest.status });
  });

  routes.post('/:id/inquiry', { summary: 'Answer an interest with an inquiry about the need (the supplier then learns who I am)', access: sme, ...one, body: interestInquirySchema, response: inquiryDetailSchema, status: 201, idempotent: true }, async ({ params, body }, _req, res) => {
    const p = caller(res);
    const { inquiry } = await answerWithInquiry(ctx, p, params.id, body);
    res.status(201).json(presentDetail(inquiry, p, await threadOf(ctx.inquiries, inquiry)));
  });

  const needs = routeGroup('/api/needs', 'Interests');
  needs.get('/:id/interests', { summary: 'Suppliers interested in one of my needs, with their notes and why they fit', access: sme, params: needIdParamsSchema, query: matchesQuerySchema.pick({ lang: true }), response: needInterestsSchema }, async ({ params, query }, req, res) => {
    const { need, interests } = await interestsInNeed(ctx, caller(res), params.id);
    const ids = [...new Set(interests.map((i) => i.supplierId))];
    const explained = await explainSuppliers(search, needForMatching(need), ids, { lang: requestLang(query.lang, acceptedLanguage(req)), responsiveness: responsivenessLookup });
    res.json({ items: presentNeedInterests(interests, explained) });
  });

  return [routes, needs];
}
