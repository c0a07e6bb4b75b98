// The filterable fields' values, numbered as (field, value) pairs, both ways round: for each pair the documents
// having it (so filters and facets on a listing without query text never walk every document), and for each
// document its pairs (so facet counting over a result set allocates nothing per document). Both are lists of
// numbers in typed-array arenas (term-lists.ts): a Set of ids per value and an array per document cost ~32 MB
// of V8 heap at 60,000 documents, against ~7 MB here. Documents are numbered by the slots of the index's text
// index (index-state.ts), so a text match's slots are read here without a lookup by id; a removed document's
// slot is tombstoned until the text index sweeps and `renumber` follows it.
import { TermLists } from './term-lists';

export type Doc = Record<string, unknown> & { id: string };
export type Pair = { field: string; value: string };

function valuesOf(doc: Doc, field: string): string[] {
  const value = doc[field];
  if (Array.isArray(value)) return value.map(String);
  return value === undefined || value === null ? [] : [String(value)];
}

export class Postings {
  private readonly pairs: Pair[] = [];
  private readonly pairIds = new Map<string, Map<string, number>>();
  /** Per field, its pairs in ascending number; and per pair, its field's place in `fields`. */
  private readonly fieldPairs = new Map<string, number[]>();
  private fieldOfPair = new Uint8Array(64);
  /** Per pair, how many live documents have it. */
  private live = new Int32Array(64);
  /** List n: the slots having pair n, ascending (tombstoned slots included until swept). */
  private readonly slotsOfPair = new TermLists();
  /** List s: the pairs of the document in slot s. */
  private pairsOfSlot = new TermLists();
  private alive = new Uint8Array(1024);

  constructor(private readonly fields: readonly string[]) {
    if (fields.length > 255) throw new Error('Postings: at most 255 fields');
    for (const f of fields) {
      this.pairIds.set(f, new Map());
      this.fieldPairs.set(f, []);
    }
  }

  /** Adds the document in `slot`, the next slot of all (slots are only ever appended). */
  add(slot: number, doc: Doc): void {
    if (slot !== this.pairsOfSlot.length) throw new Error(`Postings: slot ${slot} added out of order (next is ${this.pairsOfSlot.length})`);
    if (slot === this.alive.length) this.alive = grown(this.alive);
    this.alive[slot] = 1;
    this.pairsOfSlot.create();
    for (const f of this.fields) {
      for (const v of valuesOf(doc, f)) {
        const n = this.pairId(f, v);
        this.pairsOfSlot.append(slot, n);
        this.slotsOfPair.append(n, slot);
        this.live[n]!++;
      }
    }
  }

  /** Tombstones the document in `slot`; its slot is reclaimed by the next `renumber`. */
  remove(slot: number): void {
    if (!this.alive[slot]) return;
    this.alive[slot] = 0;
    for (let k = this.pairStart(slot); k < this.pairEnd(slot); k++) this.live[this.pairData[k]!]!--;
  }

  /** Every document's pairs (slot s: `pairData[pairStart(s) .. pairEnd(s)]`); appends may replace it, so read it after adding. */
  get pairData(): Uint32Array {
    return this.pairsOfSlot.data;
  }

  pairStart(slot: number): number {
    return this.pairsOfSlot.offset(slot);
  }

  pairEnd(slot: number): number {
    return this.pairsOfSlot.offset(slot) + this.pairsOfSlot.size(slot);
  }

  /** What a pair number stands for; numbers run from 0 to `pairCount - 1`. */
  pair(n: number): Pair {
    return this.pairs[n]!;
  }

  get pairCount(): number {
    return this.pairs.length;
  }

  /** The pairs of a field, in ascending number. */
  pairsOf(field: string): readonly number[] {
    return this.fieldPairs.get(field)!;
  }

  /** The place in the constructor's `fields` of pair n's field: compared as numbers in hot loops. */
  fieldIndexOf(n: number): number {
    return this.fieldOfPair[n]!;
  }

  fieldIndex(field: string): number {
    return this.fields.indexOf(field);
  }

  /** The pairs of `values` in `field` that any document has. */
  pairsFor(field: string, values: string[]): number[] {
    const ids = this.pairIds.get(field)!;
    return values.flatMap((v) => {
      const n = ids.get(v);
      return n === undefined ? [] : [n];
    });
  }

  /** How many live documents have pair n. */
  countOf(n: number): number {
    return this.live[n]!;
  }

  /** Sets `marks[slot]` for the live documents having pair n. */
  markSlotsWith(n: number, marks: Uint8Array): void {
    const data = this.slotsOfPair.data;
    const start = this.slotsOfPair.offset(n);
    for (let k = start; k < start + this.slotsOfPair.size(n); k++) if (this.alive[data[k]!]) marks[data[k]!] = 1;
  }

  /** Value counts over the whole index. */
  counts(field: string): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [v, n] of this.pairIds.get(field)!) if (this.live[n]! > 0) out[v] = this.live[n]!;
    return out;
  }

  private pairId(field: string, value: string): number {
    const ids = this.pairIds.get(field)!;
    let n = ids.get(value);
    if (n === undefined) {
      n = this.pairs.length;
      this.pairs.push({ field, value });
      ids.set(value, n);
      this.fieldPairs.get(field)!.push(n);
      this.slotsOfPair.create();
      if (n === this.live.length) [this.live, this.fieldOfPair] = [grown(this.live), grown(this.fieldOfPair)];
      this.fieldOfPair[n] = this.fields.indexOf(field);
    }
    return n;
  }

  /**
   * Follows the text index's sweep of removed documents (`renumberLive`): slot s becomes `renumbered[s]`
   * (-1: gone), new slot i was `kept[i]`. Live documents keep their order, so every pair's slots stay ascending.
   */
  renumber(renumbered: Int32Array, kept: Int32Array): void {
    for (let n = 0; n < this.pairs.length; n++) {
      this.slotsOfPair.rewrite(n, (slot) => (renumbered[slot]! >= 0 ? renumbered[slot] : undefined));
    }
    this.slotsOfPair.pack();
    this.pairsOfSlot.pack(0, kept);
    this.alive.fill(0);
    this.alive.fill(1, 0, kept.length);
  }
}

function grown<T extends Uint8Array | Int32Array>(array: T): T {
  const out = new (array.constructor as new (n: number) => T)(array.length * 2);
  out.set(array);
  return out;
}
