import { caseCreateSchema, caseListQuerySchema, casePatchSchema, emptyBodySchema, type ManagedCase, managedCasePageSchema, managedCaseSchema } from '../../../shared/schemas/casestudies';
import { caseStudyDetailSchema, idOrSlugParamsSchema } from '../../../shared/schemas/suppliers';
import { anyone, caller, role } from '../../platform/http/access';
import { NotFound } from '../../platform/errors/errors';
import { routeGroup } from '../../platform/http/routes';
import type { SearchEngine } from '../../platform/search/port';
import { manageableSupplierLink, type SupplierLink } from '../suppliers';
import { indexedCaseDetail, indexedCasesOf } from './case.indexed';
import { presentCaseDetail, presentManagedCase, presentManagedCaseOf } from './case.presenter';
import { createCase, deleteCase, findPublishedCase, listCasesOf, manageableCase, transition, updateCase } from './case.service';

const supplierMember = role('supplier');
const supplierOrStaff = role('supplier', 'curator', 'admin');
const one = { params: idOrSlugParamsSchema };

export function casesRoutes(engine: SearchEngine) {
  const routes = routeGroup('/api/cases', 'Case studies');

  routes.post(
    '/',
    { summary: 'Start a case study (a draft) for my supplier profile', access: supplierMember, body: caseCreateSchema, response: managedCaseSchema, status: 201, idempotent: true },
    async ({ body }, _req, res) => {
      res.status(201).json(await presentManagedCaseOf(await createCase(caller(res), body)));
    },
  );

  routes.get(
    '/:idOrSlug',
    { summary: 'A published case study', access: anyone, ...one, response: caseStudyDetailSchema },
    async ({ params }, _req, res) => {
      const indexed = await indexedCaseDetail(params.idOrSlug, engine);
      if (indexed) return void res.json(indexed);
      const found = await findPublishedCase(params.idOrSlug, engine);
      if (!found) throw NotFound('The case study');
      res.json(presentCaseDetail(found.caseStudy, found.supplier));
    },
  );

  routes.patch(
    '/:idOrSlug',
    { summary: 'Edit one of my drafts (409 unless it is a draft)', access: supplierMember, ...one, body: casePatchSchema, response: managedCaseSchema },
    async ({ params, body }, _req, res) => {
      const c = await manageableCase(caller(res), params.idOrSlug);
      res.json(await presentManagedCaseOf(await updateCase(c, body)));
    },
  );

  routes.delete(
    '/:idOrSlug',
    { summary: 'Delete one of my drafts (409 unless it is a draft)', access: supplierMember, ...one, status: 204 },
    async ({ params }, _req, res) => {
      await deleteCase(await manageableCase(caller(res), params.idOrSlug));
      res.status(204).end();
    },
  );

  routes.post(
    '/:idOrSlug/submit',
    { summary: 'Submit a draft for review (409 unless it is a draft)', access: supplierMember, ...one, body: emptyBodySchema, response: managedCaseSchema },
    async ({ params }, _req, res) => {
      const p = caller(res);
      res.json(await presentManagedCaseOf(await transition(p, await manageableCase(p, params.idOrSlug), 'submit')));
    },
  );

  routes.post(
    '/:idOrSlug/unpublish',
    { summary: 'Take a published case study back to draft (its supplier, curators, admins; 409 unless published)', access: supplierOrStaff, ...one, body: emptyBodySchema, response: managedCaseSchema },
    async ({ params }, _req, res) => {
      const p = caller(res);
      res.json(await presentManagedCaseOf(await transition(p, await manageableCase(p, params.idOrSlug, { staff: true }), 'unpublish')));
    },
  );

  return routes;
}

/** The supplier's case studies as the database gives them (listCasesOf), presented. */
async function storedCasesOf(supplier: SupplierLink, query: { page: number; pageSize: number }): Promise<{ items: ManagedCase[]; total: number }> {
  const { items, total } = await listCasesOf(supplier._id, query);
  return { items: items.map((c) => presentManagedCase(c, supplier)), total };
}

/** A supplier's own case studies in every status, under its profile's address (the profile itself is the suppliers module's). */
export function supplierCasesRoutes(engine: SearchEngine) {
  const routes = routeGroup('/api/suppliers', 'Suppliers');

  routes.get(
    '/:idOrSlug/cases',
    { summary: 'All of a supplier’s case studies, every status (its members, curators, admins)', access: supplierOrStaff, ...one, query: caseListQuerySchema, response: managedCasePageSchema },
    async ({ params, query }, _req, res) => {
      const supplier = await manageableSupplierLink(caller(res), params.idOrSlug, engine);
      const { items, total } = (await indexedCasesOf(supplier, query, engine)) ?? (await storedCasesOf(supplier, query));
      res.json({ items, page: query.page, pageSize: query.pageSize, total });
    },
  );

  return routes;
}
