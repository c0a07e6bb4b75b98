// The curators' desk: the moderation queue (submitted case studies, profile changes), verification, the
// browser import, and every showcase including drafts. Curators and admins only.
import { pageQuerySchema } from '../../../shared/schemas/common';
import { caseIdParamsSchema, emptyBodySchema, managedCasePageSchema, managedCaseSchema, returnBodySchema } from '../../../shared/schemas/casestudies';
import { curationQueueQuerySchema, curationSupplierParamsSchema, profileReviewPageSchema } from '../../../shared/schemas/curation';
import { importReportSchema } from '../../../shared/schemas/interchange';
import { diligenceCheckBodySchema } from '../../../shared/schemas/diligence';
import { revokeBodySchema, supplierEditorSchema, verifyBodySchema } from '../../../shared/schemas/profiles';
import { showcasePageSchema, SHOWCASE_STATUSES } from '../../../shared/schemas/showcases';
import { caller, role } from '../../platform/http/access';
import { NotFound } from '../../platform/errors/errors';
import { routeGroup } from '../../platform/http/routes';
import { receiveFile } from '../../platform/http/upload';
import { findCase, listSubmittedCases, presentManagedCaseOf, publishedCaseSummaries, transition } from '../cases';
import { sendShowcasePage, showcasePageJson } from '../showcases';
import { checkDiligence, listPendingProfiles, presentEditorView, presentSupplierSummary, reviewProfile, revokeVerification, type SupplierDoc, verifySupplier } from '../suppliers';
import { IMPORT_MAX_BYTES, importUpload } from './import-upload';
import { z } from 'zod';

const curator = role('curator', 'admin');

const editor = async (s: SupplierDoc) => presentEditorView(s, await publishedCaseSummaries(s._id));

async function submittedCase(id: string) {
  const c = await findCase(id);
  if (!c) throw NotFound('The case study');
  return c;
}

export function curationRoutes() {
  const routes = routeGroup('/api/curation', 'Curation');

  routes.get(
    '/cases',
    { summary: 'Case studies submitted for review, oldest first', access: curator, query: curationQueueQuerySchema, response: managedCasePageSchema },
    async ({ query }, _req, res) => {
      const { items, total } = await listSubmittedCases(query);
      res.json({ items, page: query.page, pageSize: query.pageSize, total });
    },
  );

  routes.post(
    '/cases/:id/approve',
    { summary: 'Approve a submitted case study: it is published (409 unless submitted)', access: curator, params: caseIdParamsSchema, body: emptyBodySchema, response: managedCaseSchema },
    async ({ params }, _req, res) => {
      res.json(await presentManagedCaseOf(await transition(caller(res), await submittedCase(params.id), 'approve')));
    },
  );

  routes.post(
    '/cases/:id/return',
    { summary: 'Return a submitted case study to draft with comments (409 unless submitted)', access: curator, params: caseIdParamsSchema, body: returnBodySchema, response: managedCaseSchema },
    async ({ params, body }, _req, res) => {
      res.json(await presentManagedCaseOf(await transition(caller(res), await submittedCase(params.id), 'return', body.comment)));
    },
  );

  routes.get(
    '/profiles',
    { summary: 'Supplier profiles with changes awaiting review, oldest change first', access: curator, query: curationQueueQuerySchema, response: profileReviewPageSchema },
    async ({ query }, _req, res) => {
      const { items, total } = await listPendingProfiles(query);
      res.json({
        items: items.map((s) => ({ supplier: presentSupplierSummary(s), changedFields: s.review?.changedFields ?? [], changedAt: (s.review?.changedAt ?? s.updatedAt).toISOString() })),
        page: query.page,
        pageSize: query.pageSize,
        total,
      });
    },
  );

  for (const outcome of ['approve', 'return'] as const) {
    routes.post(
      `/profiles/:id/${outcome}`,
      {
        summary: outcome === 'approve' ? 'Mark a profile’s changes as reviewed (409 when none await review)' : 'Return a profile’s changes to its members with a comment (409 when none await review)',
        access: curator,
        params: curationSupplierParamsSchema,
        body: outcome === 'approve' ? emptyBodySchema : returnBodySchema,
        response: supplierEditorSchema,
      },
      async ({ params, body }, _req, res) => {
        const comment = (body as { comment?: string } | undefined)?.comment;
        res.json(await editor(await reviewProfile(caller(res), params.id, outcome, comment)));
      },
    );
  }

  routes.post(
    '/suppliers/:id/verification',
    { summary: 'Verify a supplier, recording the checks made (409 when already verified); audited', access: curator, params: curationSupplierParamsSchema, body: verifyBodySchema, response: supplierEditorSchema },
    async ({ params, body }, req, res) => {
      res.json(await editor(await verifySupplier(caller(res), params.id, body.checks, req.ip)));
    },
  );

  routes.post(
    '/suppliers/:id/verification/revoke',
    { summary: 'Revoke a supplier’s verification with a reason (409 when not verified); audited', access: curator, params: curationSupplierParamsSchema, body: revokeBodySchema, response: supplierEditorSchema },
    async ({ params, body }, req, res) => {
      res.json(await editor(await revokeVerification(caller(res), params.id, body.reason, req.ip)));
    },
  );

  routes.post(
    '/suppliers/:id/diligence',
    { summary: 'Mark declared fields of a supplier’s AI due-diligence card as checked by a curator, or unmark them (409 for an undeclared field); audited', access: curator, params: curationSupplierParamsSchema, body: diligenceCheckBodySchema, response: supplierEditorSchema },
    async ({ params, body }, req, res) => {
      res.json(await editor(await checkDiligence(caller(res), params.id, body.fields, body.checked, req.ip)));
    },
  );

  routes.post(
    '/imports',
    {
      summary: 'Import an interchange file (JSON or CSV) and get the same report as `npm run import`',
      access: curator,
      upload: { field: 'file', types: ['application/json', 'text/csv'], maxBytes: IMPORT_MAX_BYTES },
      response: importReportSchema,
    },
    async (_input, req, res) => {
      const file = await receiveFile(req, res, { field: 'file', maxBytes: IMPORT_MAX_BYTES });
      res.json(await importUpload(file));
    },
  );

  routes.get(
    '/showcases',
    { summary: 'Every showcase, drafts included', access: curator, query: pageQuerySchema.extend({ status: z.enum(SHOWCASE_STATUSES).optional() }), response: showcasePageSchema },
    async ({ query }, _req, res) => {
      sendShowcasePage(res, await showcasePageJson(query));
    },
  );

  return routes;
}
