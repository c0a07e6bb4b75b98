// The shape in which the fixture market is written, and its conversion to search documents the way the product
// builds them (server/modules/search/search.documents.ts `supplierDocument`): only published case studies feed
// caseText, caseSectors and the measured-case count.
import type { SupplierSearchDoc } from '../../../server/platform/search/port';
import type { ApplicationArea, Language, Layer, Market, Sector, Technology } from '../../../shared/taxonomy';

export type CaseRow = { title: string; titleZh?: string; outcome: string; outcomeZh?: string; clientSector: Sector };

export type SupplierRow = {
  key: string;
  /** For Chinese-only profiles, just a romanised company name. */
  name: string;
  nameZh?: string;
  /** Empty for Chinese-only profiles. */
  description: string;
  descriptionZh?: string;
  capabilities: string[];
  layers: Layer[];
  technologies: Technology[];
  sectors: Sector[];
  applicationAreas: ApplicationArea[];
  /** Defaults to English and Traditional Chinese. */
  languages?: Language[];
  /** Defaults to Hong Kong. */
  markets?: Market[];
  /** Typical project budget, HK$. */
  budget?: [number, number];
  verified?: boolean;
  cases: CaseRow[];
};

/** Shorthand for a published case study: [title, outcome, client sector, optional Chinese title and outcome]. */
export function kase(title: string, outcome: string, clientSector: Sector, titleZh?: string, outcomeZh?: string): CaseRow {
  return { title, outcome, clientSector, titleZh, outcomeZh };
}

const joined = (...parts: (string | undefined)[]) => parts.filter(Boolean).join('\n');

export function toSearchDoc(r: SupplierRow, i: number): SupplierSearchDoc {
  return {
    id: r.key,
    slug: r.key,
    name: r.name,
    nameZh: r.nameZh,
    description: r.description,
    descriptionZh: r.descriptionZh,
    capabilities: r.capabilities,
    caseText: joined(...r.cases.flatMap((c) => [c.title, c.titleZh, c.outcome, c.outcomeZh])),
    layers: r.layers,
    technologies: r.technologies,
    sectors: r.sectors,
    caseSectors: [...new Set(r.cases.map((c) => c.clientSector))],
    applicationAreas: r.applicationAreas,
    markets: r.markets ?? ['hong-kong'],
    languages: r.languages ?? ['en', 'zh-Hant'],
    verified: r.verified ?? false,
    budgetMin: r.budget?.[0],
    budgetMax: r.budget?.[1],
    caseStudyCount: r.cases.length,
    measuredCaseCount: r.cases.filter((c) => /\d/.test(c.outcome)).length,
    createdAt: Date.UTC(2024, 0, 1 + i),
  };
}
