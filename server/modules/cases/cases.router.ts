import { caseStudyDetailSchema, idOrSlugParamsSchema } from '../../../shared/schemas/suppliers';
import { anyone } from '../../platform/http/access';
import { NotFound } from '../../platform/http/errors';
import { routeGroup } from '../../platform/http/routes';
import { SupplierModel } from '../suppliers/supplier.model';
import { presentCaseDetail } from './case.presenter';
import { findPublishedCase } from './case.service';

export const casesRoutes = routeGroup('/api/cases', 'Case studies');

casesRoutes.get(
  '/:idOrSlug',
  { summary: 'A published case study', access: anyone, params: idOrSlugParamsSchema, response: caseStudyDetailSchema },
  async ({ params }, _req, res) => {
    const caseStudy = await findPublishedCase(params.idOrSlug);
    const supplier = caseStudy && (await SupplierModel.findById(caseStudy.supplierId));
    if (!caseStudy || !supplier) throw NotFound('The case study');
    res.json(presentCaseDetail(caseStudy, supplier));
  },
);
