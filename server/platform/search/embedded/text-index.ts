// The embedded engine's full-text index. minisearch kept a Map per (term, field) with an entry per document:
// at 60,000 documents that was ~400 MB of heap and 20–60 ms per broad query. Here each term's postings are
// one run of packed (document, field, term frequency) entries in a shared arena (term-lists.ts), scored
// with BM25+ into a dense accumulator. Removed documents are tombstoned and swept out in bulk (`vacuum`), so
// appends keep every postings list sorted by document.
import { TermLists } from './term-lists';
import { indexTerms } from '../../text/text';
import { renumberLive } from './tombstones';

/** One query word: matched exactly, and optionally by prefix and/or with one typo. */
export type TermQuery = { term: string; fuzzy: boolean; prefix: boolean; weight?: number };
/** `all`: every child must match; `any`: at least one. Scores add up across children. */
export type QueryNode = TermQuery | { all: QueryNode[] } | { any: QueryNode[] };

export type TextMatches = {
  /** External document id → score. */
  scores: Map<string, number>;
  /** Every index term the query matched (its fuzzy and prefix variants included), for highlighting. */
  terms: Set<string>;
};

/**
 * The same matches by slot: `slots` ascending, `scores` alongside. Both are the index's scratch, valid until
 * its next search (searches run synchronously).
 */
export type SlotMatches = { slots: Int32Array; scores: Float64Array; terms: Set<string>; termIds: number[] };

/** Called when removed documents are swept out: slot s becomes `renumbered[s]` (-1: gone), slot i was `kept[i]`. */
export type OnSweep = (renumbered: Int32Array, kept: Int32Array) => void;

// BM25+ as minisearch computes it, so rankings keep their character.
const K = 1.2;
const B = 0.7;
const D = 0.5;
const FUZZY_WEIGHT = 0.45;
const PREFIX_WEIGHT = 0.375;
/** A short prefix ("co") can stand for thousands of words; the most frequent ones are enough to rank. */
const MAX_PREFIX_TERMS = 50;
/** Packing: document (24 bits) · field (3 bits) · term frequency (5 bits, capped). */
const FIELD_BITS = 3;
const TF_BITS = 5;
const MAX_TF = (1 << TF_BITS) - 1;
const MAX_DOCS = 2 ** 24;
/** Tombstones are swept once they are this many and at least a quarter of all slots. */
const VACUUM_MIN = 1_000;
/** The postings of "every word"'s cheapest word from which its matches are found before any is scored (see `matching`). */
const MATCH_FIRST_FROM = 1_000;
/** Terms whose per-field rarity is kept between queries. */
const IDF_CACHE = 20_000;
/** Query words whose expansions and corrections are kept between queries. */
const EXPANSION_CACHE = 2_000;

type Hits = { ids: Int32Array; scores: Float64Array; masks: Uint32Array };
/** One search's state: each query word's bit, and the index terms it stands for once computed. */
/**
 * The index terms a query word stands for and their weights, in the order found (exact, prefixes, typos): read by
 * position, as a Map's entries were each an array made per term and search.
 */
type Expansion = { readonly ids: readonly number[]; readonly weights: readonly number[] };
type Step = { masks: Map<TermQuery, number>; expansions: Map<TermQuery, Expansion>; costs: Map<QueryNode, number> };

export class TextIndex {
  private readonly fieldCount: number;
  // Documents, by internal slot.
  private slots = new Map<string, number>();
  private external: (string | undefined)[] = [];
  private alive = new Uint8Array(0);
  private lengths = new Uint16Array(0);
  private readonly totals: Float64Array;
  private live = 0;
  private dead = 0;
  // Terms.
  private termIds = new Map<string, number>();
  private terms: string[] = [];
  private lists = new TermLists();
  /** Term ids by first character: the candidates for prefix and typo matching. */
  private byInitial = new Map<string, number[]>();
  /** Term ids by everything after the first character: typos in the first letter. */
  private byTail = new Map<string, number[]>();
  /** Changes on every add and remove: cached figures computed at another version are stale. */
  private version = 0;
  private idfs = new Map<number, { idf: Float64Array; version: number }>();
  // Scratch for accumulating one query step; always left zeroed.
  private acc = new Float64Array(0);
  private maskAcc = new Uint32Array(0);
  private touched = new Int32Array(0);
  /** The documents a step of "every word" still considers (see `leaf`); always left zeroed. */
  private candidate = new Uint8Array(0);
  private readonly scratch = new HitsScratch();
  /** The term being scored (see `prepare`). */
  private readonly scoring: { idf: Float64Array; weight: number; mask: number; norm: Float64Array } = { idf: new Float64Array(0), weight: 0, mask: 0, norm: new Float64Array(0) };
  private normsByField: Float64Array = new Float64Array(0);
  private normsVersion = -1;
  /**
   * Query words' expansions (see `expanded`), by kind (prefix 2 + fuzzy 1) and word: a key made of both was a
   * string built per word and search. `memosVersion`: the index version they were found at.
   */
  private readonly expansions = [new Map<string, Expansion>(), new Map<string, Expansion>(), new Map<string, Expansion>(), new Map<string, Expansion>()];
  /** Words' corrections (see `closest`; null: none), kept in the same way. */
  private readonly corrections = new Map<string, string | null>();
  /**
   * The indexed words one edit from a query word (see `oneEditAway`), kept in the same way: a typo'd word's typo
   * variants and its correction both need them, and finding them reads every indexed word of its initial.
   */
  private readonly edits = new Map<string, readonly number[]>();
  private memosVersion = -1;

  constructor(
    private readonly boosts: number[],
    private readonly onSweep?: OnSweep,
  ) {
    if (boosts.length > 1 << FIELD_BITS) throw new Error(`At most ${1 << FIELD_BITS} searchable fields`);
    this.fieldCount = boosts.length;
    this.totals = new Float64Array(boosts.length);
  }

  get size(): number {
    return this.live;
  }

  /** Slots run from 0 to `slotCount - 1`, removed ones included until swept. */
  get slotCount(): number {
    return this.external.length;
  }

  /** The id of the document in a slot (undefined: removed). */
  idAt(slot: number): string | undefined {
    return this.external[slot];
  }

  slotOf(id: string): number | undefined {
    return this.slots.get(id);
  }

  /** Indexes a document's field texts (in the order of `boosts`), replacing any earlier version; returns its slot. */
  add(id: string, texts: (string | undefined)[]): number {
    this.remove(id);
    this.version++;
    if (this.external.length >= MAX_DOCS) this.vacuum();
    if (this.external.length >= MAX_DOCS) throw new Error(`The text index holds at most ${MAX_DOCS} documents`);
    const slot = this.external.length;
    this.external.push(id);
    this.slots.set(id, slot);
    this.grow(slot + 1);
    this.alive[slot] = 1;
    this.live++;
    for (let f = 0; f < this.fieldCount; f++) {
      const tokens = texts[f] ? indexTerms(texts[f]!) : [];
      this.lengths[slot * this.fieldCount + f] = Math.min(tokens.length, 0xffff);
      this.totals[f]! += Math.min(tokens.length, 0xffff);
      const freq = new Map<string, number>();
      for (const t of tokens) freq.set(t, (freq.get(t) ?? 0) + 1);
      for (const [t, n] of freq) this.lists.append(this.termId(t), (slot << 8 | f << TF_BITS | Math.min(n, MAX_TF)) >>> 0);
    }
    return slot;
  }

  /**
   * Gives back the spare room of growing postings lists: call after a bulk load. No list keeps any (4.8 MB at
   * 60,000 documents): the first write after it packs them all again with room, once.
   */
  trim(): void {
    this.lists.pack(0, undefined, 0);
  }

  remove(id: string): void {
    const slot = this.slots.get(id);
    if (slot === undefined) return;
    this.version++;
    this.slots.delete(id);
    this.external[slot] = undefined;
    this.alive[slot] = 0;
    for (let f = 0; f < this.fieldCount; f++) this.totals[f]! -= this.lengths[slot * this.fieldCount + f]!;
    this.live--;
    this.dead++;
    if (this.dead >= VACUUM_MIN && this.dead * 4 >= this.external.length) this.vacuum();
  }

  search(query: QueryNode): TextMatches {
    const { slots, scores: bySlot, terms } = this.match(query);
    const scores = new Map<string, number>();
    for (let i = 0; i < slots.length; i++) scores.set(this.external[slots[i]!]!, bySlot[i]!);
    return { scores, terms };
  }

  match(query: QueryNode): SlotMatches {
    this.scratch.reset();
    const step: Step = { masks: leafMasks(query), expansions: new Map(), costs: new Map() };
    const within = this.worthMatchingFirst(query, step) ? this.matching(query, step, null) : null;
    const hits = within?.length === 0 ? this.scratch.take(0) : this.evaluate(query, step, within);
    // As minisearch does: a document matching more of the query's words ranks higher.
    for (let i = 0; i < hits.ids.length; i++) hits.scores[i] = hits.scores[i]! * bitCount(hits.masks[i]!);
    // Every word's terms, also those of words skipped once no document could match them all.
    const terms = new Set<string>();
    const termIds: number[] = [];
    for (const { ids } of step.expansions.values()) {
      for (const termId of ids) {
        const term = this.terms[termId]!;
        if (terms.has(term)) continue;
        terms.add(term);
        termIds.push(termId);
      }
    }
    return { slots: hits.ids, scores: hits.scores, terms, termIds };
  }

  /**
   * The fields (bit f for field f) of the document in `slot` that hold any of the terms, and in `out[k]` those
   * holding `termIds[k]`: read from the postings, so a highlighter skips the fields none of a query's terms occur
   * in without reading their text, and looks in the others only for the terms they hold.
   */
  fieldsOfTerms(slot: number, termIds: readonly number[], out: Uint8Array): number {
    const list = this.lists.data;
    let fields = 0;
    for (let k = 0; k < termIds.length; k++) {
      const termId = termIds[k]!;
      const end = this.lists.offset(termId) + this.lists.size(termId);
      let own = 0;
      for (let i = seek(list, this.lists.offset(termId), end, slot); i < end && list[i]! >>> 8 === slot; i++) {
        own |= 1 << ((list[i]! >>> TF_BITS) & 7);
      }
      out[k] = own;
      fields |= own;
    }
    return fields;
  }

  /**
   * The indexed word a query word most likely stands for: itself when indexed, or a word it begins (it may be
   * still being typed); otherwise the most frequent word one edit or one swap of neighbours away, if any. `swaps`
   * gives the swaps, asked for only when the word is neither indexed nor corrected before (most query words are).
   */
  closest(term: string, swaps: () => string[]): string | undefined {
    if (this.termIds.has(term)) return term;
    // Kept as expansions are: finding it reads every indexed word of the term's initial, twice.
    this.keepMemosCurrent();
    let known = this.corrections.get(term);
    if (known === undefined) this.corrections.set(term, (known = this.nearest(term, swaps) ?? null));
    return known ?? undefined;
  }

  private nearest(term: string, swaps: () => string[]): string | undefined {
    const bucket = this.byInitial.get(term[0]!) ?? [];
    if (bucket.some((id) => this.terms[id]!.startsWith(term))) return term;
    const near = [...this.oneEditAway(term, bucket), ...swaps().flatMap((s) => this.termIds.get(s) ?? [])];
    const best = near.sort((a, b) => this.lists.size(b) - this.lists.size(a))[0];
    return best === undefined ? undefined : this.terms[best];
  }

  /**
   * The documents matching `node` (among `within`, sorted slots, when given). For "every word", the word
   * with the fewest postings goes first and each other word is looked up only in the documents still in the
   * running: a name's common words ("solutions", "wan") have thousands of postings, its result a handful.
   */
  private evaluate(node: QueryNode, step: Step, within: Int32Array | null): Hits {
    if ('term' in node) return this.leaf(node, step, within);
    if ('any' in node) return this.union(node.any.map((child) => this.evaluate(child, step, within)));
    const [first, ...rest] = this.cheapestFirst(node.all, step);
    if (!first) return this.scratch.take(0);
    let hits = this.evaluate(first, step, within);
    for (const child of rest) {
      if (hits.ids.length === 0) break;
      hits = this.intersectTwo(hits, this.evaluate(child, step, hits.ids));
    }
    return hits;
  }

  /**
   * The documents matching `node` (among `within`), unscored: ascending slots. "Every word" scored its cheapest
   * word's documents in full and then kept the few that also held the others: a topic's synonyms in every
   * language ("chatbot": thousands of case studies) scored to keep the dozens naming a supplier's district.
   * Reading postings costs a fraction of scoring them, so `match` first finds the documents matching every word
   * this way and then scores those alone. The scores are the same: each document's entries are added in the
   * same order.
   */
  private matching(node: QueryNode, step: Step, within: Int32Array | null): Int32Array {
    if ('term' in node) return this.leafDocs(node, step, within);
    if ('any' in node) return this.unionDocs(node.any.map((child) => this.matching(child, step, within)));
    let docs: Int32Array | null = within;
    for (const child of this.cheapestFirst(node.all, step)) {
      docs = this.matching(child, step, docs);
      if (docs.length === 0) break;
    }
    return docs ?? this.scratch.takeIds(0);
  }

  /**
   * Finding the matches first pays when "every word"'s cheapest word has many postings (a topic); when it has
   * few (a name's rarest word), scoring them is about as cheap as reading them twice.
   */
  private worthMatchingFirst(query: QueryNode, step: Step): query is { all: QueryNode[] } {
    // An "every word" node's cost is its cheapest word's.
    return 'all' in query && this.cost(query, step) >= MATCH_FIRST_FROM;
  }

  private leafDocs(query: TermQuery, step: Step, within: Int32Array | null): Int32Array {
    const { ids } = this.expansion(query, step);
    if (ids.length === 0) return NO_DOCS;
    if (ids.length === 1) return this.termDocs(ids[0]!, within);
    const list = this.lists.data;
    const { alive, maskAcc, touched } = this;
    let count = 0;
    let marked = false;
    try {
      for (const termId of ids) {
        const start = this.lists.offset(termId);
        const end = start + this.lists.size(termId);
        if (within && within.length * 16 < end - start) {
          for (let k = 0, i = start; k < within.length && i < end; k++) {
            const slot = within[k]!;
            i = seek(list, i, end, slot);
            if (i < end && list[i]! >>> 8 === slot && maskAcc[slot] === 0 && alive[slot]) {
              maskAcc[slot] = 1;
              touched[count++] = slot;
            }
          }
          continue;
        }
        if (within && !marked) for (let k = 0; k < within.length; k++) this.candidate[within[k]!] = 1;
        marked = Boolean(within);
        const keep = within ? this.candidate : alive;
        for (let i = start; i < end; i++) {
          const slot = list[i]! >>> 8;
          if (maskAcc[slot] === 0 && keep[slot] && alive[slot]) {
            maskAcc[slot] = 1;
            touched[count++] = slot;
          }
        }
      }
    } finally {
      if (marked) for (let k = 0; k < within!.length; k++) this.candidate[within![k]!] = 0;
    }
    return this.collect(count);
  }

  /** `leafDocs` of a word standing for one term (most do): its list is in slot order, so no marks and no sort. */
  private termDocs(termId: number, within: Int32Array | null): Int32Array {
    const list = this.lists.data;
    const { alive, candidate } = this;
    const start = this.lists.offset(termId);
    const end = start + this.lists.size(termId);
    const out = this.scratch.takeIds(within ? Math.min(within.length, end - start) : end - start);
    let n = 0;
    if (within && within.length * 16 < end - start) {
      for (let k = 0, i = start; k < within.length && i < end; k++) {
        const slot = within[k]!;
        i = seek(list, i, end, slot);
        if (i < end && list[i]! >>> 8 === slot && alive[slot]) out[n++] = slot;
      }
      return out.subarray(0, n);
    }
    if (within) for (let k = 0; k < within.length; k++) candidate[within[k]!] = 1;
    const keep = within ? candidate : alive;
    // A document's entries (one per field) are neighbours in the list.
    for (let i = start, last = -1; i < end; i++) {
      const slot = list[i]! >>> 8;
      if (slot === last || !keep[slot] || !alive[slot]) continue;
      out[n++] = slot;
      last = slot;
    }
    if (within) for (let k = 0; k < within.length; k++) candidate[within[k]!] = 0;
    return out.subarray(0, n);
  }

  private unionDocs(children: Int32Array[]): Int32Array {
    const only = soleNonEmpty(children, (docs) => docs.length);
    if (only) return only;
    let count = 0;
    for (const docs of children) {
      for (let i = 0; i < docs.length; i++) {
        const slot = docs[i]!;
        if (this.maskAcc[slot] === 0) {
          this.maskAcc[slot] = 1;
          this.touched[count++] = slot;
        }
      }
    }
    return this.collect(count);
  }

  /** The slots marked in `maskAcc` (listed in `touched`), ascending; clears the marks. */
  private collect(count: number): Int32Array {
    const ids = this.scratch.takeIds(count);
    this.touchedInOrder(count, ids);
    for (let i = 0; i < count; i++) this.maskAcc[ids[i]!] = 0;
    return ids;
  }

  /** The children of "every word", the one with the fewest postings first (a stable sort). */
  private cheapestFirst(children: QueryNode[], step: Step): QueryNode[] {
    return [...children].sort((a, b) => this.cost(a, step) - this.cost(b, step));
  }

  /** How many postings evaluating `node` would read at most; once per node and search. */
  private cost(node: QueryNode, step: Step): number {
    let known = step.costs.get(node);
    if (known === undefined) step.costs.set(node, (known = this.costOf(node, step)));
    return known;
  }

  private costOf(node: QueryNode, step: Step): number {
    if ('term' in node) {
      let total = 0;
      for (const termId of this.expansion(node, step).ids) total += this.lists.size(termId);
      return total;
    }
    if ('any' in node) return node.any.reduce((sum, child) => sum + this.cost(child, step), 0);
    return Math.min(...node.all.map((child) => this.cost(child, step)));
  }

  private leaf(query: TermQuery, step: Step, within: Int32Array | null): Hits {
    const { ids, weights } = this.expansion(query, step);
    // Most typo variants of a word (its letters swapped) are no indexed word.
    if (ids.length === 0) return NO_HITS;
    const mask = step.masks.get(query)!;
    let count = 0;
    let marked = false;
    try {
      for (let e = 0; e < ids.length; e++) {
        const termId = ids[e]!;
        this.prepare(termId, weights[e]! * (query.weight ?? 1), mask);
        // Looking each candidate up beats reading the list only when the candidates are much fewer; otherwise
        // the list is read and only the candidates' entries are scored.
        if (!within) count = this.score(termId, count);
        else if (within.length * 16 < this.lists.size(termId)) count = this.scoreWithin(termId, count, within);
        else {
          if (!marked) for (let i = 0; i < within.length; i++) this.candidate[within[i]!] = 1;
          marked = true;
          count = this.scoreCandidates(termId, count);
        }
      }
    } finally {
      if (marked) for (let i = 0; i < within!.length; i++) this.candidate[within![i]!] = 0;
    }
    return this.emit(count);
  }

  private expansion(query: TermQuery, step: Step): Expansion {
    let known = step.expansions.get(query);
    if (!known) step.expansions.set(query, (known = this.expanded(query)));
    return known;
  }

  /**
   * `expand`, kept between searches until the index next changes: the words of names and topics recur from
   * query to query, and finding a word's prefix and typo variants reads every indexed word of its initial.
   */
  private expanded(query: TermQuery): Expansion {
    this.keepMemosCurrent();
    const kind = this.expansions[(query.prefix ? 2 : 0) + (query.fuzzy ? 1 : 0)]!;
    let known = kind.get(query.term);
    if (!known) kind.set(query.term, (known = this.expand(query)));
    return known;
  }

  /** Forgets the kept expansions and corrections once the index has changed since they were found, or they are many. */
  private keepMemosCurrent(): void {
    let expansions = 0;
    for (const kind of this.expansions) expansions += kind.size;
    if (this.memosVersion !== this.version || expansions + this.corrections.size + this.edits.size >= EXPANSION_CACHE) {
      for (const kind of this.expansions) kind.clear();
      this.corrections.clear();
      this.edits.clear();
      this.memosVersion = this.version;
    }
  }

  /** The index terms a query word stands for, with their weights (exact 1, prefix and typo less). */
  private expand(query: TermQuery): Expansion {
    const { term } = query;
    const out = new Map<number, number>();
    const exact = this.termIds.get(term);
    if (exact !== undefined) out.set(exact, 1);
    const bucket = this.byInitial.get(term[0]!) ?? [];
    if (query.prefix) {
      const longer = bucket.filter((id) => this.terms[id]!.length > term.length && this.terms[id]!.startsWith(term));
      longer.sort((a, b) => this.lists.size(b) - this.lists.size(a));
      for (const id of longer.slice(0, MAX_PREFIX_TERMS)) {
        const length = this.terms[id]!.length;
        out.set(id, (PREFIX_WEIGHT * length) / (length + 0.3 * (length - term.length)));
      }
    }
    if (query.fuzzy) {
      for (const id of this.oneEditAway(term, bucket)) {
        if (!out.has(id)) out.set(id, (FUZZY_WEIGHT * this.terms[id]!.length) / (this.terms[id]!.length + 1));
      }
    }
    return { ids: [...out.keys()], weights: [...out.values()] };
  }

  private oneEditAway(term: string, sameInitial: number[]): readonly number[] {
    let known = this.edits.get(term);
    if (!known) this.edits.set(term, (known = this.findOneEditAway(term, sameInitial)));
    return known;
  }

  private findOneEditAway(term: string, sameInitial: number[]): number[] {
    const out: number[] = [];
    for (const id of sameInitial) {
      const candidate = this.terms[id]!;
      if (candidate !== term && withinOneEdit(term, candidate)) out.push(id);
    }
    // A typo in the first letter changes the initial: substituted, inserted before, or deleted.
    const firstLetter = [...(this.byTail.get(term.slice(1)) ?? []), ...(this.byTail.get(term) ?? [])];
    const deleted = this.termIds.get(term.slice(1));
    if (deleted !== undefined) firstLetter.push(deleted);
    for (const id of firstLetter) if (this.terms[id]![0] !== term[0]) out.push(id);
    return out;
  }

  /** Adds one term's BM25+ scores (see `prepare`) into the accumulator; returns the new count of touched slots. */
  private score(termId: number, count: number): number {
    const start = this.lists.offset(termId);
    return this.scoreRange(start, start + this.lists.size(termId), count, this.alive);
  }

  /** As `score`, for the documents marked in `candidate` only. */
  private scoreCandidates(termId: number, count: number): number {
    const start = this.lists.offset(termId);
    return this.scoreRange(start, start + this.lists.size(termId), count, this.candidate);
  }

  /**
   * Adds BM25+ scores of the arena's entries `from .. to` whose documents are marked in `wanted` (and alive) into the
   * accumulator; returns the new count of touched slots. Every array is in a local: a long list (a common word, the
   * fallback to "any word") was scored at a fraction of the speed through the fields.
   */
  private scoreRange(from: number, to: number, count: number, wanted: Uint8Array): number {
    const { alive, lengths, acc, maskAcc, touched, boosts, fieldCount } = this;
    const list = this.lists.data;
    const { idf, weight, mask, norm } = this.scoring;
    for (let i = from; i < to; i++) {
      const entry = list[i]!;
      const slot = entry >>> 8;
      if (!wanted[slot] || !alive[slot]) continue;
      const f = (entry >>> TF_BITS) & 7;
      const tf = entry & MAX_TF;
      const relativeLength = lengths[slot * fieldCount + f]! * norm[f]!;
      const bm25 = idf[f]! * (D + (tf * (K + 1)) / (tf + K * (1 - B + B * relativeLength)));
      if (maskAcc[slot] === 0) touched[count++] = slot;
      acc[slot]! += weight * boosts[f]! * bm25;
      maskAcc[slot]! |= mask;
    }
    return count;
  }

  /** As `score`, for the documents in `within` only: each is found by galloping through the sorted list. */
  private scoreWithin(termId: number, count: number, within: Int32Array): number {
    const list = this.lists.data;
    const end = this.lists.offset(termId) + this.lists.size(termId);
    let i = this.lists.offset(termId);
    for (let k = 0; k < within.length && i < end; k++) {
      const slot = within[k]!;
      i = seek(list, i, end, slot);
      let run = i;
      while (run < end && list[run]! >>> 8 === slot) run++; // the document's entries, one per field
      count = this.scoreRange(i, run, count, this.alive);
      i = run;
    }
    return count;
  }

  /**
   * Sets the term the next `scoreRange` calls score: its rarity, its weight and its query word's bit. Fields
   * rather than a closure per term: closures made per term and query were a measurable share of a search.
   */
  private prepare(termId: number, weight: number, mask: number): void {
    this.scoring.idf = this.idf(termId);
    this.scoring.weight = weight;
    this.scoring.mask = mask;
    this.scoring.norm = this.norms();
  }

  /** Per field, the number of documents over the field's total length (1 / average length); kept until the index next changes. */
  private norms(): Float64Array {
    if (this.normsVersion !== this.version) {
      this.normsByField = this.totals.map((total) => (this.live > 0 && total > 0 ? this.live / total : 1));
      this.normsVersion = this.version;
    }
    return this.normsByField;
  }

  /** Per field, how rare the term is among live documents; kept until the index next changes. */
  private idf(termId: number): Float64Array {
    const cached = this.idfs.get(termId);
    if (cached && cached.version === this.version) return cached.idf;
    const list = this.lists.data;
    const start = this.lists.offset(termId);
    const df = new Float64Array(this.fieldCount);
    for (let i = start; i < start + this.lists.size(termId); i++) if (this.alive[list[i]! >>> 8]) df[(list[i]! >>> TF_BITS) & 7]!++;
    const idf = df.map((n) => Math.log(1 + (this.live - n + 0.5) / (n + 0.5)));
    if (this.idfs.size >= IDF_CACHE) this.idfs.clear();
    this.idfs.set(termId, { idf, version: this.version });
    return idf;
  }

  private union(children: Hits[]): Hits {
    // One child with matches (a query's other words found nothing, or synonyms no document uses) is the union
    // itself: its scores added to a zeroed accumulator are the same numbers, in the same order.
    const only = soleNonEmpty(children, (hits) => hits.ids.length);
    if (only) return only;
    let count = 0;
    for (const child of children) {
      for (let i = 0; i < child.ids.length; i++) {
        const slot = child.ids[i]!;
        if (this.maskAcc[slot] === 0) this.touched[count++] = slot;
        this.acc[slot]! += child.scores[i]!;
        this.maskAcc[slot]! |= child.masks[i]!;
      }
    }
    return this.emit(count);
  }

  /** Turns the accumulator into hits sorted by slot, and zeroes it for the next step. */
  private emit(count: number): Hits {
    const hits = this.scratch.take(count);
    this.touchedInOrder(count, hits.ids);
    for (let i = 0; i < count; i++) {
      const slot = hits.ids[i]!;
      hits.scores[i] = this.acc[slot]!;
      hits.masks[i] = this.maskAcc[slot]!;
      this.acc[slot] = 0;
      this.maskAcc[slot] = 0;
    }
    return hits;
  }

  /**
   * Writes the touched slots into `out` in ascending order. One postings list is touched in order already; a
   * large set is cheaper to collect by walking the accumulator than to sort.
   */
  private touchedInOrder(count: number, out: Int32Array): void {
    let ascending = true;
    for (let i = 1; i < count && ascending; i++) ascending = this.touched[i - 1]! < this.touched[i]!;
    if (ascending || count * 16 < this.external.length) {
      out.set(this.touched.subarray(0, count));
      if (!ascending) out.sort();
      return;
    }
    for (let slot = 0, k = 0; k < count; slot++) if (this.maskAcc[slot] !== 0) out[k++] = slot;
  }

  private intersectTwo(a: Hits, b: Hits): Hits {
    const out = this.scratch.take(Math.min(a.ids.length, b.ids.length));
    let k = 0;
    for (let i = 0, j = 0; i < a.ids.length && j < b.ids.length; ) {
      if (a.ids[i]! < b.ids[j]!) i++;
      else if (a.ids[i]! > b.ids[j]!) j++;
      else {
        out.ids[k] = a.ids[i]!;
        out.scores[k] = a.scores[i]! + b.scores[j]!;
        out.masks[k++] = a.masks[i++]! | b.masks[j++]!;
      }
    }
    return { ids: out.ids.subarray(0, k), scores: out.scores.subarray(0, k), masks: out.masks.subarray(0, k) };
  }

  private termId(term: string): number {
    let id = this.termIds.get(term);
    if (id !== undefined) return id;
    id = this.lists.create();
    this.register(term, id);
    return id;
  }

  /** Makes `term` findable as term `id` (whose postings list is `id` in `lists`). */
  private register(term: string, id: number): void {
    this.termIds.set(term, id);
    this.terms.push(term);
    pushTo(this.byInitial, term[0]!, id);
    pushTo(this.byTail, term.slice(1), id);
  }

  /** Makes room for `slots` documents in the per-slot arrays. */
  private grow(slots: number): void {
    if (this.alive.length < slots) {
      const capacity = Math.max(slots, this.alive.length * 2, 1024);
      this.alive = resized(this.alive, capacity);
      this.lengths = resized(this.lengths, capacity * this.fieldCount);
      this.acc = new Float64Array(capacity);
      this.maskAcc = new Uint32Array(capacity);
      this.touched = new Int32Array(capacity);
      this.candidate = new Uint8Array(capacity);
    }
  }

  /** Sweeps tombstones: renumbers live documents in order (lists stay sorted) and drops emptied terms. */
  private vacuum(): void {
    const { renumbered, kept: live } = renumberLive(this.alive, this.external.length);
    const external: string[] = [];
    for (const slot of live) {
      this.lengths.copyWithin(external.length * this.fieldCount, slot * this.fieldCount, (slot + 1) * this.fieldCount);
      external.push(this.external[slot]!);
    }
    const oldTerms = this.terms;
    const kept: number[] = [];
    for (let t = 0; t < oldTerms.length; t++) {
      this.lists.rewrite(t, (entry) => {
        const slot = renumbered[entry >>> 8]!;
        return slot >= 0 ? ((slot << 8) | (entry & 0xff)) >>> 0 : undefined;
      });
      if (this.lists.size(t) > 0) kept.push(t);
    }
    this.lists.pack(0, Int32Array.from(kept));
    this.termIds = new Map();
    this.terms = [];
    this.byInitial = new Map();
    this.byTail = new Map();
    this.idfs = new Map();
    for (const t of kept) this.register(oldTerms[t]!, this.terms.length);
    this.external = external;
    this.slots = new Map(external.map((id, slot) => [id, slot]));
    this.alive.fill(0);
    this.alive.fill(1, 0, external.length);
    this.dead = 0;
    this.onSweep?.(renumbered, live);
  }
}

/**
 * Room for the hits of one search's steps, handed out in turn and reused by the next search (searches run
 * synchronously). Typed arrays made per step were, at thousands of searches a second, a churn of mallocs
 * outside V8's heap that glibc left fragmented.
 */
class HitsScratch {
  private ids = new Int32Array(4096);
  private scores = new Float64Array(4096);
  private masks = new Uint32Array(4096);
  private used = 0;

  reset(): void {
    this.used = 0;
  }

  take(n: number): Hits {
    const from = this.room(n);
    const to = (this.used += n);
    return { ids: this.ids.subarray(from, to), scores: this.scores.subarray(from, to), masks: this.masks.subarray(from, to) };
  }

  /** `take(n).ids` alone, for a step that finds documents without scoring them. */
  takeIds(n: number): Int32Array {
    const from = this.room(n);
    return this.ids.subarray(from, (this.used += n));
  }

  /** Where `n` more entries start, after making room for them. */
  private room(n: number): number {
    if (this.used + n > this.ids.length) {
      // Hits handed out earlier keep the old arrays alive until the search ends.
      const size = Math.max(this.ids.length * 2, n);
      this.ids = new Int32Array(size);
      this.scores = new Float64Array(size);
      this.masks = new Uint32Array(size);
      this.used = 0;
    }
    return this.used;
  }
}

/** A bit per query word, in the order the words appear (32 bits: later words share them). */
function leafMasks(query: QueryNode): Map<TermQuery, number> {
  const masks = new Map<TermQuery, number>();
  const visit = (node: QueryNode): void => {
    if ('term' in node) masks.set(node, 1 << (masks.size % 32));
    else for (const child of 'all' in node ? node.all : node.any) visit(child);
  };
  visit(query);
  return masks;
}

/** The first position in `list[from, end)` whose document is `slot` or later: doubling steps, then halving. */
function seek(list: Uint32Array, from: number, end: number, slot: number): number {
  let step = 1;
  let hi = from;
  while (hi < end && list[hi]! >>> 8 < slot) {
    from = hi + 1;
    hi += step;
    step *= 2;
  }
  hi = Math.min(hi, end);
  while (from < hi) {
    const mid = (from + hi) >>> 1;
    if (list[mid]! >>> 8 < slot) from = mid + 1;
    else hi = mid;
  }
  return from;
}

/** True when `b` is `a` with one letter substituted, inserted or deleted. */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  if (a.length > b.length) [a, b] = [b, a];
  let i = 0;
  while (i < a.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  // After the first difference the rest must agree: past one letter of each (substituted), or of `b` (inserted).
  // Compared in place: a copy of both rests, for every indexed word of an initial, was most of a typo's lookup.
  for (let j = a.length === b.length ? i + 1 : i, k = i + 1; j < a.length; j++, k++) if (a.charCodeAt(j) !== b.charCodeAt(k)) return false;
  return true;
}

/** A step's result when a word stands for no indexed term: nothing is written to them. */
const NO_DOCS = new Int32Array(0);
const NO_HITS: Hits = { ids: NO_DOCS, scores: new Float64Array(0), masks: new Uint32Array(0) };

/** The one list with entries among `lists` (`size` tells), or undefined when none or several have any. */
function soleNonEmpty<T>(lists: T[], size: (list: T) => number): T | undefined {
  let only: T | undefined;
  for (const list of lists) {
    if (size(list) === 0) continue;
    if (only) return undefined;
    only = list;
  }
  return only;
}

function bitCount(n: number): number {
  let count = 0;
  for (let v = n; v !== 0; v &= v - 1) count++;
  return count;
}

function pushTo(map: Map<string, number[]>, key: string, id: number): void {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}

function resized<T extends Uint8Array | Uint16Array>(array: T, length: number): T {
  const out = new (array.constructor as new (n: number) => T)(length);
  out.set(array.subarray(0, Math.min(array.length, length)));
  return out;
}
