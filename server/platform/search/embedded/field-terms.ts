// Which of a query's terms each field of a hit holds, read from the postings. A query stands for dozens of index
// terms (synonyms in both languages, typo variants, prefixes) while a field holds a few of them at most, and the
// index holds every word a highlighter can mark: a field highlighted against its own terms alone gets the same
// marks for far less work (each term is looked for in every word, and Chinese runs are segmented only when they
// contain one).
import type { TextIndex } from './text-index';

const NO_TERMS: ReadonlySet<string> = new Set();

export class FieldTerms {
  private readonly terms: string[];
  /** Per term (in `termIds`' order), the fields of the current document holding it: bit f for field f. */
  private readonly own: Uint8Array;
  private fields = 0;
  /** The positions (in `termIds`' order) of the terms the document last read holds: a few of a query's dozens. */
  private readonly held: Int32Array;
  private heldCount = 0;
  /**
   * Term sets by the terms they hold, shared by a search's hits: most hold the same few, and the highlighter
   * keeps its figures per set.
   */
  private readonly sets = new Map<string, ReadonlySet<string>>();

  constructor(
    private readonly text: TextIndex,
    terms: ReadonlySet<string>,
    private readonly termIds: readonly number[],
  ) {
    this.terms = [...terms];
    this.own = new Uint8Array(termIds.length);
    this.held = new Int32Array(termIds.length);
  }

  /** Reads which fields of the document in `slot` hold which terms. */
  read(slot: number): void {
    this.fields = this.termIds.length ? this.text.fieldsOfTerms(slot, this.termIds, this.own) : 0;
    this.heldCount = 0;
    if (this.fields !== 0) for (let k = 0; k < this.own.length; k++) if (this.own[k] !== 0) this.held[this.heldCount++] = k;
  }

  /** The terms field number `field` of the document last read holds (none: an empty set). */
  termsIn(field: number): ReadonlySet<string> {
    if (!((this.fields >>> field) & 1)) return NO_TERMS;
    let key = '';
    for (let h = 0; h < this.heldCount; h++) {
      const k = this.held[h]!;
      if ((this.own[k]! >>> field) & 1) key += `${k},`;
    }
    let set = this.sets.get(key);
    if (!set) {
      const terms = new Set<string>();
      for (let h = 0; h < this.heldCount; h++) if ((this.own[this.held[h]!]! >>> field) & 1) terms.add(this.terms[this.held[h]!]!);
      this.sets.set(key, (set = terms));
    }
    return set;
  }
}
