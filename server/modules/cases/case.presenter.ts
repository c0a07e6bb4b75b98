// What leaves the server about a case study: an allow-list, never the Mongoose document.
import type { Types } from 'mongoose';
import type { ManagedCase } from '../../../shared/schemas/casestudies';
import type { CaseStudyDetail, CaseStudySummary } from '../../../shared/schemas/suppliers';
import type { CaseSearchDoc } from '../../platform/search/port';
import type { SupplierLink } from '../suppliers';
import { NotFound } from '../../platform/errors/errors';
import { findSupplier } from '../suppliers';
import type { CaseStudyDoc, CaseStudyFields, CaseStudyRecord } from './case.model';

const opt = <T>(v: T | null | undefined): T | undefined => v ?? undefined;

/** What a summary shows of a case study: a projection for lean reads (a whole document has these too). */
export const CASE_SUMMARY_FIELDS = { externalId: 1, slug: 1, title: 1, titleZh: 1, clientSector: 1, outcome: 1, outcomeZh: 1, year: 1, status: 1, publishedAt: 1, supplierId: 1 } as const;
type CaseSummaryRecord = Pick<CaseStudyFields, keyof typeof CASE_SUMMARY_FIELDS> & { _id: Types.ObjectId };

export function presentCaseSummary(c: CaseSummaryRecord): CaseStudySummary {
  return {
    id: c._id.toHexString(),
    externalId: opt(c.externalId),
    slug: c.slug,
    title: c.title,
    titleZh: opt(c.titleZh),
    clientSector: c.clientSector,
    outcome: opt(c.outcome),
    outcomeZh: opt(c.outcomeZh),
    year: opt(c.year),
    publishedAt: c.status === 'published' ? c.publishedAt?.toISOString() : undefined,
  };
}

/**
 * The same summary from the engine's copy of a published case study. Its `outcome` is '' when none was given
 * (search.documents.ts); a stored outcome is never empty (shared schemas: `text` trims and needs a character).
 */
export function presentIndexedCaseSummary(d: CaseSearchDoc): CaseStudySummary {
  return {
    id: d.id,
    externalId: d.externalId,
    slug: d.slug,
    title: d.title,
    titleZh: d.titleZh,
    clientSector: d.clientSector as CaseStudySummary['clientSector'],
    outcome: d.outcome || undefined,
    outcomeZh: d.outcomeZh,
    year: d.year,
    publishedAt: d.publishedAt === undefined ? undefined : new Date(d.publishedAt).toISOString(),
  };
}

export function presentCaseDetail(c: CaseStudyRecord, supplier: SupplierLink): CaseStudyDetail {
  return {
    ...presentCaseSummary(c),
    supplier: { id: supplier._id.toHexString(), slug: supplier.slug, name: supplier.name, nameZh: opt(supplier.nameZh) },
    applicationAreas: c.applicationAreas,
    technologies: c.technologies,
    problem: opt(c.problem),
    problemZh: opt(c.problemZh),
    solution: opt(c.solution),
    solutionZh: opt(c.solutionZh),
    budgetBand: opt(c.budgetBand),
    kpis: (c.kpis ?? []).map((k) => ({ name: k.name, before: k.before, after: k.after, unit: opt(k.unit) })),
    clientName: c.clientNameable ? opt(c.clientName) : undefined,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}

/** For the supplier's members and curators: every status, the client's name even when it may not be shown. */
export function presentManagedCase(c: CaseStudyRecord, supplier: SupplierLink): ManagedCase {
  return {
    ...presentCaseDetail(c, supplier),
    clientName: opt(c.clientName),
    clientNameable: c.clientNameable ?? false,
    status: c.status,
    submittedAt: c.submittedAt?.toISOString(),
    curatorComment: opt(c.curatorComment),
    returnedAt: c.returnedAt?.toISOString(),
    approvedBy: opt(c.approvedByName),
  };
}

/** The managed view with its supplier looked up (the case study is "not found" when its supplier is gone). */
export async function presentManagedCaseOf(c: CaseStudyDoc): Promise<ManagedCase> {
  const supplier = await findSupplier(c.supplierId.toHexString());
  if (!supplier) throw NotFound('The case study');
  return presentManagedCase(c, supplier);
}
