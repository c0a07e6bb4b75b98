// Turns database records into search documents: only public, published data goes into an index.
import type { Types } from 'mongoose';
import type { Diligence } from '../../../shared/schemas/diligence';
import type { CaseSearchDoc, SupplierSearchDoc } from '../../platform/search/port';
import { type CaseStudyFields, presentCasePageExtras } from '../cases';
import { presentProfileExtras, type SupplierFields } from '../suppliers';

type WithId<T> = T & { _id: Types.ObjectId };
type LeanSupplier = WithId<SupplierFields>;
type LeanCase = WithId<CaseStudyFields>;
/** What a supplier's document takes from its published case studies. */
export type CaseSummary = Pick<CaseStudyFields, 'title' | 'titleZh' | 'outcome' | 'outcomeZh'>;
/** What a case study's document takes from its supplier. */
export type CaseSupplier = WithId<Pick<SupplierFields, 'name' | 'nameZh' | 'verified'>>;

/** The declared fields of the card, as plain values (a lean read keeps nulls for cleared fields). */
function declared(card: SupplierFields['diligence']): Diligence | undefined {
  if (!card) return undefined;
  const fields = Object.entries(card).filter(([, v]) => v !== null && v !== undefined);
  return fields.length ? (Object.fromEntries(fields) as Diligence) : undefined;
}

const joined = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join('\n');

/** What a supplier's document takes from its published reviews. */
export type ReviewFigures = { count: number; average: number };

export function supplierDocument(s: LeanSupplier, publishedCases: CaseSummary[], reviews?: ReviewFigures): SupplierSearchDoc {
  return {
    id: s._id.toHexString(),
    externalId: s.externalId ?? undefined,
    slug: s.slug,
    name: s.name,
    nameZh: s.nameZh ?? undefined,
    description: s.description,
    descriptionZh: s.descriptionZh ?? undefined,
    capabilities: s.capabilities,
    caseText: joined(...publishedCases.flatMap((c) => [c.title, c.titleZh, c.outcome, c.outcomeZh])),
    layers: s.layers,
    technologies: s.technologies,
    sectors: s.sectors,
    caseSectors: s.caseSectors,
    applicationAreas: s.applicationAreas,
    companySize: s.companySize ?? undefined,
    markets: s.markets,
    languages: s.languages,
    verified: s.verified,
    budgetMin: s.budgetMin ?? undefined,
    budgetMax: s.budgetMax ?? undefined,
    caseStudyCount: s.caseStudyCount,
    measuredCaseCount: publishedCases.filter((c) => /\d/.test(c.outcome ?? '')).length,
    diligence: declared(s.diligence),
    reviewCount: reviews?.count,
    reviewAverage: reviews?.average,
    createdAt: s.createdAt.getTime(),
    profile: JSON.stringify(presentProfileExtras(s)),
  };
}

export function caseDocument(c: LeanCase, s: CaseSupplier): CaseSearchDoc {
  return {
    id: c._id.toHexString(),
    externalId: c.externalId ?? undefined,
    slug: c.slug,
    supplierId: s._id.toHexString(),
    supplierName: s.name,
    supplierNameZh: s.nameZh ?? undefined,
    title: c.title,
    titleZh: c.titleZh ?? undefined,
    problem: c.problem ?? '',
    solution: c.solution ?? '',
    outcome: c.outcome ?? '',
    textZh: joined(c.problemZh, c.solutionZh, c.outcomeZh),
    clientSector: c.clientSector,
    applicationAreas: c.applicationAreas,
    technologies: c.technologies,
    budgetBand: c.budgetBand ?? undefined,
    year: c.year ?? undefined,
    verified: s.verified,
    createdAt: (c.publishedAt ?? c.createdAt).getTime(),
    outcomeZh: c.outcomeZh ?? undefined,
    publishedAt: c.publishedAt?.getTime(),
    updatedAt: c.updatedAt.getTime(),
    page: JSON.stringify(presentCasePageExtras(c)),
  };
}
