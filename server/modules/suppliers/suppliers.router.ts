import { idOrSlugParamsSchema, supplierDetailSchema, supplierListQuerySchema, supplierPageSchema } from '../../../shared/schemas/suppliers';
import { anyone } from '../../platform/http/access';
import { NotFound } from '../../platform/http/errors';
import { routeGroup } from '../../platform/http/routes';
import { presentCaseSummary } from '../cases/case.presenter';
import { listPublishedCasesOf } from '../cases/case.service';
import { presentSupplierDetail, presentSupplierSummary } from './supplier.presenter';
import { findSupplier, listSuppliers } from './supplier.service';
import { responsivenessOf } from '../inquiries/inquiry.responsiveness';

export const suppliersRoutes = routeGroup('/api/suppliers', 'Suppliers');

suppliersRoutes.get(
  '/',
  { summary: 'List suppliers, filtered by layer and sector', access: anyone, query: supplierListQuerySchema, response: supplierPageSchema },
  async ({ query }, _req, res) => {
    const { items, total } = await listSuppliers(query);
    res.json({ items: items.map(presentSupplierSummary), page: query.page, pageSize: query.pageSize, total });
  },
);

suppliersRoutes.get(
  '/:idOrSlug',
  { summary: 'A supplier profile with its published case studies', access: anyone, params: idOrSlugParamsSchema, response: supplierDetailSchema },
  async ({ params }, _req, res) => {
    const supplier = await findSupplier(params.idOrSlug);
    if (!supplier) throw NotFound('The supplier');
    const [cases, responsiveness] = await Promise.all([listPublishedCasesOf(supplier._id), responsivenessOf(supplier._id)]);
    res.json(presentSupplierDetail(supplier, cases.map(presentCaseSummary), responsiveness));
  },
);
