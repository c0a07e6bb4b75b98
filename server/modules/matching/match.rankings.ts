// Each open need's ranked suppliers, kept as a read model: the best suppliers' ids and scores per need version, as
// `rankSuppliers` ranked them. Ranking reads 450–550 candidates from the search engine and scores them (milliseconds);
// SMEs open any of their needs' matches, and the dashboard shows five needs at once, so requests read the kept
// ranking and explain only the pairs they show (`scorePair`, the function that ranked them: the same scores).
//
// Kept current by events, not by expiry. A need's edit changes its version (ranked again when asked for, and in
// the background). A supplier re-indexed (`search.updated` names it) or whose responsiveness changed affects a
// ranking only if it is in it, or now scores at least the ranking's last kept score: only those rankings are
// ranked again. A rebuild of the index (start-up, reconnecting) or new synonyms rank every open need again, in the
// background; until a ranking is current again a request ranks the need itself, as before there was a read model.
// Not followed: a supplier's change moving *other* suppliers into or out of a need's candidates (the engine's
// best 150 for the need's words, or the 300 of its sector with most case studies); such a ranking is brought up to
// date by its need's next change, a change to one of its suppliers, or the next rebuild.
import type { NeedForMatching } from '../../../shared/schemas/needs';
import { domainEvents } from '../../platform/events';
import type { SearchEngine, SupplierSearchDoc } from '../../platform/search/port';
import type { Vocabulary } from './match.concepts';
import { foundOf, pairScore, type AnalysedNeed, type Found, type Responsiveness } from './match.score';
import { analyseNeed, rankSuppliers, vocabularyOf, type ResponsivenessLookup } from './match.service';

/** Suppliers kept per need by default: the SME's page and the dashboard show ten. */
const KEPT = 10;
/** Needs kept at most (the oldest kept is dropped first). */
const NEEDS_MAX = 20_000;
/** Supplier changes remembered for rankings not yet checked against them; a ranking older than these is ranked again. */
const CHANGES_MAX = 5_000;
/** More suppliers changed at once than this (an import): rankings are ranked again rather than checked pair by pair. */
const CHECKED_MAX = 200;

export type RankableNeed = { id: string; version: number; need: NeedForMatching };
/**
 * The ranked suppliers' documents as ranked, and where the need's concepts were found in each (`foundOf`, one after
 * another): the shown pairs are explained again without reading their words while the documents are current.
 */
export type Ranking = { ids: string[]; scores: number[]; need: AnalysedNeed; docs: readonly SupplierSearchDoc[]; found: Found };

/** Where the need's concepts are found in `d`, the ranking's `i`-th supplier, if `d` is the document it was ranked with. */
export function foundFor(ranking: Ranking, i: number, d: SupplierSearchDoc): Found | undefined {
  if (ranking.docs[i] !== d) return undefined;
  const size = ranking.need.concepts.length + ranking.need.excluded.length;
  return ranking.found.subarray(i * size, (i + 1) * size);
}

type Kept = Ranking & { version: number; vocabulary: Vocabulary; limit: number; checked: number };

/** Changes in the order they were applied: what each named, or null for "anything may have changed". */
export class ChangeLog<T = string> {
  private changes: (T[] | null)[] = [];
  private first = 0;
  private size = 0;

  get position(): number {
    return this.first + this.changes.length;
  }

  add(ids: T[] | null): void {
    this.changes.push(ids);
    this.size += ids?.length ?? 1;
    while (this.size > CHANGES_MAX && this.changes.length > 1) {
      this.size -= this.changes.shift()?.length ?? 1;
      this.first++;
    }
  }

  /** What changed since `position`; null when anything may have, or the log no longer reaches back that far. */
  since(position: number): Set<T> | null {
    if (position < this.first) return null;
    const changed = new Set<T>();
    for (let i = position - this.first; i < this.changes.length; i++) {
      const ids = this.changes[i];
      if (!ids) return null;
      for (const id of ids) changed.add(id);
    }
    return changed;
  }
}

/**
 * Suppliers re-indexed or whose responsiveness changed. One log per process, whatever the number of engines: a
 * change heard by a ranking it does not concern costs a check.
 */
export const supplierChanges = new ChangeLog();
const log = supplierChanges;
domainEvents.on('search.updated', (supplierIds) => log.add(supplierIds ?? null));
domainEvents.on('responsiveness.changed', (supplierIds) => log.add(supplierIds));

/** The changed suppliers' documents and responsiveness, read once for every ranking checked against them. */
type Changed = { ids: Set<string>; docs: SupplierSearchDoc[]; figures: Map<string, Responsiveness> };

export class NeedRankings {
  private readonly kept = new Map<string, Kept>();

  constructor(
    private readonly engine: SearchEngine,
    private readonly responsiveness?: ResponsivenessLookup,
  ) {}

  /** The need's `limit` best suppliers and their scores, best first: the kept ranking when it holds, else ranked now. */
  async best(need: RankableNeed, limit: number): Promise<Ranking> {
    const kept = this.kept.get(need.id);
    const ranking = kept && kept.version === need.version && kept.limit >= limit && (await this.holds(kept)) ? kept : await this.rank(need, Math.max(limit, KEPT));
    return { ids: ranking.ids.slice(0, limit), scores: ranking.scores.slice(0, limit), need: ranking.need, docs: ranking.docs, found: ranking.found };
  }

  /** Forgets a need's ranking (closed, deleted, or found not to hold). */
  forget(id: string): void {
    this.kept.delete(id);
  }

  /** Whether the need's kept ranking is current; a ranking that is not is ranked again. */
  async refresh(need: RankableNeed, changedSince?: (position: number) => Promise<Changed | null>): Promise<void> {
    const kept = this.kept.get(need.id);
    if (kept && kept.version === need.version && (await this.holds(kept, changedSince))) return;
    await this.rank(need, Math.max(kept?.limit ?? KEPT, KEPT));
  }

  /** Kept needs as the background checks them. */
  keptNeeds(): RankableNeed[] {
    return [...this.kept].map(([id, k]) => ({ id, version: k.version, need: k.need }));
  }

  /** The changes since `position`, read once (the background pass shares them between rankings). */
  async changedSince(position: number): Promise<Changed | null> {
    const ids = log.since(position);
    if (!ids || ids.size > CHECKED_MAX) return null;
    const list = [...ids];
    const [docs, figures] = await Promise.all([list.length ? this.engine.get('suppliers', list) : [], this.figures(list)]);
    return { ids, docs, figures };
  }

  private async figures(ids: string[]): Promise<Map<string, Responsiveness>> {
    return ids.length && this.responsiveness ? this.responsiveness(ids) : new Map();
  }

  /** Whether no change since the ranking was last checked can alter it; if so it is marked checked up to now. */
  private async holds(kept: Kept, changedSince = (position: number) => this.changedSince(position)): Promise<boolean> {
    if (kept.vocabulary !== vocabularyOf(this.engine)) return false;
    const position = log.position;
    if (kept.checked === position) return true;
    const changed = await changedSince(kept.checked);
    if (!changed || affects(kept, changed)) return false;
    kept.checked = Math.max(kept.checked, position);
    return true;
  }

  /** Rankings being computed, by need version and limit: requests that arrive meanwhile wait for the same one. */
  private readonly ranking = new Map<string, Promise<Kept>>();

  private rank(need: RankableNeed, limit: number): Promise<Kept> {
    const key = `${need.id}:${need.version}:${limit}:${log.position}`;
    let pending = this.ranking.get(key);
    if (!pending) {
      pending = this.rankNow(need, limit).finally(() => this.ranking.delete(key));
      this.ranking.set(key, pending);
    }
    return pending;
  }

  private async rankNow(need: RankableNeed, limit: number): Promise<Kept> {
    // Changes announced while ranking are checked against it later: it may have been ranked before them.
    const checked = log.position;
    const vocabulary = vocabularyOf(this.engine);
    const read = analyseNeed(vocabulary, need.need);
    const ranked = await rankSuppliers(this.engine, read, limit, this.responsiveness);
    const docs = ranked.map((r) => r.pair.supplier);
    const found = new Uint8Array(docs.flatMap((d) => [...foundOf(read, d)]));
    const kept: Kept = { ids: docs.map((d) => d.id), scores: ranked.map((r) => r.score), need: read, docs, found, version: need.version, vocabulary, limit, checked };
    const current = this.kept.get(need.id);
    if (!current || current.version <= need.version) {
      this.kept.delete(need.id);
      if (this.kept.size >= NEEDS_MAX) this.kept.delete(this.kept.keys().next().value!);
      this.kept.set(need.id, kept);
    }
    return kept;
  }
}

/**
 * Whether changed suppliers can alter a ranking: one of them is in it, or now scores at least its last kept score
 * (ties are ordered by more than the score). A ranking shorter than its limit held every candidate the need had,
 * so any change may add one.
 */
function affects(kept: Kept, changed: Changed): boolean {
  if (!changed.ids.size) return false;
  if (kept.ids.some((id) => changed.ids.has(id)) || kept.ids.length < kept.limit) return true;
  const last = kept.scores.at(-1)!;
  return changed.docs.some((d) => pairScore(kept.need, d, changed.figures.get(d.id)) >= last);
}

/** One set of kept rankings per engine, shared by the need's page, the dashboard and the background. */
const byEngine = new WeakMap<SearchEngine, NeedRankings>();

export function needRankings(engine: SearchEngine, responsiveness?: ResponsivenessLookup): NeedRankings {
  let rankings = byEngine.get(engine);
  if (!rankings) byEngine.set(engine, (rankings = new NeedRankings(engine, responsiveness)));
  return rankings;
}
