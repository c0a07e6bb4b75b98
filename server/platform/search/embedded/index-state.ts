// One index's data: the documents by id, the text index and the filter postings, kept in step.
import { FILTER_FIELDS, SEARCH_BOOSTS } from '../fields';
import type { IndexName } from '../port';
import { Postings, type Doc } from './postings';
import { TextIndex } from './text-index';

/** Indexed but never shown, sorted or filtered on: not kept in memory (the largest text of all). */
const UNSTORED: Record<IndexName, ReadonlySet<string>> = { suppliers: new Set(['caseText']), cases: new Set(['solution']) };

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
   * The document as kept in memory: without the unstored fields, and with its lists (layers, sectors, …)
   * shared with every other document holding the same list. Built by adding properties rather than deleting
   * them: V8 turns an object it deletes from into a dictionary several times larger. At 60,000 documents the
   * two together saved ~80 MB. Filter values are stored once each.
   */
  private storedCopy(doc: Doc): Doc {
    const unstored = UNSTORED[this.index];
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(doc)) {
      if (unstored.has(key)) continue;
      const value = doc[key];
      copy[key] = Array.isArray(value) ? this.shared(value) : typeof value === 'string' && this.filterFields.has(key) ? this.interned(value) : value;
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

