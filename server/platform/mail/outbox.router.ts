// /api/admin/outbox: the emails kept in the database when no SMTP server is configured. Mounted only then,
// and never in production; admins only.
import { outboxPageSchema } from '../../../shared/schemas/accounts';
import { pageQuerySchema } from '../../../shared/schemas/common';
import { pageOffset } from '../db/page';
import { role } from '../http/access';
import { routeGroup } from '../http/routes';
import { OutboxModel } from './outbox.model';

export function outboxRoutes() {
  const routes = routeGroup('/api/admin/outbox', 'Admin');
  routes.get('/', { summary: 'Emails in the development outbox, newest first', access: role('admin'), query: pageQuerySchema, response: outboxPageSchema }, async ({ query }, _req, res) => {
    const [items, total] = await Promise.all([
      OutboxModel.find().sort({ createdAt: -1, _id: -1 }).skip(pageOffset(query)).limit(query.pageSize),
      OutboxModel.estimatedDocumentCount(),
    ]);
    res.json({
      items: items.map((m) => ({ id: m._id.toHexString(), to: m.to, subject: m.subject, text: m.text, at: m.createdAt.toISOString() })),
      page: query.page,
      pageSize: query.pageSize,
      total,
    });
  });
  return routes;
}
