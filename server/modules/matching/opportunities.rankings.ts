// Each supplier's opportunities kept as a read model: the ids and scores of the best of the newest published needs
// for its profile, as `topPairs` ranked them (the function behind an SME's matches: one score per pair whichever
// side looks). Ranking scores up to 1,000 needs (milliseconds); a request reads the kept ranking and explains only
// the needs it shows, with `scorePair`.
//
// Kept current by events. The candidates (the newest published needs) are compared with those seen before, need by
// need (id and last edit), and what entered, changed or left is logged; a ranking is affected when a need in it
// changed or left, or a changed one now scores at least its last kept score. The supplier's own change (re-indexed,
// or its responsiveness) ranks it again, as do new synonyms. Unlike a need's candidates, a supplier's are the same
// list for everyone, so nothing here is approximate.
import type { NeedForMatching } from '../../../shared/schemas/needs';
import type { SearchEngine, SupplierSearchDoc } from '../../platform/search/port';
import { needForMatching, publishedNeeds, type StoredNeed } from '../needs';
import type { Concept, Vocabulary } from './match.concepts';
import { ChangeLog, supplierChanges } from './match.rankings';
import { foundOf, pairScore, topPairs, type AnalysedNeed, type Found, type Responsiveness } from './match.score';
import { analyseNeed, vocabularyOf, type ResponsivenessLookup } from './match.service';

/** How many of the newest published needs are considered for one supplier. */
const CONSIDERED = 1_000;
/** Needs kept per supplier by default: the opportunities page shows twenty. */
const KEPT = 20;
/** Suppliers kept at most (the oldest kept is dropped first). */
const SUPPLIERS_MAX = 20_000;

/** The newest published needs as last seen, by id. */
export type Candidates = { needs: readonly StoredNeed[]; byId: Map<string, StoredNeed> };

/** A need that entered the candidates or was edited (as it is now), or the id of one that left them. */
type NeedChange = { entered: StoredNeed } | { left: string };

const needChanges = new ChangeLog<NeedChange>();
let seen: (Candidates & { stamps: Map<string, number> }) | undefined;

const stamp = (n: StoredNeed) => n.updatedAt.getTime();

/** The newest published needs; what changed since they were last read is logged first. */
export async function currentCandidates(): Promise<Candidates> {
  const needs = await publishedNeeds(CONSIDERED);
  if (seen?.needs === needs) return seen;
  const byId = new Map(needs.map((n) => [n._id.toHexString(), n]));
  const stamps = new Map(needs.map((n) => [n._id.toHexString(), stamp(n)]));
  if (seen) {
    const changes: NeedChange[] = needs.filter((n) => seen!.stamps.get(n._id.toHexString()) !== stamp(n)).map((entered) => ({ entered }));
    for (const id of seen.stamps.keys()) if (!stamps.has(id)) changes.push({ left: id });
    if (changes.length) needChanges.add(changes);
  }
  seen = { needs, byId, stamps };
  return seen;
}

/**
 * Each kept need's matching fields as one object for as long as the need is kept (a changed need is a new object),
 * so its reading (analyseNeed) is found by object on every supplier's request.
 */
const views = new WeakMap<StoredNeed, NeedForMatching>();
export function matchingView(need: StoredNeed): NeedForMatching {
  let view = views.get(need);
  if (!view) views.set(need, (view = needForMatching(need)));
  return view;
}

/**
 * The ranked needs' ids and scores; the supplier's document they were ranked for, and for each need its reading's
 * concepts and where they were found in that document (`foundOf`): the shown needs are explained again without
 * reading the supplier's words while both are current.
 */
export type OpportunityRanking = { ids: string[]; scores: number[]; supplier: SupplierSearchDoc; concepts: Concept[][]; found: Found; foundAt: number[] };

/** Where the `i`-th need's concepts are found in the supplier's words, if both are as they were ranked. */
export function foundFor(ranking: OpportunityRanking, i: number, read: AnalysedNeed, supplier: SupplierSearchDoc): Found | undefined {
  if (ranking.supplier !== supplier || ranking.concepts[i] !== read.concepts) return undefined;
  return ranking.found.subarray(ranking.foundAt[i], ranking.foundAt[i + 1]);
}

/** Each need's `foundOf` one after another (one array: a few hundred bytes per supplier), and where each starts. */
function foundOfAll(reads: AnalysedNeed[], supplier: SupplierSearchDoc): { found: Found; foundAt: number[] } {
  const each = reads.map((read) => foundOf(read, supplier));
  const foundAt = [0];
  for (const f of each) foundAt.push(foundAt.at(-1)! + f.length);
  const found = new Uint8Array(foundAt.at(-1)!);
  each.forEach((f, i) => found.set(f, foundAt[i]));
  return { found, foundAt };
}

type Kept = OpportunityRanking & { limit: number; vocabulary: Vocabulary; needsChecked: number; suppliersChecked: number };

export class OpportunityRankings {
  private readonly kept = new Map<string, Kept>();

  constructor(private readonly engine: SearchEngine) {}

  /** The supplier's `limit` best needs among the candidates and their scores, best first. */
  async best(supplier: SupplierSearchDoc, own: Responsiveness | undefined, candidates: Candidates, limit: number): Promise<OpportunityRanking> {
    const kept = this.kept.get(supplier.id);
    const ranking = kept && kept.limit >= limit && this.holds(kept, supplier, own) ? kept : this.rank(supplier, own, candidates, Math.max(limit, KEPT));
    const { supplier: ranked, concepts, found, foundAt } = ranking;
    return { ids: ranking.ids.slice(0, limit), scores: ranking.scores.slice(0, limit), supplier: ranked, concepts, found, foundAt };
  }

  forget(supplierId: string): void {
    this.kept.delete(supplierId);
  }

  /** Brings the supplier's kept ranking up to date (ranks it when there is none), in the background. */
  async refresh(supplierId: string, responsiveness?: ResponsivenessLookup): Promise<void> {
    const [supplier] = await this.engine.get('suppliers', [supplierId]);
    if (!supplier) return this.forget(supplierId);
    const own = responsiveness ? (await responsiveness([supplierId])).get(supplierId) : undefined;
    await this.best(supplier, own, await currentCandidates(), KEPT);
  }

  keptSuppliers(): string[] {
    return [...this.kept.keys()];
  }

  /** Whether nothing since the ranking was last checked can alter it; if so it is marked checked up to now. */
  private holds(kept: Kept, supplier: SupplierSearchDoc, own: Responsiveness | undefined): boolean {
    if (kept.vocabulary !== vocabularyOf(this.engine)) return false;
    const [needsAt, suppliersAt] = [needChanges.position, supplierChanges.position];
    const suppliers = supplierChanges.since(kept.suppliersChecked);
    if (!suppliers || suppliers.has(supplier.id)) return false;
    const needs = needChanges.since(kept.needsChecked);
    if (!needs || (needs.size && affects(kept, [...needs], supplier, own, kept.vocabulary))) return false;
    kept.needsChecked = needsAt;
    kept.suppliersChecked = suppliersAt;
    return true;
  }

  private rank(supplier: SupplierSearchDoc, own: Responsiveness | undefined, candidates: Candidates, limit: number): Kept {
    const vocabulary = vocabularyOf(this.engine);
    const pairs = candidates.needs.map((n) => ({ need: analyseNeed(vocabulary, matchingView(n)), supplier, responsiveness: own, id: n._id.toHexString() }));
    const ranked = topPairs(pairs, limit, { oneSupplier: true });
    const reads = ranked.map((r) => r.pair.need);
    const kept: Kept = { ids: ranked.map((r) => r.pair.id), scores: ranked.map((r) => r.score), supplier, concepts: reads.map((n) => n.concepts), ...foundOfAll(reads, supplier), limit, vocabulary, needsChecked: needChanges.position, suppliersChecked: supplierChanges.position };
    this.kept.delete(supplier.id);
    if (this.kept.size >= SUPPLIERS_MAX) this.kept.delete(this.kept.keys().next().value!);
    this.kept.set(supplier.id, kept);
    return kept;
  }
}

/**
 * Whether changed needs can alter a ranking: one in it changed or left, or a changed one now scores at least its last
 * kept score. A ranking shorter than its limit held every candidate, so any change may add one.
 */
function affects(kept: Kept, changes: NeedChange[], supplier: SupplierSearchDoc, own: Responsiveness | undefined, vocabulary: Vocabulary): boolean {
  if (kept.ids.length < kept.limit) return true;
  const ids = new Set(kept.ids);
  const last = kept.scores.at(-1)!;
  return changes.some((c) =>
    'left' in c ? ids.has(c.left) : ids.has(c.entered._id.toHexString()) || pairScore(analyseNeed(vocabulary, matchingView(c.entered)), supplier, own) >= last,
  );
}

/** One set of kept opportunities per engine. */
const byEngine = new WeakMap<SearchEngine, OpportunityRankings>();

export function opportunityRankings(engine: SearchEngine): OpportunityRankings {
  let rankings = byEngine.get(engine);
  if (!rankings) byEngine.set(engine, (rankings = new OpportunityRankings(engine)));
  return rankings;
}
