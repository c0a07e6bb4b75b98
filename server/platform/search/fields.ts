// Which fields each index searches, filters and highlights: one table both adapters read, so the
// embedded engine and Meilisearch accept the same filters and return the same highlight fields.
import type { IndexName } from './port';

/** Searchable fields and their weights (name > capabilities > description > case text). */
export const SEARCH_BOOSTS: Record<IndexName, Record<string, number>> = {
  suppliers: { name: 6, nameZh: 6, capabilities: 3, description: 1.5, descriptionZh: 1.5, caseText: 1 },
  cases: { title: 6, titleZh: 6, supplierName: 3, supplierNameZh: 3, problem: 1.5, solution: 1.5, textZh: 1.5, outcome: 1 },
};

/** Fields accepted in `SearchFilter.terms` and `SearchQuery.facets`. */
export const FILTER_FIELDS: Record<IndexName, readonly string[]> = {
  suppliers: [
    'layers', 'technologies', 'sectors', 'caseSectors', 'applicationAreas', 'companySize', 'markets', 'languages',
    'capabilities', 'verified',
  ],
  cases: ['supplierId', 'clientSector', 'applicationAreas', 'technologies', 'budgetBand', 'year', 'verified'],
};

/** Highlighted in every hit, and highlighted only when they matched (the Chinese variants). */
export const HIGHLIGHT_FIELDS: Record<IndexName, { always: string[]; whenMatched: string[] }> = {
  suppliers: { always: ['name', 'description'], whenMatched: ['nameZh', 'descriptionZh'] },
  cases: { always: ['title', 'problem'], whenMatched: ['titleZh', 'textZh'] },
};

/** Returned with every hit (`SearchHit.doc`): what a result card (and a card in the supplier list) shows. */
export const RETRIEVED_FIELDS: Record<IndexName, readonly string[]> = {
  suppliers: [
    'id', 'externalId', 'slug', 'name', 'nameZh', 'description', 'descriptionZh', 'layers', 'technologies', 'sectors', 'budgetMin',
    'budgetMax', 'companySize', 'languages', 'markets', 'verified', 'caseStudyCount',
  ],
  cases: ['id', 'externalId', 'slug', 'title', 'titleZh', 'supplierId', 'supplierName', 'supplierNameZh', 'clientSector', 'outcome', 'year', 'verified'],
};

/** Long fields are cut to a window around the first match; the rest are shown whole. */
export const CROPPED_FIELDS = new Set(['description', 'descriptionZh', 'problem', 'textZh']);

export class SearchFieldError extends Error {
  constructor(index: IndexName, field: string) {
    super(`'${field}' is not a filter or facet field of the ${index} index`);
    this.name = 'SearchFieldError';
  }
}

export function assertFilterField(index: IndexName, field: string): void {
  if (!FILTER_FIELDS[index].includes(field)) throw new SearchFieldError(index, field);
}

/**
 * A supplier's budget as a closed range for overlap tests: a missing minimum is 0, a missing maximum is
 * open-ended, and a supplier stating neither has no range (and so never passes a budget filter).
 */
export function budgetRange(doc: { budgetMin?: number; budgetMax?: number }): [number, number] | null {
  if (doc.budgetMin === undefined && doc.budgetMax === undefined) return null;
  return [doc.budgetMin ?? 0, doc.budgetMax ?? Number.MAX_SAFE_INTEGER];
}

/** Budget overlap of a supplier's [lo, hi] with the query's [min, max). */
export function budgetOverlaps(range: [number, number], min: number, max: number | null): boolean {
  return (max === null || range[0] < max) && range[1] >= min;
}
