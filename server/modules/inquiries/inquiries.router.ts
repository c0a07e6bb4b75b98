// /api/inquiries: threads between an SME and a supplier, their messages, quotes, read state, reports and the
// real-time stream; /api/needs/:id/quotes (comparison); /api/me/notifications and the one-click unsubscribe.
import { z } from 'zod';
import {
  declineBodySchema,
  inquiryCreateSchema,
  inquiryDetailSchema,
  inquiryIdParamsSchema,
  inquiryListQuerySchema,
  inquiryPageSchema,
  inquirySummarySchema,
  messageCreateSchema,
  messageSchema,
  notificationPrefsSchema,
  quoteComparisonSchema,
  quoteInputSchema,
  quoteParamsSchema,
  quoteSchema,
  reportBodySchema,
  inquiryStatusBodySchema,
  unreadSchema,
  unsubscribeQuerySchema,
} from '../../../shared/schemas/inquiries';
import { pageQuerySchema } from '../../../shared/schemas/common';
import { needIdParamsSchema } from '../../../shared/schemas/needs';
import { anyone, caller, role, signedIn } from '../../platform/http/access';
import { NotFound, Validation } from '../../platform/errors/errors';
import { routeGroup } from '../../platform/http/routes';
import { notificationPrefsOf, setNotificationPrefs, unsubscribeAll } from './notification-prefs';
import { viewerKey } from './inquiry.policy';
import { namesFor, presentDetail, presentMessage, presentQuote, presentSummary } from './inquiry.presenter';
import { quoteOf } from './inquiry.quotes';
import {
  changeStatus,
  createInquiry,
  decideQuote,
  listInquiries,
  markRead,
  participantInquiry,
  postMessage,
  quotesForNeed,
  readableThread,
  reportInquiry,
  reportedInquiries,
  sendQuote,
  threadOf,
  unreadCount,
  withdrawInquiry,
  type InquiriesContext,
} from './inquiry.service';

const participants = role('sme', 'supplier');
const one = { params: inquiryIdParamsSchema };
const empty = z.strictObject({}).optional();

export function inquiriesRoutes(ctx: InquiriesContext) {
  const routes = routeGroup('/api/inquiries', 'Inquiries');
  const detail = async (res: Parameters<typeof caller>[0], id: string) => {
    const v = caller(res);
    const thread = await readableThread(ctx.threads, v, id);
    return presentDetail(thread, v, await threadOf(ctx, thread));
  };

  routes.post('/', { summary: 'Start an inquiry to a supplier, optionally about one of my needs (which the supplier then sees)', access: role('sme'), body: inquiryCreateSchema, response: inquiryDetailSchema, status: 201, idempotent: true }, async ({ body }, _req, res) => {
    const inquiry = await createInquiry(ctx, caller(res), body);
    res.status(201).json(await detail(res, inquiry._id.toHexString()));
  });

  routes.get('/', { summary: 'My organisation’s inquiries, newest activity first (archived ones only when asked for by status)', access: participants, query: inquiryListQuerySchema, response: inquiryPageSchema }, async ({ query }, _req, res) => {
    const v = caller(res);
    const { items, total } = await listInquiries(ctx.threads, v, query);
    const names = await namesFor(ctx, items);
    res.json({ items: items.map((t) => presentSummary(t, v, names)), page: query.page, pageSize: query.pageSize, total });
  });

  routes.get('/unread', { summary: 'How many of my inquiries have something I have not read', access: participants, response: unreadSchema }, async (_input, _req, res) => {
    res.json({ count: await unreadCount(ctx.threads, caller(res)) });
  });

  routes.get('/events', { summary: 'Server-Sent Events: new messages, thread changes and unread-count changes for my inquiries', access: participants }, async (_input, req, res) => {
    const v = caller(res);
    const key = viewerKey(v);
    if (!key) throw NotFound('The inquiry stream');
    ctx.hub.open(key, v.id, req, res);
  });

  routes.get('/reported', { summary: 'Inquiries a participant reported, for review', access: role('curator', 'admin'), query: pageQuerySchema, response: inquiryPageSchema }, async ({ query }, _req, res) => {
    const v = caller(res);
    const { items, total } = await reportedInquiries(ctx.threads, query);
    const names = await namesFor(ctx, items);
    res.json({ items: items.map((t) => presentSummary(t, v, names)), page: query.page, pageSize: query.pageSize, total });
  });

  routes.get('/:id', { summary: 'One inquiry with its messages and quotes (participants; curators once reported)', access: signedIn, ...one, response: inquiryDetailSchema }, async ({ params }, _req, res) => {
    res.json(await detail(res, params.id));
  });

  routes.post('/:id/messages', { summary: 'Write in an inquiry (participants)', access: participants, ...one, body: messageCreateSchema, response: messageSchema, status: 201, idempotent: true }, async ({ params, body }, _req, res) => {
    const { message, side } = await postMessage(ctx, caller(res), params.id, body.text);
    res.status(201).json(presentMessage(message, side));
  });

  routes.post('/:id/read', { summary: 'Mark the inquiry read up to now, for me', access: participants, ...one, body: empty, status: 204 }, async ({ params }, _req, res) => {
    await markRead(ctx, caller(res), params.id);
    res.status(204).end();
  });

  routes.post('/:id/status', { summary: 'Close, archive or reopen an inquiry (participants)', access: participants, ...one, body: inquiryStatusBodySchema, response: inquirySummarySchema }, async ({ params, body }, _req, res) => {
    const v = caller(res);
    const inquiry = await changeStatus(ctx, v, params.id, body.status);
    res.json(presentSummary(inquiry, v, await namesFor(ctx, [inquiry])));
  });

  routes.post('/:id/withdraw', { summary: 'Withdraw an inquiry still waiting for the supplier to join (the SME; 409 once the supplier is on the platform)', access: role('sme'), ...one, body: empty, response: inquirySummarySchema }, async ({ params }, _req, res) => {
    const v = caller(res);
    const inquiry = await withdrawInquiry(ctx, v, params.id);
    res.json(presentSummary(inquiry, v, await namesFor(ctx, [inquiry])));
  });

  routes.post('/:id/report', { summary: 'Report an inquiry: it is then shared with the curators', access: participants, ...one, body: reportBodySchema, response: inquirySummarySchema }, async ({ params, body }, _req, res) => {
    const v = caller(res);
    const inquiry = await reportInquiry(v, params.id, body.reason);
    res.json(presentSummary(inquiry, v, await namesFor(ctx, [inquiry])));
  });

  routes.post('/:id/quotes', { summary: 'Send a structured quote in an inquiry (the supplier)', access: role('supplier'), ...one, body: quoteInputSchema, response: quoteSchema, status: 201, idempotent: true }, async ({ params, body }, _req, res) => {
    const v = caller(res);
    const quote = await sendQuote(ctx, v, params.id, body);
    const { inquiry } = await participantInquiry(v, params.id);
    res.status(201).json(presentQuote(quoteOf(quote), (await namesFor(ctx, [inquiry])).suppliers.get(inquiry.supplierId.toHexString())!));
  });

  for (const action of ['accept', 'decline'] as const) {
    routes.post(
      `/:id/quotes/:quoteId/${action}`,
      { summary: action === 'accept' ? 'Accept a quote (one per need; 409 once another was accepted)' : 'Decline a quote with a reason', access: role('sme'), params: quoteParamsSchema, body: action === 'accept' ? empty : declineBodySchema, response: quoteSchema },
      async ({ params, body }, _req, res) => {
        const v = caller(res);
        const decision = action === 'accept' ? ({ accept: true } as const) : { accept: false as const, reason: (body as { reason: string }).reason };
        const quote = await decideQuote(ctx, v, params.id, params.quoteId, decision);
        res.json(presentQuote(quoteOf(quote), (await namesFor(ctx, [quote])).suppliers.get(quote.supplierId.toHexString())!));
      },
    );
  }

  return routes;
}

/** The side-by-side comparison of the quotes received for one of my needs. */
export function needQuotesRoutes(ctx: InquiriesContext) {
  const routes = routeGroup('/api/needs', 'Inquiries');
  routes.get('/:id/quotes', { summary: 'Every quote received for one of my needs, cheapest first, for comparison', access: role('sme'), params: needIdParamsSchema, response: quoteComparisonSchema }, async ({ params }, _req, res) => {
    const quotes = await quotesForNeed(ctx.quotes, caller(res), params.id);
    const names = await namesFor(ctx, quotes);
    res.json({ needId: params.id, items: quotes.map((q) => presentQuote(q, names.suppliers.get(q.supplierId)!)) });
  });
  return routes;
}

export function notificationRoutes(ctx: InquiriesContext) {
  const prefs = routeGroup('/api/me/notifications', 'Inquiries');
  prefs.get('/', { summary: 'My email notification preferences for inquiries', access: signedIn, response: notificationPrefsSchema }, async (_input, _req, res) => {
    res.json(await notificationPrefsOf(caller(res).id));
  });
  prefs.put('/', { summary: 'Set my email notification preferences for inquiries', access: signedIn, body: notificationPrefsSchema, response: notificationPrefsSchema }, async ({ body }, _req, res) => {
    const id = caller(res).id;
    await setNotificationPrefs(id, body);
    res.json(await notificationPrefsOf(id));
  });

  const unsubscribe = routeGroup('/api/notifications', 'Inquiries');
  unsubscribe.post('/unsubscribe', { summary: 'One-click unsubscribe from inquiry emails (the signed token from the email; RFC 8058)', access: anyone, query: unsubscribeQuerySchema, status: 204 }, async ({ query }, _req, res) => {
    const userId = ctx.notifier.verifyUnsubscribe(query.token);
    if (!userId) throw Validation([{ path: 'query.token', message: 'The link is not valid.', code: 'link-invalid' }]);
    await unsubscribeAll(userId);
    res.status(204).end();
  });
  return [prefs, unsubscribe];
}
