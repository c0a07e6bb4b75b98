// One index's data: the documents by id and by slot, the text index and the filter postings, kept in step.
// The text index numbers the documents (slots); the postings and the per-slot arrays here follow its
// numbering, so a search works on slots and typed arrays and looks nothing up by id.
import { FILTER_FIELDS, SEARCH_BOOSTS } from '../fields';
import type { IndexName } from '../port';
import { DocPacker, PackedDoc, packedField, unpack } from './packed-doc';
import { Postings, type Doc } from './postings';
import { TextIndex } from './text-index';

/**
 * Indexed but never shown, sorted or filtered on: not kept in memory (the largest text of all). A supplier's
 * `caseText` is kept: the matcher reads which of a need's concepts its published case studies cover.
 */
const UNSTORED: Record<IndexName, ReadonlySet<string>> = { suppliers: new Set(), cases: new Set(['solution']) };

/**
 * Documents kept packed (packed-doc.ts), unpacked into a fresh object when read. Suppliers stay objects: the
 * matcher and profile pages keep what they derive from a supplier's document by that object (WeakMaps), and
 * they are a fifth as many.
 */
const PACKED: Record<IndexName, boolean> = { suppliers: false, cases: true };
/** Kept as they are in a packed document, not copied into its text: its id (the text index holds it) and its supplier's names (one string per supplier). */
const SHARED_FIELDS: Record<IndexName, ReadonlySet<string>> = { suppliers: new Set(), cases: new Set(['id', 'supplierName', 'supplierNameZh']) };

/** `order`: live slots in name order; `ranks`: each slot's place in it (-1 for a removed one). */
export type NameOrder = { order: Int32Array; ranks: Int32Array };

export class IndexState {
  /** The stored document in each slot (undefined: removed, not yet swept); by id through the text index's slots. */
  private docsBySlot: (Doc | PackedDoc | undefined)[] = [];
  /** Sort keys by slot: creation time and published case studies. */
  private created = new Float64Array(1024);
  private cases = new Int32Array(1024);
  /** Name order (see `nameRanks`), computed when asked after a change. */
  private ranks: NameOrder | null = null;
  readonly postings: Postings;
  readonly text: TextIndex;
  private readonly fields: string[];
  /** Distinct lists of stored documents (see `shared`); most documents repeat a few combinations. */
  private readonly lists = new Map<string, readonly unknown[]>();
  private readonly strings = new Map<string, string>();
  private readonly filterFields: ReadonlySet<string>;
  /** Packs this index's documents (null: kept as objects); filter values stay shared strings. */
  private readonly packer: DocPacker | null;

  constructor(readonly index: IndexName) {
    this.postings = new Postings(FILTER_FIELDS[index]);
    this.fields = Object.keys(SEARCH_BOOSTS[index]);
    this.filterFields = new Set(FILTER_FIELDS[index]);
    this.packer = PACKED[index] ? new DocPacker((key) => this.filterFields.has(key) || SHARED_FIELDS[index].has(key)) : null;
    this.text = new TextIndex(Object.values(SEARCH_BOOSTS[index]), (renumbered, kept) => this.renumber(renumbered, kept));
  }

  /** Adds or replaces; returns the previous version. */
  put(doc: Doc): Doc | undefined {
    const old = this.get(doc.id);
    if (old) this.forget(this.text.slotOf(doc.id)!);
    // Adding may sweep removed documents first (renumber), then appends the new slot.
    const slot = this.text.add(doc.id, this.fields.map((f) => textOf(doc[f])));
    const stored = this.storedCopy(doc);
    this.postings.add(slot, stored);
    this.docsBySlot[slot] = this.packer ? this.packer.pack(stored) : stored;
    if (slot >= this.created.length) [this.created, this.cases] = [grown(this.created, slot), grown(this.cases, slot)];
    this.created[slot] = Number(stored['createdAt'] ?? 0);
    this.cases[slot] = Number(stored['caseStudyCount'] ?? 0);
    this.ranks = null;
    return old;
  }

  /** The live document with this id, or undefined. */
  get(id: string): Doc | undefined {
    const slot = this.text.slotOf(id);
    return slot === undefined ? undefined : this.docAt(slot);
  }

  /** The live document in a slot, or undefined. A packed one is a fresh object at each call. */
  docAt(slot: number): Doc | undefined {
    const kept = this.docsBySlot[slot];
    return kept instanceof PackedDoc ? unpack(kept) : kept;
  }

  get slotCount(): number {
    return this.text.slotCount;
  }

  createdAt(slot: number): number {
    return this.created[slot]!;
  }

  caseCount(slot: number): number {
    return this.cases[slot]!;
  }

  /**
   * A-to-Z order by name (suppliers) or title (case studies), then id, in binary order as MongoDB sorts
   * `{ name: 1, _id: 1 }` (ObjectId hex sorts the same). Sorted once after a change, not per query.
   */
  nameRanks(): NameOrder {
    if (this.ranks) return this.ranks;
    const live = this.docsBySlot.flatMap((doc, slot) => (doc ? [{ slot, name: String(fieldOf(doc, 'name') ?? fieldOf(doc, 'title') ?? ''), id: this.text.idAt(slot)! }] : []));
    live.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const ranks = new Int32Array(this.slotCount).fill(-1);
    live.forEach((entry, rank) => (ranks[entry.slot] = rank));
    return (this.ranks = { ranks, order: Int32Array.from(live, (entry) => entry.slot) });
  }

  /** Takes a document out of the postings and the slot arrays; the text index removes it itself. */
  private forget(slot: number): void {
    this.postings.remove(slot);
    this.docsBySlot[slot] = undefined;
    this.ranks = null;
  }

  /** Follows the text index's sweep of removed slots. */
  private renumber(renumbered: Int32Array, kept: Int32Array): void {
    this.postings.renumber(renumbered, kept);
    this.docsBySlot = Array.from(kept, (slot) => this.docsBySlot[slot]);
    for (let i = 0; i < kept.length; i++) {
      this.created[i] = this.created[kept[i]!]!;
      this.cases[i] = this.cases[kept[i]!]!;
    }
    this.ranks = null;
  }

  /**
   * The document as kept in memory: without the unstored fields' text, and with its lists (layers, sectors, …)
   * shared with every other document holding the same list. A spread copy keeps the shape of the object
   * literal the document was built as; adding its 20-odd properties one by one by name made V8 keep each
   * supplier as a dictionary (~1.2 KB each), and deleting a property does the same. Filter values are stored
   * once each.
   */
  private storedCopy(doc: Doc): Doc {
    const unstored = UNSTORED[this.index];
    const copy: Record<string, unknown> = { ...doc };
    for (const key of Object.keys(copy)) {
      const value = copy[key];
      if (unstored.has(key)) copy[key] = undefined;
      else if (Array.isArray(value)) copy[key] = this.shared(value);
      else if (typeof value === 'string' && this.filterFields.has(key)) copy[key] = this.interned(value);
    }
    return copy as Doc;
  }

  /** One copy of each filter value (a sector key, a supplier id): read from the database, each was its own string. */
  private interned(value: string): string {
    const known = this.strings.get(value);
    if (known !== undefined) return known;
    this.strings.set(value, value);
    return value;
  }

  private shared(list: unknown[]): readonly unknown[] {
    const key = list.join('\u0000');
    let known = this.lists.get(key);
    if (!known || known.length !== list.length) {
      known = Object.freeze([...list]);
      this.lists.set(key, known);
    }
    return known;
  }

  /** Removes; returns the removed version. */
  drop(id: string): Doc | undefined {
    const old = this.get(id);
    if (!old) return undefined;
    this.forget(this.text.slotOf(id)!);
    this.text.remove(id);
    return old;
  }
}

function fieldOf(doc: Doc | PackedDoc, field: string): unknown {
  return doc instanceof PackedDoc ? packedField(doc, field) : doc[field];
}

function grown<T extends Float64Array | Int32Array>(array: T, slot: number): T {
  const out = new (array.constructor as new (n: number) => T)(Math.max(array.length * 2, slot + 1));
  out.set(array);
  return out;
}

function textOf(value: unknown): string | undefined {
  if (Array.isArray(value)) return value.join('\n');
  return typeof value === 'string' ? value : undefined;
}

