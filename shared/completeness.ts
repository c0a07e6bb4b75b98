// The profile completeness meter: which fields are filled and how much each weighs for matching.
// Shared so the server reports it and the edit form can update it as the member types.
export type CompletenessInput = {
  nameZh?: string | null;
  descriptionZh?: string | null;
  description?: string | null;
  website?: string | null;
  layers?: readonly string[];
  technologies?: readonly string[];
  capabilities?: readonly string[];
  sectors?: readonly string[];
  applicationAreas?: readonly string[];
  budget?: unknown;
  companySize?: string | null;
  foundedYear?: number | null;
  markets?: readonly string[];
  languages?: readonly string[];
  contact?: unknown;
  logo?: boolean;
  caseStudies?: number;
};

/** Field → weight. Heavier fields are the ones the matcher and SME filters lean on. */
export const COMPLETENESS_WEIGHTS = {
  sectors: 12,
  applicationAreas: 12,
  technologies: 10,
  budget: 10,
  caseStudies: 12,
  description: 6,
  descriptionZh: 8,
  nameZh: 4,
  capabilities: 6,
  languages: 5,
  markets: 3,
  companySize: 3,
  foundedYear: 2,
  website: 2,
  contact: 3,
  logo: 2,
} as const;
export type CompletenessField = keyof typeof COMPLETENESS_WEIGHTS;

const filled = (v: unknown): boolean =>
  Array.isArray(v) ? v.length > 0 : typeof v === 'string' ? v.trim().length > 0 : typeof v === 'number' ? v > 0 : Boolean(v);

export function completeness(p: CompletenessInput): { percent: number; items: { field: CompletenessField; weight: number; done: boolean }[] } {
  const description = (p.description ?? '').trim().length >= 80;
  const items = (Object.entries(COMPLETENESS_WEIGHTS) as [CompletenessField, number][]).map(([field, weight]) => ({
    field,
    weight,
    done: field === 'description' ? description : filled(p[field]),
  }));
  const total = items.reduce((s, i) => s + i.weight, 0);
  const done = items.reduce((s, i) => s + (i.done ? i.weight : 0), 0);
  return { percent: Math.round((done / total) * 100), items };
}
