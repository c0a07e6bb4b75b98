// Per-field inverted lists (field → value → ids) for the filterable fields, so filters and facets on a
// listing without query text never walk every document.
export type Doc = Record<string, unknown> & { id: string };

export function fieldValues(doc: Doc, field: string): string[] {
  const value = doc[field];
  if (Array.isArray(value)) return value.map(String);
  return value === undefined || value === null ? [] : [String(value)];
}

export class Postings {
  private readonly byField = new Map<string, Map<string, Set<string>>>();

  constructor(private readonly fields: readonly string[]) {
    for (const f of fields) this.byField.set(f, new Map());
  }

  add(doc: Doc): void {
    for (const f of this.fields) {
      const lists = this.byField.get(f)!;
      for (const v of fieldValues(doc, f)) {
        let ids = lists.get(v);
        if (!ids) lists.set(v, (ids = new Set()));
        ids.add(doc.id);
      }
    }
  }

  remove(doc: Doc): void {
    for (const f of this.fields) {
      const lists = this.byField.get(f)!;
      for (const v of fieldValues(doc, f)) {
        const ids = lists.get(v);
        ids?.delete(doc.id);
        if (ids?.size === 0) lists.delete(v);
      }
    }
  }

  /** Ids having any of `values` in `field`. */
  anyOf(field: string, values: string[]): Set<string> {
    const lists = this.byField.get(field)!;
    if (values.length === 1) return lists.get(values[0]!) ?? new Set();
    const out = new Set<string>();
    for (const v of values) for (const id of lists.get(v) ?? []) out.add(id);
    return out;
  }

  /** Value counts over the whole index. */
  counts(field: string): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [v, ids] of this.byField.get(field)!) out[v] = ids.size;
    return out;
  }
}
