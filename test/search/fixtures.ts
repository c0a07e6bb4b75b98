// Small factories for search documents: every field filled with neutral values, tests override what matters.
import type { CaseSearchDoc, SupplierSearchDoc } from '../../server/platform/search/port';

let seq = 0;
const BASE_TIME = Date.UTC(2024, 0, 1);

export function buildSupplierDoc(overrides: Partial<SupplierSearchDoc> = {}): SupplierSearchDoc {
  seq++;
  const id = overrides.id ?? `sup-${seq}`;
  return {
    id,
    slug: id,
    name: `Plain Vendor ${seq}`,
    description: 'General consultancy for small firms.',
    capabilities: [],
    caseText: '',
    layers: ['application'],
    technologies: [],
    sectors: [],
    caseSectors: [],
    applicationAreas: [],
    markets: ['hong-kong'],
    languages: ['en'],
    verified: false,
    caseStudyCount: 0,
    createdAt: BASE_TIME + seq * 60_000,
    ...overrides,
  };
}

export function buildCaseDoc(overrides: Partial<CaseSearchDoc> = {}): CaseSearchDoc {
  seq++;
  const id = overrides.id ?? `case-${seq}`;
  return {
    id,
    slug: id,
    supplierId: 'sup-x',
    supplierName: 'Plain Vendor',
    title: `Plain project ${seq}`,
    problem: 'Manual work took too long.',
    solution: 'Automated the workflow.',
    outcome: 'Saved time.',
    textZh: '',
    clientSector: 'other',
    applicationAreas: [],
    technologies: [],
    verified: false,
    createdAt: BASE_TIME + seq * 60_000,
    ...overrides,
  };
}

export const SYNONYMS = [
  ['cv', 'computer vision', '電腦視覺'],
  ['chatbot', 'conversational ai', '聊天機械人'],
  ['ocr', 'document ai', '文件識別'],
];
