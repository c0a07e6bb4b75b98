import { z } from 'zod';
import { managedCasePageSchema, caseListQuerySchema } from '../../../shared/schemas/casestudies';
import { compareQuerySchema, compareSchema, profileCreateSchema, profilePatchSchema, supplierEditorSchema } from '../../../shared/schemas/profiles';
import { idOrSlugParamsSchema, supplierDetailSchema, supplierListQuerySchema, supplierPageSchema } from '../../../shared/schemas/suppliers';
import { anyone, caller, role } from '../../platform/http/access';
import { NotFound } from '../../platform/http/errors';
import { routeGroup } from '../../platform/http/routes';
import { receiveFile } from '../../platform/http/upload';
import type { SearchEngine } from '../../platform/search/port';
import { presentCaseSummary, presentManagedCase } from '../cases/case.presenter';
import { listCasesOf, listPublishedCasesOf, publishedCasesOf } from '../cases/case.service';
import { responsivenessOf } from '../inquiries/inquiry.responsiveness';
import { LOGO_MAX_BYTES, LOGO_TYPES, loadLogo, saveLogo } from './logo.service';
import { createOwnProfile, manageableSupplier, updateProfile } from './profile.service';
import type { SupplierDoc } from './supplier.model';
import { presentCompareRow, presentSupplierDetail, presentSupplierEditor, presentSupplierSummary } from './supplier.presenter';
import { isOnPlatform } from './supplier.policy';
import { findSupplier, listSuppliers, suppliersByIds } from './supplier.service';

const manager = role('supplier', 'curator', 'admin');
const one = { params: idOrSlugParamsSchema };

async function editor(s: SupplierDoc) {
  const cases = await listPublishedCasesOf(s._id);
  return presentSupplierEditor(s, cases.map(presentCaseSummary), await isOnPlatform(s._id));
}

/** Public reads go through the search engine and `_id` lookups (see supplier.service): FerretDB scans for anything else. */
export function suppliersRoutes(search: SearchEngine) {
  const routes = routeGroup('/api/suppliers', 'Suppliers');

  routes.get(
    '/',
    { summary: 'List suppliers, filtered by layer and sector', access: anyone, query: supplierListQuerySchema, response: supplierPageSchema },
    async ({ query }, _req, res) => {
      const { items, total } = await listSuppliers(query, search);
      res.json({ items: items.map(presentSupplierSummary), page: query.page, pageSize: query.pageSize, total });
    },
  );

  routes.post(
    '/',
    { summary: 'Create my organisation’s supplier profile (once; 409 when it exists)', access: role('supplier'), body: profileCreateSchema, response: supplierEditorSchema, status: 201, idempotent: true },
    async ({ body }, _req, res) => {
      res.status(201).json(await editor(await createOwnProfile(caller(res), body)));
    },
  );

  routes.get(
    '/compare',
    { summary: 'Up to 4 suppliers side by side, in the order asked', access: anyone, query: compareQuerySchema, response: compareSchema },
    async ({ query }, _req, res) => {
      res.json({ items: (await suppliersByIds(query.ids)).map(presentCompareRow) });
    },
  );

  routes.get(
    '/:idOrSlug',
    { summary: 'A supplier profile with its published case studies', access: anyone, ...one, response: supplierDetailSchema },
    async ({ params }, _req, res) => {
      const supplier = await findSupplier(params.idOrSlug);
      if (!supplier) throw NotFound('The supplier');
      const [cases, responsiveness, onPlatform] = await Promise.all([publishedCasesOf(supplier._id, search), responsivenessOf(supplier._id), isOnPlatform(supplier._id)]);
      res.json(presentSupplierDetail(supplier, cases.map(presentCaseSummary), onPlatform, responsiveness));
    },
  );

  routes.patch(
    '/:idOrSlug',
    { summary: 'Edit a supplier profile (its members, curators, admins); members’ edits go live and enter the review queue', access: manager, ...one, body: profilePatchSchema, response: supplierEditorSchema },
    async ({ params, body }, _req, res) => {
      const p = caller(res);
      res.json(await editor(await updateProfile(p, await manageableSupplier(p, params.idOrSlug), body)));
    },
  );

  routes.get(
    '/:idOrSlug/editor',
    { summary: 'A profile for editing: completeness, review state and the verification record', access: manager, ...one, response: supplierEditorSchema },
    async ({ params }, _req, res) => {
      res.json(await editor(await manageableSupplier(caller(res), params.idOrSlug)));
    },
  );

  routes.put(
    '/:idOrSlug/logo',
    { summary: 'Upload the logo (PNG, JPEG or WebP, ≤ 1 MB; resized to 256 px WebP)', access: manager, ...one, upload: { field: 'logo', types: LOGO_TYPES, maxBytes: LOGO_MAX_BYTES }, response: supplierEditorSchema },
    async ({ params }, req, res) => {
      const supplier = await manageableSupplier(caller(res), params.idOrSlug);
      const file = await receiveFile(req, res, { field: 'logo', maxBytes: LOGO_MAX_BYTES });
      await saveLogo(supplier, file.buffer);
      res.json(await editor(supplier));
    },
  );

  routes.get(
    '/:idOrSlug/logo',
    { summary: 'The supplier’s logo (WebP)', access: anyone, ...one, query: z.object({ v: z.string().max(20).optional() }), produces: 'image/webp' },
    async ({ params }, _req, res) => {
      const supplier = await findSupplier(params.idOrSlug);
      const logo = supplier?.logoVersion ? await loadLogo(supplier._id.toHexString()) : null;
      if (!logo) throw NotFound('The logo');
      res.setHeader('Cache-Control', 'public, max-age=86400');
      res.type(logo.contentType).send(logo.data);
    },
  );

  routes.get(
    '/:idOrSlug/cases',
    { summary: 'All of a supplier’s case studies, every status (its members, curators, admins)', access: manager, ...one, query: caseListQuerySchema, response: managedCasePageSchema },
    async ({ params, query }, _req, res) => {
      const supplier = await manageableSupplier(caller(res), params.idOrSlug);
      const { items, total } = await listCasesOf(supplier._id, query);
      res.json({ items: items.map((c) => presentManagedCase(c, supplier)), page: query.page, pageSize: query.pageSize, total });
    },
  );

  return routes;
}
