// Per-field inverted lists (field → value → ids) for the filterable fields, so filters and facets on a
// listing without query text never walk every document; plus each document's values, so facet counting
// over a result set allocates nothing per document. A document's values are one small array of numbered
// (field, value) pairs: at 60,000 documents an array per field per document cost ~70 MB.
export type Doc = Record<string, unknown> & { id: string };

function valuesOf(doc: Doc, field: string): string[] {
  const value = doc[field];
  if (Array.isArray(value)) return value.map(String);
  return value === undefined || value === null ? [] : [String(value)];
}

export type Pair = { field: string; value: string };

export class Postings {
  private readonly byField = new Map<string, Map<string, Set<string>>>();
  private readonly pairs: Pair[] = [];
  private readonly pairIds = new Map<string, Map<string, number>>();
  private readonly byDoc = new Map<string, number[]>();

  constructor(private readonly fields: readonly string[]) {
    for (const f of fields) {
      this.byField.set(f, new Map());
      this.pairIds.set(f, new Map());
    }
  }

  add(doc: Doc): void {
    this.remove(doc.id);
    const own: number[] = [];
    for (const f of this.fields) {
      const lists = this.byField.get(f)!;
      for (const v of valuesOf(doc, f)) {
        own.push(this.pairId(f, v));
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
    for (const pair of own) {
      const { field, value } = this.pairs[pair]!;
      const lists = this.byField.get(field)!;
      const ids = lists.get(value);
      ids?.delete(id);
      if (ids?.size === 0) lists.delete(value);
    }
    this.byDoc.delete(id);
  }

  /** The numbered (field, value) pairs of a document. */
  pairsOf(id: string): readonly number[] {
    return this.byDoc.get(id) ?? [];
  }

  /** What a pair number stands for; numbers run from 0 to `pairCount - 1`. */
  pair(n: number): Pair {
    return this.pairs[n]!;
  }

  get pairCount(): number {
    return this.pairs.length;
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

  private pairId(field: string, value: string): number {
    const ids = this.pairIds.get(field)!;
    let n = ids.get(value);
    if (n === undefined) {
      n = this.pairs.length;
      this.pairs.push({ field, value });
      ids.set(value, n);
    }
    return n;
  }
}
