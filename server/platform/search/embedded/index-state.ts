// One index's data: the documents by id, the minisearch text index and the filter postings, kept in step.
import MiniSearch from 'minisearch';
import { FILTER_FIELDS, SEARCH_BOOSTS } from '../fields';
import type { IndexName } from '../port';
import { Postings, type Doc } from './postings';
import { indexTerms } from './text';

export class IndexState {
  readonly docs = new Map<string, Doc>();
  readonly postings: Postings;
  readonly text: MiniSearch<Doc>;

  constructor(index: IndexName) {
    this.postings = new Postings(FILTER_FIELDS[index]);
    this.text = new MiniSearch<Doc>({
      fields: Object.keys(SEARCH_BOOSTS[index]),
      extractField: (doc, field) => {
        const value = doc[field];
        return Array.isArray(value) ? value.join('\n') : value;
      },
      tokenize: indexTerms,
      processTerm: (t) => t,
      // Queries arrive as trees of single, already normalised terms (see query.ts).
      searchOptions: { boost: SEARCH_BOOSTS[index], tokenize: (t) => [t], processTerm: (t) => t },
    });
  }

  /** Adds or replaces; returns the previous version. */
  put(doc: Doc): Doc | undefined {
    const old = this.docs.get(doc.id);
    if (old) this.text.replace(doc);
    else this.text.add(doc);
    this.postings.add(doc);
    this.docs.set(doc.id, doc);
    return old;
  }

  /** Removes; returns the removed version. */
  drop(id: string): Doc | undefined {
    const old = this.docs.get(id);
    if (!old) return undefined;
    this.postings.remove(id);
    this.text.discard(id);
    this.docs.delete(id);
    return old;
  }
}
