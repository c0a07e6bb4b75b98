// The filterable fields' values, numbered as (field, value) pairs, both ways round: for each pair the documents
// having it (so filters and facets on a listing without query text never walk every document), and for each
// document its pairs (so facet counting over a result set allocates nothing per document). Both are lists of
// numbers in typed-array arenas (term-lists.ts): a Set of ids per value and an array per document cost ~32 MB
// of V8 heap at 60,000 documents, against ~7 MB here. Documents are numbered by slot; a removed document's
// slot is tombstoned and swept out in bulk, as in the text index.
import { TermLists } from './term-lists';
import { renumberLive } from './tombstones';

export type Doc = Record<string, unknown> & { id: string };
export type Pair = { field: string; value: string };

/** Tombstones are swept once they are this many and at least a quarter of all slots. */
const VACUUM_MIN = 1_000;

function valuesOf(doc: Doc, field: string): string[] {
  const value = doc[field];
  if (Array.isArray(value)) return value.map(String);
  return value === undefined || value === null ? [] : [String(value)];
}

export class Postings {
  private readonly pairs: Pair[] = [];
  private readonly pairIds = new Map<string, Map<string, number>>();
  /** Per pair, how many live documents have it. */
  private live = new Int32Array(64);
  /** List n: the slots having pair n, ascending (tombstoned slots included until swept). */
  private readonly slotsOfPair = new TermLists();
  /** List s: the pairs of the document in slot s. */
  private pairsOfSlot = new TermLists();
  private slots = new Map<string, number>();
  private ids: string[] = [];
  private alive = new Uint8Array(1024);
  private dead = 0;

  constructor(private readonly fields: readonly string[]) {
    for (const f of fields) this.pairIds.set(f, new Map());
  }

  add(doc: Doc): void {
    this.remove(doc.id);
    const slot = this.ids.length;
    this.ids.push(doc.id);
    this.slots.set(doc.id, slot);
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

  remove(id: string): void {
    const slot = this.slots.get(id);
    if (slot === undefined) return;
    this.slots.delete(id);
    this.alive[slot] = 0;
    for (let k = this.pairStart(slot); k < this.pairEnd(slot); k++) this.live[this.pairData[k]!]!--;
    if (++this.dead >= VACUUM_MIN && this.dead * 4 >= this.ids.length) this.vacuum();
  }

  /** The slot of a document, by which its pairs are read (`pairData[pairStart(slot) .. pairEnd(slot)]`). */
  slotOf(id: string): number | undefined {
    return this.slots.get(id);
  }

  /** Every document's pairs; appends may replace it, so read it after adding. */
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

  /** Ids of the live documents having pair n. */
  *idsWith(n: number): Generator<string> {
    const data = this.slotsOfPair.data;
    const start = this.slotsOfPair.offset(n);
    for (let k = start; k < start + this.slotsOfPair.size(n); k++) {
      if (this.alive[data[k]!]) yield this.ids[data[k]!]!;
    }
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
      this.slotsOfPair.create();
      if (n === this.live.length) this.live = grown(this.live);
    }
    return n;
  }

  /** Renumbers live documents in order, so every pair's slots stay ascending, and drops the removed ones. */
  private vacuum(): void {
    const { renumbered, kept } = renumberLive(this.alive, this.ids.length);
    for (let n = 0; n < this.pairs.length; n++) {
      this.slotsOfPair.rewrite(n, (slot) => (renumbered[slot]! >= 0 ? renumbered[slot] : undefined));
    }
    this.slotsOfPair.pack();
    this.pairsOfSlot.pack(0, kept);
    this.ids = Array.from(kept, (slot) => this.ids[slot]!);
    this.slots = new Map(this.ids.map((id, slot) => [id, slot]));
    this.alive.fill(0);
    this.alive.fill(1, 0, this.ids.length);
    this.dead = 0;
  }
}

function grown<T extends Uint8Array | Int32Array>(array: T): T {
  const out = new (array.constructor as new (n: number) => T)(array.length * 2);
  out.set(array);
  return out;
}
