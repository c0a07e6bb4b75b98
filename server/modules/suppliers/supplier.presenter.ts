// What leaves the server about a supplier: an allow-list, never the Mongoose document.
import type { CaseStudySummary, SupplierDetail, SupplierSummary } from '../../../shared/schemas/suppliers';
import type { SupplierDoc } from './supplier.model';

function budget(s: SupplierDoc): SupplierSummary['projectBudgetHKD'] {
  return s.budgetMin != null && s.budgetMax != null ? { min: s.budgetMin, max: s.budgetMax } : undefined;
}

export function presentSupplierSummary(s: SupplierDoc): SupplierSummary {
  return {
    id: s._id.toHexString(),
    externalId: s.externalId ?? undefined,
    slug: s.slug,
    name: s.name,
    nameZh: s.nameZh ?? undefined,
    description: s.description,
    descriptionZh: s.descriptionZh ?? undefined,
    layers: s.layers as SupplierSummary['layers'],
    technologies: s.technologies as SupplierSummary['technologies'],
    sectors: s.sectors as SupplierSummary['sectors'],
    projectBudgetHKD: budget(s),
    companySize: (s.companySize ?? undefined) as SupplierSummary['companySize'],
    languages: s.languages as SupplierSummary['languages'],
    markets: s.markets as SupplierSummary['markets'],
    verified: s.verified,
    caseStudyCount: s.caseStudyCount,
  };
}

export function presentSupplierDetail(s: SupplierDoc, caseStudies: CaseStudySummary[], responsiveness?: SupplierDetail['responsiveness']): SupplierDetail {
  return {
    ...presentSupplierSummary(s),
    responsiveness,
    website: s.website ?? undefined,
    capabilities: s.capabilities,
    applicationAreas: s.applicationAreas as SupplierDetail['applicationAreas'],
    foundedYear: s.foundedYear ?? undefined,
    caseStudies,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
  };
}
