// Maps interchange records onto stored fields, and finds what an update changes.
import type { InterchangeCaseStudy, InterchangeSupplier } from '../../../shared/schemas/interchange';

export type Fields = Record<string, unknown>;

/** Every field the import owns. A field missing from the record is removed, except `verified`, kept unless given. */
export function toSupplierFields(r: InterchangeSupplier): Fields {
  return {
    externalId: r.externalId,
    name: r.name,
    nameZh: r.nameZh,
    description: r.description,
    descriptionZh: r.descriptionZh,
    website: r.website,
    layers: r.layers,
    technologies: r.technologies ?? [],
    capabilities: r.capabilities ?? [],
    sectors: r.sectors,
    applicationAreas: r.applicationAreas ?? [],
    budgetMin: r.projectBudgetHKD?.min,
    budgetMax: r.projectBudgetHKD?.max,
    companySize: r.companySize,
    foundedYear: r.foundedYear,
    markets: r.markets ?? [],
    languages: r.languages ?? [],
    ...(r.verified === undefined ? {} : { verified: r.verified }),
  };
}

export function toCaseFields(c: InterchangeCaseStudy): Fields {
  return {
    externalId: c.externalId,
    title: c.title,
    titleZh: c.titleZh,
    clientSector: c.clientSector,
    applicationAreas: c.applicationAreas ?? [],
    technologies: c.technologies ?? [],
    problem: c.problem,
    problemZh: c.problemZh,
    solution: c.solution,
    solutionZh: c.solutionZh,
    outcome: c.outcome,
    outcomeZh: c.outcomeZh,
    year: c.year,
    budgetBand: c.budgetBand,
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export function diffFields(existing: Fields, target: Fields): { set: Fields; unset: string[] } {
  const set: Fields = {};
  const unset: string[] = [];
  for (const [key, value] of Object.entries(target)) {
    if (same(existing[key], value)) continue;
    if (value === undefined) unset.push(key);
    else set[key] = value;
  }
  return { set, unset };
}
