// What leaves the server about a case study: an allow-list, never the Mongoose document.
import type { Types } from 'mongoose';
import type { ManagedCase } from '../../../shared/schemas/casestudies';
import type { CaseStudyDetail, CaseStudySummary, Kpi } from '../../../shared/schemas/suppliers';
import type { CasePageExtras, CaseSearchDoc } from '../../platform/search/port';
import type { SupplierLink } from '../suppliers';
import { NotFound } from '../../platform/errors/errors';
import { findSupplier } from '../suppliers';
import type { CaseStudyDoc, CaseStudyFields, CaseStudyRecord } from './case.model';
import type { ManagedExtras } from './case.kept';

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

const presentLink = (supplier: SupplierLink): CaseStudyDetail['supplier'] => ({ id: supplier._id.toHexString(), slug: supplier.slug, name: supplier.name, nameZh: opt(supplier.nameZh) });
const presentKpis = (kpis: CaseStudyRecord['kpis'] | undefined): Kpi[] => (kpis ?? []).map((k) => ({ name: k.name, before: k.before, after: k.after, unit: opt(k.unit) }));

export function presentCaseDetail(c: CaseStudyRecord, supplier: SupplierLink): CaseStudyDetail {
  return {
    ...presentCaseSummary(c),
    supplier: presentLink(supplier),
    applicationAreas: c.applicationAreas,
    technologies: c.technologies,
    problem: opt(c.problem),
    problemZh: opt(c.problemZh),
    solution: opt(c.solution),
    solutionZh: opt(c.solutionZh),
    budgetBand: opt(c.budgetBand),
    kpis: presentKpis(c.kpis),
    clientName: c.clientNameable ? opt(c.clientName) : undefined,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}

/** What the engine's copy of a published case study keeps for its page (search.documents.ts). */
export function presentCasePageExtras(c: CaseStudyRecord): CasePageExtras {
  const kpis = presentKpis(c.kpis);
  return {
    solution: opt(c.solution),
    zh: [c.problemZh?.length ?? 0, c.solutionZh?.length ?? 0],
    kpis: kpis.length ? kpis : undefined,
    clientName: c.clientNameable ? opt(c.clientName) : undefined,
    createdAt: c.createdAt.getTime(),
  };
}

/** The Chinese problem and solution, the first parts of the copy's `textZh` (see CasePageExtras). */
function chineseParts(textZh: string, lengths: CasePageExtras['zh']): (string | undefined)[] {
  let at = 0;
  return lengths.map((length) => {
    if (!length) return undefined;
    const part = textZh.slice(at, at + length);
    at += length + 1;
    return part;
  });
}

/** The page from the engine's copy (its stored `updatedAt` required): the same answer as presentCaseDetail's. */
export function presentIndexedCaseDetail(d: CaseSearchDoc & { updatedAt: number }, page: CasePageExtras, supplier: SupplierLink): CaseStudyDetail {
  const [problemZh, solutionZh] = chineseParts(d.textZh, page.zh);
  return {
    ...presentIndexedCaseSummary(d),
    supplier: presentLink(supplier),
    applicationAreas: d.applicationAreas as CaseStudyDetail['applicationAreas'],
    technologies: d.technologies as CaseStudyDetail['technologies'],
    problem: d.problem || undefined,
    problemZh,
    solution: page.solution,
    solutionZh,
    budgetBand: d.budgetBand as CaseStudyDetail['budgetBand'],
    kpis: page.kpis ?? [],
    clientName: page.clientName,
    createdAt: new Date(page.createdAt).toISOString(),
    updatedAt: new Date(d.updatedAt).toISOString(),
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

const isoDate = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

/** The same view of a published case study from the engine's copy and what is kept of it (case.kept.ts). */
export function presentIndexedManagedCase(d: CaseSearchDoc & { updatedAt: number }, page: CasePageExtras, managed: ManagedExtras, supplier: SupplierLink): ManagedCase {
  return {
    ...presentIndexedCaseDetail(d, page, supplier),
    clientName: managed.clientName,
    clientNameable: managed.clientNameable ?? false,
    status: 'published',
    submittedAt: isoDate(managed.submittedAt),
    curatorComment: managed.curatorComment,
    returnedAt: isoDate(managed.returnedAt),
    approvedBy: managed.approvedBy,
  };
}

/** The managed view with its supplier looked up (the case study is "not found" when its supplier is gone). */
export async function presentManagedCaseOf(c: CaseStudyDoc): Promise<ManagedCase> {
  const supplier = await findSupplier(c.supplierId.toHexString());
  if (!supplier) throw NotFound('The case study');
  return presentManagedCase(c, supplier);
}
