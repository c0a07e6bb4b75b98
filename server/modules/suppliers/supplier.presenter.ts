// What leaves the server about a supplier: an allow-list, never the Mongoose document.
import { completeness } from '../../../shared/completeness';
import type { CompareRow, SupplierEditor } from '../../../shared/schemas/profiles';
import type { Diligence, DiligenceCard } from '../../../shared/schemas/diligence';
import type { CaseStudySummary, SupplierDetail, SupplierSummary, Verification } from '../../../shared/schemas/suppliers';
import type { SupplierProfileExtras, SupplierSearchDoc } from '../../platform/search/port';
import { declaredDiligence, declaredOf } from './diligence.service';
import type { Types } from 'mongoose';
import type { SupplierDoc, SupplierFields } from './supplier.model';

/** A supplier as stored: a Mongoose document or a lean read of it. */
type StoredSupplier = SupplierFields & { _id: Types.ObjectId };
import { isOnPlatform } from './supplier.policy';

function budget(s: StoredSupplier): SupplierSummary['projectBudgetHKD'] {
  return s.budgetMin != null && s.budgetMax != null ? { min: s.budgetMin, max: s.budgetMax } : undefined;
}

export const logoUrl = (s: StoredSupplier) => (s.logoVersion ? `/api/suppliers/${s._id.toHexString()}/logo?v=${s.logoVersion}` : undefined);

/** The badge: shown while verified, with when and by whom (imported `verified` flags carry no record). */
export function presentVerification(s: StoredSupplier): Verification | undefined {
  const v = s.verification;
  if (!s.verified || !v || v.revokedAt) return undefined;
  return { verifiedAt: v.verifiedAt.toISOString(), verifiedBy: v.verifiedByName, checks: v.checks.map((c) => c.check) as Verification['checks'] };
}

/** The declared fields and the curators' checks of them; absent when nothing is declared. */
export function presentDiligence(s: SupplierDoc): DiligenceCard | undefined {
  return diligenceCard(declaredDiligence(s), s.diligenceChecks);
}

function diligenceCard(declared: Diligence, checks: StoredSupplier['diligenceChecks'] | undefined): DiligenceCard | undefined {
  if (!Object.keys(declared).length) return undefined;
  const checked = (checks ?? []).filter((c) => c.field in declared).map((c) => ({ field: c.field as keyof Diligence, at: c.at.toISOString() }));
  return { declared, checked };
}

export function presentSupplierSummary(s: StoredSupplier): SupplierSummary {
  return {
    id: s._id.toHexString(),
    externalId: s.externalId ?? undefined,
    slug: s.slug,
    name: s.name,
    nameZh: s.nameZh ?? undefined,
    description: s.description,
    descriptionZh: s.descriptionZh ?? undefined,
    layers: s.layers,
    technologies: s.technologies,
    sectors: s.sectors,
    projectBudgetHKD: budget(s),
    companySize: s.companySize ?? undefined,
    languages: s.languages,
    markets: s.markets,
    verified: s.verified,
    caseStudyCount: s.caseStudyCount,
  };
}

/** The fields of a supplier's search document that its card in the public list shows (see RETRIEVED_FIELDS). */
export type ListedSupplier = Pick<
  SupplierSearchDoc,
  'id' | 'externalId' | 'slug' | 'name' | 'nameZh' | 'description' | 'descriptionZh' | 'layers' | 'technologies' | 'sectors' | 'budgetMin' | 'budgetMax' | 'companySize' | 'languages' | 'markets' | 'verified' | 'caseStudyCount'
>;

/** The same card as presentSupplierSummary, from the search engine's copy of the profile (no database read). */
export function presentListedSupplier(d: ListedSupplier): SupplierSummary {
  return {
    id: d.id,
    externalId: d.externalId,
    slug: d.slug,
    name: d.name,
    nameZh: d.nameZh,
    description: d.description,
    descriptionZh: d.descriptionZh,
    layers: d.layers as SupplierSummary['layers'],
    technologies: d.technologies as SupplierSummary['technologies'],
    sectors: d.sectors as SupplierSummary['sectors'],
    projectBudgetHKD: d.budgetMin != null && d.budgetMax != null ? { min: d.budgetMin, max: d.budgetMax } : undefined,
    companySize: d.companySize as SupplierSummary['companySize'],
    languages: d.languages as SupplierSummary['languages'],
    markets: d.markets as SupplierSummary['markets'],
    verified: d.verified,
    caseStudyCount: d.caseStudyCount,
  };
}

/**
 * What a profile shows beyond the search document's fields, as presentSupplierDetail presents it, for the engine's
 * copy of the supplier (search.documents.ts), from a lean read or a document.
 */
export function presentProfileExtras(s: StoredSupplier): SupplierProfileExtras {
  return {
    website: s.website ?? undefined,
    foundedYear: s.foundedYear ?? undefined,
    contact: s.contact ? { channel: s.contact.channel, value: s.contact.value } : undefined,
    logoUrl: logoUrl(s),
    verification: presentVerification(s),
    diligence: diligenceCard(declaredOf(s.diligence), s.diligenceChecks),
    updatedAt: s.updatedAt.getTime(),
  };
}

/** The same profile as presentSupplierDetail, field for field and in the same order, from the engine's copy and its extras. */
export function presentIndexedSupplierDetail(
  d: SupplierSearchDoc,
  p: SupplierProfileExtras,
  caseStudies: CaseStudySummary[],
  onPlatform: boolean,
  responsiveness?: SupplierDetail['responsiveness'],
): SupplierDetail {
  return {
    ...presentListedSupplier(d),
    responsiveness,
    website: p.website,
    capabilities: d.capabilities,
    applicationAreas: d.applicationAreas as SupplierDetail['applicationAreas'],
    foundedYear: p.foundedYear,
    contact: p.contact ? { channel: p.contact.channel as 'email', value: p.contact.value } : undefined,
    logoUrl: p.logoUrl,
    verification: p.verification,
    diligence: p.diligence,
    caseStudies,
    onPlatform,
    createdAt: new Date(d.createdAt).toISOString(),
    updatedAt: new Date(p.updatedAt).toISOString(),
  };
}

export function presentSupplierDetail(s: SupplierDoc, caseStudies: CaseStudySummary[], onPlatform: boolean, responsiveness?: SupplierDetail['responsiveness']): SupplierDetail {
  return {
    ...presentSupplierSummary(s),
    responsiveness,
    website: s.website ?? undefined,
    capabilities: s.capabilities,
    applicationAreas: s.applicationAreas,
    foundedYear: s.foundedYear ?? undefined,
    contact: s.contact ? { channel: s.contact.channel as 'email', value: s.contact.value } : undefined,
    logoUrl: logoUrl(s),
    verification: presentVerification(s),
    diligence: presentDiligence(s),
    caseStudies,
    onPlatform,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
  };
}

/**
 * The editing view (profile members' editor, curators' desk) with whether an organisation owns the profile.
 * `caseStudies`: its published ones, given by the caller (cases depend on suppliers, not the reverse).
 */
export async function presentEditorView(s: SupplierDoc, caseStudies: CaseStudySummary[]): Promise<SupplierEditor> {
  return presentSupplierEditor(s, caseStudies, await isOnPlatform(s._id));
}

export function presentSupplierEditor(s: SupplierDoc, caseStudies: CaseStudySummary[], onPlatform: boolean): SupplierEditor {
  const v = s.verification;
  const review = s.review;
  return {
    ...presentSupplierDetail(s, caseStudies, onPlatform),
    completeness: completeness({
      ...s.toObject(),
      budget: budget(s),
      logo: Boolean(s.logoVersion),
      caseStudies: s.caseStudyCount,
    }),
    review: {
      state: review?.state ?? 'none',
      changedFields: review?.changedFields ?? [],
      changedAt: review?.changedAt?.toISOString(),
      comment: review?.comment ?? undefined,
    },
    verificationRecord: v
      ? {
          verifiedAt: v.verifiedAt.toISOString(),
          verifiedBy: v.verifiedByName,
          checks: v.checks.map((c) => ({ check: c.check as 'site-visit', note: c.note ?? undefined })),
          revokedAt: v.revokedAt?.toISOString(),
          revokedBy: v.revokedByName ?? undefined,
          revokeReason: v.revokeReason ?? undefined,
        }
      : undefined,
  };
}

export function presentCompareRow(s: SupplierDoc): CompareRow {
  return {
    ...presentSupplierSummary(s),
    applicationAreas: s.applicationAreas,
    foundedYear: s.foundedYear ?? undefined,
    verification: presentVerification(s),
    logoUrl: logoUrl(s),
    diligence: presentDiligence(s),
  };
}
