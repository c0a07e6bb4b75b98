// /api/me's personal-data routes (PDPO): the export, what deletion would do, and the deletion. Under the accounts
// module's /api/me, but here because they walk every module's part of the registry.
import { z } from 'zod';
import { deleteMeBodySchema } from '../../../shared/schemas/accounts';
import { deletionPlanSchema } from '../../../shared/schemas/privacy';
import { caller, signedIn } from '../../platform/http/access';
import { routeGroup } from '../../platform/http/routes';
import { type AuthContext, clearSessionCookies } from '../accounts';
import type { KeptForExport } from './parts';
import { deleteAccount, exportMyData, myDeletionPlan } from './personal-data.service';

/** `kept`: what the server keeps in memory that the export reads instead of the database (parts.ts). */
export function privacyRoutes(ctx: AuthContext, kept: KeptForExport) {
  const routes = routeGroup('/api/me', 'Accounts');

  routes.get('/export', { summary: 'Every record that refers to me or my organisation, as JSON with an explanation of each part (PDPO data access)', access: signedIn, response: z.record(z.string(), z.unknown()) }, async (_input, _req, res) => {
    res.setHeader('Content-Disposition', 'attachment; filename="aibridge-my-data.json"');
    res.json(await exportMyData(caller(res).id, kept, ctx));
  });

  routes.get('/deletion', { summary: 'What deleting my account would delete, anonymise and keep', access: signedIn, response: deletionPlanSchema }, async (_input, _req, res) => {
    res.json(await myDeletionPlan(caller(res).id, kept));
  });

  routes.delete('/', { summary: 'Delete my account: personal data removed, organisation content kept', access: signedIn, body: deleteMeBodySchema, status: 204 }, async ({ body }, req, res) => {
    await deleteAccount(caller(res).id, body.password, req.ip);
    clearSessionCookies(ctx, res).status(204).end();
  });

  return routes;
}
