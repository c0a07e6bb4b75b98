// Per-test data. Each test builds what it needs; nothing depends on the demo seed.
import type { InterchangeCaseStudy, InterchangeSupplier } from '../shared/schemas/interchange';

let counter = 0;
const next = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export function buildCaseStudy(overrides: Partial<InterchangeCaseStudy> = {}): InterchangeCaseStudy {
  const id = next();
  return {
    externalId: `case-${id}`,
    title: `Fabric defect detection for a Kwun Tong garment maker ${id}`,
    titleZh: '觀塘製衣廠布料瑕疵檢測',
    clientSector: 'manufacturing',
    applicationAreas: ['operations'],
    technologies: ['ai-technologies'],
    problem: 'Manual inspection missed small weaving faults.',
    solution: 'Cameras on each loom with a defect detection model.',
    outcome: 'Defect escape rate down 38% in six months',
    year: 2023,
    budgetBand: '300k-500k',
    ...overrides,
  };
}

export function buildSupplier(overrides: Partial<InterchangeSupplier> = {}): InterchangeSupplier {
  const id = next();
  return {
    externalId: `sup-${id}`,
    name: `Harbour Vision Analytics ${id} Ltd`,
    nameZh: '港灣視覺分析有限公司',
    description: 'Computer-vision quality inspection for electronics and garment factories.',
    descriptionZh: '為電子及製衣廠提供電腦視覺品質檢測。',
    website: 'https://example.hk',
    layers: ['application'],
    technologies: ['ai-technologies', 'solutions'],
    capabilities: ['computer vision', 'defect detection'],
    sectors: ['manufacturing'],
    applicationAreas: ['operations'],
    projectBudgetHKD: { min: 150_000, max: 800_000 },
    companySize: '10-19',
    foundedYear: 2018,
    markets: ['hong-kong'],
    languages: ['en', 'zh-Hant'],
    caseStudies: [],
    ...overrides,
  };
}

/** What the need wizard sends for a garment factory's fabric-defect vision project (no languages unless given). */
export function buildNeedInput(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Find fabric defects automatically',
    description: 'Our garment factory wants cameras and computer vision to catch weaving defects before shipping.',
    sector: 'manufacturing',
    applicationAreas: ['operations'],
    budgetBand: '300k-500k',
    readinessAnswers: [3, 3, 2, 3, 3, 4, 3, 2],
    ...overrides,
  };
}
