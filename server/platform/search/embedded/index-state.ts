// One index's data: the documents by id, the text index and the filter postings, kept in step.
import { FILTER_FIELDS, SEARCH_BOOSTS } from '../fields';
import type { IndexName } from '../port';
import { Postings, type Doc } from './postings';
import { TextIndex } from './text-index';

export class IndexState {
  readonly docs = new Map<string, Doc>();
  readonly postings: Postings;
  readonly text: TextIndex;
  private readonly fields: string[];

  constructor(readonly index: IndexName) {
    this.postings = new Postings(FILTER_FIELDS[index]);
    this.fields = Object.keys(SEARCH_BOOSTS[index]);
    this.text = new TextIndex(Object.values(SEARCH_BOOSTS[index]));
  }

  /** Adds or replaces; returns the previous version. */
  put(doc: Doc): Doc | undefined {
    const old = this.docs.get(doc.id);
    this.text.add(doc.id, this.fields.map((f) => textOf(doc[f])));
    this.postings.add(doc);
    this.docs.set(doc.id, doc);
    return old;
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
