// Per-field inverted lists (field → value → ids) for the filterable fields, so filters and facets on a
// listing without query text never walk every document; plus each document's values as strings, so
// facet counting over a result set allocates nothing per document.
export type Doc = Record<string, unknown> & { id: string };

function valuesOf(doc: Doc, field: string): string[] {
  const value = doc[field];
  if (Array.isArray(value)) return value.map(String);
  return value === undefined || value === null ? [] : [String(value)];
}

export class Postings {
  private readonly byField = new Map<string, Map<string, Set<string>>>();
  private readonly byDoc = new Map<string, Record<string, string[]>>();

  constructor(private readonly fields: readonly string[]) {
    for (const f of fields) this.byField.set(f, new Map());
  }

  add(doc: Doc): void {
    this.remove(doc.id);
    const own: Record<string, string[]> = {};
    for (const f of this.fields) {
      const lists = this.byField.get(f)!;
      const values = valuesOf(doc, f);
      own[f] = values;
      for (const v of values) {
        let ids = lists.get(v);
        if (!ids) lists.set(v, (ids = new Set()));
        ids.add(doc.id);
      }
    }
    this.byDoc.set(doc.id, own);
  }

  remove(id: string): void {
    const own = this.byDoc.get(id);
    if (!own) return;
    for (const [f, values] of Object.entries(own)) {
      const lists = this.byField.get(f)!;
      for (const v of values) {
        const ids = lists.get(v);
        ids?.delete(id);
        if (ids?.size === 0) lists.delete(v);
      }
    }
    this.byDoc.delete(id);
  }

  /** A document's values of every filterable field. */
  valuesOf(id: string): Record<string, string[]> {
    return this.byDoc.get(id) ?? {};
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
