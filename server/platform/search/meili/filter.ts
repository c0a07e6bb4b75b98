// Meilisearch filter expressions built from the neutral SearchFilter. Field names come only from the
// fixed FILTER_FIELDS table; values are always quoted and escaped; numbers are checked to be finite.
import { assertFilterField, SearchFieldError } from '../fields';
import type { IndexName, SearchFilter } from '../port';

/** A value as a Meilisearch string literal. */
export function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function finite(n: number, what: string): number {
  if (!Number.isFinite(n)) throw new RangeError(`budget ${what} must be a finite number`);
  return n;
}

/**
 * AND-joined conditions, one per filtered field; `except` leaves out one field's conditions (for that
 * field's disjunctive facet counts). Empty string when nothing filters.
 */
export function buildFilter(index: IndexName, filter: SearchFilter | undefined, except?: string): string {
  const parts: string[] = [];
  for (const [field, values] of Object.entries(filter?.terms ?? {})) {
    assertFilterField(index, field);
    if (values.length > 0 && field !== except) parts.push(`${field} IN [${values.map(quote).join(', ')}]`);
  }
  if (filter?.verified !== undefined && except !== 'verified') parts.push(`verified = ${filter.verified}`);
  if (filter?.budget) {
    if (index !== 'suppliers') throw new SearchFieldError(index, 'budget');
    parts.push(budgetCondition(filter.budget.min, filter.budget.max));
  }
  return parts.map((p) => `(${p})`).join(' AND ');
}

/** Overlap of the supplier's [budgetLo, budgetHi] with [min, max); see budgetRange for the derived fields. */
function budgetCondition(min: number, max: number | null): string {
  const upper = `budgetHi >= ${finite(min, 'min')}`;
  return max === null ? upper : `budgetLo < ${finite(max, 'max')} AND ${upper}`;
}

/** Facet fields whose counts must ignore their own active filter. */
export function filteredFields(filter: SearchFilter | undefined): Set<string> {
  const out = new Set(Object.entries(filter?.terms ?? {}).filter(([, v]) => v.length > 0).map(([f]) => f));
  if (filter?.verified !== undefined) out.add('verified');
  return out;
}
