import type { Types } from 'mongoose';
import { z } from 'zod';
import { compareQuerySchema, compareSchema, profileCreateSchema, profilePatchSchema, supplierEditorSchema } from '../../../shared/schemas/profiles';
import type { Responsiveness } from '../../../shared/schemas/inquiries';
import { idOrSlugParamsSchema, supplierDetailSchema, supplierListQuerySchema, supplierPageSchema, type CaseStudySummary } from '../../../shared/schemas/suppliers';
import { anyone, caller, role } from '../../platform/http/access';
import { NotFound } from '../../platform/errors/errors';
import { routeGroup } from '../../platform/http/routes';
import { receiveFile } from '../../platform/http/upload';
import type { SearchEngine } from '../../platform/search/port';
import { LOGO_MAX_BYTES, LOGO_TYPES, loadLogo, saveLogo } from './logo.service';
import { createOwnProfile, manageableSupplier, updateProfile } from './profile.service';
import type { SupplierDoc } from './supplier.model';
import { presentCompareRow, presentEditorView, presentSupplierDetail } from './supplier.presenter';
import { supplierPageBody } from './supplier-list.presenter';
import { findSupplier, listSuppliers, suppliersByIds } from './supplier.service';
import { indexedProfile } from './supplier.indexed';

const manager = role('supplier', 'curator', 'admin');
const one = { params: idOrSlugParamsSchema };

/**
 * What a profile shows from modules that depend on suppliers (their case studies, their answers to inquiries):
 * app.ts wires these in, so suppliers never import cases or inquiries back. A supplier's own list of case studies
 * in every status is the cases module's route (`supplierCasesRoutes`).
 */
export type ProfileSources = {
  /** Published case studies, newest first. */
  publishedCases(supplierId: Types.ObjectId): Promise<CaseStudySummary[]>;
  /** The same from the search engine's copies, or undefined when they may be older than the database's. */
  indexedCases(supplierId: string): Promise<CaseStudySummary[] | undefined>;
  responsiveness(supplierId: Types.ObjectId): Promise<Responsiveness | undefined>;
  /** Whether an organisation owns the profile (see isOnPlatform): the accounts module's directory kept in memory. */
  onPlatform(supplierId: Types.ObjectId): Promise<boolean>;
};

/** Public reads go through the search engine and `_id` lookups (see supplier.service): FerretDB scans for anything else. */
export function suppliersRoutes(search: SearchEngine, sources: ProfileSources) {
  const routes = routeGroup('/api/suppliers', 'Suppliers');
  const editor = async (s: SupplierDoc) => presentEditorView(s, await sources.publishedCases(s._id));

  routes.get(
    '/',
    { summary: 'List suppliers, filtered by layer and sector', access: anyone, query: supplierListQuerySchema, response: supplierPageSchema },
    async ({ query }, _req, res) => {
      const { cards, total } = await listSuppliers(query, search);
      res.type('json').send(supplierPageBody(cards, { page: query.page, pageSize: query.pageSize, total }));
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
      const indexed = await indexedProfile(params.idOrSlug, search, sources);
      if (indexed) return void res.json(indexed);
      const supplier = await findSupplier(params.idOrSlug);
      if (!supplier) throw NotFound('The supplier');
      const [cases, responsiveness, onPlatform] = await Promise.all([sources.publishedCases(supplier._id), sources.responsiveness(supplier._id), sources.onPlatform(supplier._id)]);
      res.json(presentSupplierDetail(supplier, cases, onPlatform, responsiveness));
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

  return routes;
}
