// Maps interchange records onto stored fields, and finds what an update changes.
import { createHash } from 'node:crypto';
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
    diligence: r.diligence,
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

/** A fingerprint of what the import writes: equal fingerprints mean the record is unchanged. */
export function fingerprint(fields: Fields): string {
  return createHash('sha256').update(JSON.stringify(fields)).digest('base64url').slice(0, 22);
}

/** `$set` for the fields present, `$unset` for the ones the record no longer carries. */
export function replacement(fields: Fields, importHash: string) {
  const set: Fields = { importHash };
  const unset: Record<string, 1> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) unset[key] = 1;
    else set[key] = value;
  }
  return Object.keys(unset).length ? { $set: set, $unset: unset } : { $set: set };
}
