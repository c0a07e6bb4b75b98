// /api/admin/audit: the security event log, newest first, for admins.
import { auditPageSchema, auditQuerySchema } from '../../../shared/schemas/accounts';
import { role } from '../../platform/http/access';
import { routeGroup } from '../../platform/http/routes';
import { presentAuditEvent } from './audit.presenter';
import { listAuditEvents } from './audit.service';

export function auditRoutes() {
  const routes = routeGroup('/api/admin/audit', 'Admin');

  routes.get('/', { summary: 'Security events: sign-ins, password and role changes, verification', access: role('admin'), query: auditQuerySchema, response: auditPageSchema }, async ({ query }, _req, res) => {
    const { items, total } = await listAuditEvents(query);
    res.json({ items: items.map(presentAuditEvent), page: query.page, pageSize: query.pageSize, total });
  });

  return routes;
}
