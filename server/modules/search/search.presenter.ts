// What leaves the server about a search hit: an allow-list over the engine's stored document (or the same
// document built from the database in degraded mode), never the whole document.
import type { CaseHit, SupplierHit } from '../../../shared/schemas/search';
import type { CaseSearchDoc, SupplierSearchDoc } from '../../platform/search/port';

type Stored = Readonly<Record<string, unknown>>;

export function presentSupplierHit(stored: Stored, highlights: Record<string, string>): SupplierHit {
  const d = stored as unknown as SupplierSearchDoc;
  const hasBudget = d.budgetMin != null || d.budgetMax != null;
  return {
    id: d.id,
    externalId: d.externalId ?? undefined,
    slug: d.slug,
    name: d.name,
    nameZh: d.nameZh ?? undefined,
    layers: d.layers as SupplierHit['layers'],
    sectors: d.sectors as SupplierHit['sectors'],
    projectBudgetHKD: hasBudget ? { min: d.budgetMin ?? undefined, max: d.budgetMax ?? undefined } : undefined,
    verified: d.verified,
    caseStudyCount: d.caseStudyCount,
    highlights,
  };
}

export function presentCaseHit(stored: Stored, highlights: Record<string, string>): CaseHit {
  const d = stored as unknown as CaseSearchDoc;
  return {
    id: d.id,
    externalId: d.externalId ?? undefined,
    slug: d.slug,
    title: d.title,
    titleZh: d.titleZh ?? undefined,
    supplier: { id: d.supplierId, name: d.supplierName, nameZh: d.supplierNameZh ?? undefined },
    sector: d.clientSector as CaseHit['sector'],
    outcome: d.outcome || undefined,
    year: d.year ?? undefined,
    verified: d.verified,
    highlights,
  };
}
