// The demo-market generator: a deterministic, survey-shaped set of Hong Kong AI suppliers and their case studies in
// the interchange format, so demo data goes through the same import path as real supplier lists.
import type { InterchangeCaseStudy, InterchangeFile, InterchangeSupplier } from '../shared/schemas/interchange';
import { ANCHORS } from './anchors';
import { drawCases } from './cases';
import { describe } from './describe';
import { NameRegistry } from './names';
import { drawProfile, type Profile } from './profile';
import { createRng, type Rng } from './random';
import type { Bi } from './vocabulary';

export type MarketOptions = {
  seed?: number;
  /** Total suppliers, the hand-written anchors included. Default 320. */
  suppliers?: number;
  /** Average case studies per supplier. Default 3. */
  casesPerSupplier?: number;
};

export const DEFAULT_SEED = 2024;
export const DEFAULT_SUPPLIERS = 320;
export const DEFAULT_CASES_PER_SUPPLIER = 3;

/** Anchors draw their case studies from this fixed seed, so they are the same whatever seed the caller picks. */
const ANCHOR_SEED = 0x48_4b; // "HK"

export function generateMarket(options: MarketOptions = {}): InterchangeFile {
  const total = options.suppliers ?? DEFAULT_SUPPLIERS;
  const average = options.casesPerSupplier ?? DEFAULT_CASES_PER_SUPPLIER;
  const rng = createRng(options.seed ?? DEFAULT_SEED);
  const anchorRng = createRng(ANCHOR_SEED);
  const names = new NameRegistry();
  ANCHORS.forEach((a) => names.reserve(a.profile.name.short));
  let caseNumber = 0;
  const nextCaseId = () => `case-${String(++caseNumber).padStart(6, '0')}`;

  const suppliers: InterchangeSupplier[] = [];
  for (let i = 0; i < total; i++) {
    const externalId = `sup-${String(i + 1).padStart(5, '0')}`;
    const anchor = ANCHORS[i];
    if (anchor) {
      const cases = drawCases(anchorRng, anchor.profile, anchor.cases, nextCaseId);
      suppliers.push(toSupplier(externalId, anchor.profile, anchor.description, cases));
    } else {
      const profile = drawProfile(rng, names);
      const cases = drawCases(rng, profile, caseCount(rng, average), nextCaseId);
      suppliers.push(toSupplier(externalId, profile, describe(rng, profile), cases));
    }
  }
  return { suppliers };
}

/** Around the average (±2, symmetric so the mean holds); some small firms have one case or none to show. */
function caseCount(rng: Rng, average: number): number {
  const base = Math.floor(average) + (rng.chance(average % 1) ? 1 : 0);
  const offset = rng.weighted([[-2, 1], [-1, 2], [0, 4], [1, 2], [2, 1]] as const);
  return Math.max(0, base + offset);
}

// Copies the lists: anchors' profiles are shared constants and callers may edit the returned records.
function toSupplier(externalId: string, p: Profile, description: Bi, cases: InterchangeCaseStudy[]): InterchangeSupplier {
  return {
    externalId,
    name: p.name.full.en,
    nameZh: p.name.full.zh,
    description: description.en,
    descriptionZh: description.zh,
    ...(p.website ? { website: p.website } : {}),
    layers: [...p.layers],
    technologies: [...p.technologies],
    capabilities: p.capabilities.map((c) => c.tag),
    sectors: [...p.sectors],
    applicationAreas: [...p.areas],
    projectBudgetHKD: { ...p.budget },
    companySize: p.size,
    foundedYear: p.foundedYear,
    markets: [...p.markets],
    languages: [...p.languages],
    verified: p.verified,
    caseStudies: cases,
  };
}
