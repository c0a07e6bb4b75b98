// /api/reviews: verified-engagement reviews. Public reading (newest first, fixed); SMEs write from an accepted
// quote; the reviewed supplier replies once; anyone signed in reports; curators and admins moderate.
import { z } from 'zod';
import { idParamsSchema } from '../../../shared/schemas/accounts';
import { pageQuerySchema } from '../../../shared/schemas/common';
import {
  engagementListSchema,
  quoteIdParamsSchema,
  reportedReviewPageSchema,
  reviewCreateSchema,
  reviewListQuerySchema,
  reviewPageSchema,
  reviewReasonSchema,
  reviewReplySchema,
  reviewSchema,
  reviewSummariesSchema,
  summaryQuerySchema,
} from '../../../shared/schemas/reviews';
import { anyone, caller, role, signedIn } from '../../platform/http/access';
import { routeGroup } from '../../platform/http/routes';
import type { ReviewDoc } from './review.model';
import { presentReported, presentReview } from './review.presenter';
import {
  createReview,
  dismissReports,
  type EngagementSources,
  engagementsOf,
  markDelivered,
  organisationNames,
  removeReview,
  replyToReview,
  reportedReviews,
  reportReview,
  reviewSummaries,
  supplierNames,
  supplierReviews,
} from './review.service';

const moderators = role('curator', 'admin');
const one = { params: idParamsSchema };
const empty = z.strictObject({}).optional();
const present = async (r: ReviewDoc) => presentReview(r, await organisationNames([r]));


/** `engagements`: the quotes kept in memory (the inquiries module's) and the search engine (suppliers' names). */
export function reviewsRoutes(engagements: EngagementSources) {
  const routes = routeGroup('/api/reviews', 'Reviews');

  routes.get('/', { summary: 'A supplier’s published reviews, newest first (a fixed order), with their count and average', access: anyone, query: reviewListQuerySchema, response: reviewPageSchema }, async ({ query }, _req, res) => {
    const { items, summary } = await supplierReviews(query.supplierId, query);
    const names = await organisationNames(items);
    res.json({ items: items.map((r) => presentReview(r, names)), page: query.page, pageSize: query.pageSize, total: summary.count, summary });
  });

  routes.get('/summaries', { summary: 'Review count and average rating of up to four suppliers (the comparison)', access: anyone, query: summaryQuerySchema, response: reviewSummariesSchema }, async ({ query }, _req, res) => {
    const summaries = await reviewSummaries(query.ids);
    res.json({ items: query.ids.map((id) => ({ supplierId: id, ...(summaries.get(id) ?? { count: 0, average: null }) })) });
  });

  routes.get('/engagements', { summary: 'My organisation’s accepted quotes: when each can be reviewed, and its review once written', access: role('sme'), response: engagementListSchema }, async (_input, _req, res) => {
    res.json({ items: await engagementsOf(engagements, caller(res)) });
  });

  routes.post('/engagements/:quoteId/delivered', { summary: 'Mark the project of an accepted quote delivered (it can then be reviewed at once)', access: role('sme'), params: quoteIdParamsSchema, body: empty, status: 204 }, async ({ params }, _req, res) => {
    await markDelivered(caller(res), params.quoteId);
    res.status(204).end();
  });

  routes.post('/', { summary: 'Review a supplier from one of my organisation’s accepted quotes (once per quote, after delivery or 30 days)', access: role('sme'), body: reviewCreateSchema, response: reviewSchema, status: 201 }, async ({ body }, _req, res) => {
    res.status(201).json(await present(await createReview(caller(res), body)));
  });

  routes.get('/reported', { summary: 'Reviews reported as abusive, waiting for a curator', access: moderators, query: pageQuerySchema, response: reportedReviewPageSchema }, async ({ query }, _req, res) => {
    const { items, total } = await reportedReviews(query);
    const [names, suppliers] = await Promise.all([organisationNames(items), supplierNames(items)]);
    res.json({ items: items.map((r) => presentReported(r, names, suppliers.get(r.supplierId.toHexString()) ?? '')), page: query.page, pageSize: query.pageSize, total });
  });

  routes.post('/:id/reply', { summary: 'Reply publicly to a review, once (the reviewed supplier’s members)', access: role('supplier'), ...one, body: reviewReplySchema, response: reviewSchema }, async ({ params, body }, _req, res) => {
    res.json(await present(await replyToReview(caller(res), params.id, body.text)));
  });

  routes.post('/:id/report', { summary: 'Report a review as abusive: curators then look at it', access: signedIn, ...one, body: reviewReasonSchema, status: 204 }, async ({ params, body }, _req, res) => {
    await reportReview(caller(res), params.id, body.reason);
    res.status(204).end();
  });

  routes.post('/:id/remove', { summary: 'Remove a review, with the reason (audited)', access: moderators, ...one, body: reviewReasonSchema, status: 204 }, async ({ params, body }, _req, res) => {
    await removeReview(caller(res), params.id, body.reason);
    res.status(204).end();
  });

  routes.post('/:id/keep', { summary: 'Keep a reported review: its reports were unfounded (audited)', access: moderators, ...one, body: empty, status: 204 }, async ({ params }, _req, res) => {
    await dismissReports(caller(res), params.id);
    res.status(204).end();
  });

  return routes;
}
