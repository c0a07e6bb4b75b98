// One index's data: the documents by id, the text index and the filter postings, kept in step.
import { FILTER_FIELDS, SEARCH_BOOSTS } from '../fields';
import type { IndexName } from '../port';
import { Postings, type Doc } from './postings';
import { TextIndex } from './text-index';

/**
 * Indexed but never shown, sorted or filtered on: not kept in memory (the largest text of all). A supplier's
 * `caseText` is kept: the matcher reads which of a need's concepts its published case studies cover.
 */
const UNSTORED: Record<IndexName, ReadonlySet<string>> = { suppliers: new Set(), cases: new Set(['solution']) };

export class IndexState {
  readonly docs = new Map<string, Doc>();
  readonly postings: Postings;
  readonly text: TextIndex;
  private readonly fields: string[];
  /** Distinct lists of stored documents (see `shared`); most documents repeat a few combinations. */
  private readonly lists = new Map<string, readonly unknown[]>();
  private readonly strings = new Map<string, string>();
  private readonly filterFields: ReadonlySet<string>;

  constructor(readonly index: IndexName) {
    this.postings = new Postings(FILTER_FIELDS[index]);
    this.fields = Object.keys(SEARCH_BOOSTS[index]);
    this.filterFields = new Set(FILTER_FIELDS[index]);
    this.text = new TextIndex(Object.values(SEARCH_BOOSTS[index]));
  }

  /** Adds or replaces; returns the previous version. */
  put(doc: Doc): Doc | undefined {
    const old = this.docs.get(doc.id);
    this.text.add(doc.id, this.fields.map((f) => textOf(doc[f])));
    const stored = this.storedCopy(doc);
    this.postings.add(stored);
    this.docs.set(doc.id, stored);
    return old;
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
    const old = this.docs.get(id);
    if (!old) return undefined;
    this.postings.remove(id);
    this.text.remove(id);
    this.docs.delete(id);
    return old;
  }
}

function textOf(value: unknown): string | undefined {
  if (Array.isArray(value)) return value.join('\n');
  return typeof value === 'string' ? value : undefined;
}

