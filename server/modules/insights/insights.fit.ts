// Each published need's best match, as the SME's own match list ranks it (`matchSuppliers`, limit 1), reduced to
// "fair fit or not" and what the best match lacks. Ranking costs milliseconds per need, so thousands of needs are
// ranked once, in the background, and kept per need version: a new or edited need is queued when a request sees it,
// and the request waits at most WAIT_MS before answering with the needs still queued counted as pending. After the
// supplier index changes (`search.updated`) the kept fits are still shown and are re-ranked in the background, at
// most once every REFRESH_EVERY_MS, so a burst of profile edits costs one pass over the needs rather than one per
// edit. Responsiveness (2 points at most) is left out: reading it for every candidate of every need would cost
// more than the ranking.
import type { Match } from '../../../shared/schemas/needs';
import type { SearchEngine } from '../../platform/search/port';
import { domainEvents } from '../../platform/events';
import { analyseNeed, FIT_LEVELS, matchSuppliers, vocabularyOf, WEIGHTS } from '../matching';
import { needForMatching, type NeedFields } from '../needs';
import type { BestFit, Gap } from './insights.tables';

const WAIT_MS = 2_000;
const REFRESH_EVERY_MS = 10 * 60_000;
/** Needs ranked between yields to the event loop: each takes milliseconds, and other requests are served between them. */
const BATCH = 1;
/** Missing concepts kept per need: the heaviest few say what it is about. */
const MISSING_KEPT = 3;

type Entry = { fit: BestFit; version: number; indexGeneration: number };

let indexGeneration = 0;
domainEvents.on('search.updated', () => void indexGeneration++);

const entries = new Map<string, Entry>();
/** Bumped whenever a fit is stored: answers computed from older fits are not reused. */
let fitsVersion = 0;
let lastRefresh = Number.NEGATIVE_INFINITY;
const queue = new Map<string, RankableNeed>();
let running: Promise<void> | undefined;

/** The least a need's best match must reach to count as matched: the matcher's "fair" label. */
export const FAIR_FIT = FIT_LEVELS.find((l) => l.fit === 'fair')!;

export const fitsStamp = () => fitsVersion;

/** What the best match lacks, from the reasons the matcher gives: the recruiting gap the council can act on. */
function gapsOf(best: Match | undefined): Gap[] {
  if (!best) return ['capability', 'sectorExperience'];
  const codes = new Set(best.reasons.map((r) => r.code));
  const gaps: Gap[] = [];
  const relevance = (best.components.find((c) => c.key === 'relevance')?.points ?? 0) / WEIGHTS.relevance;
  if (relevance < FAIR_FIT.relevance) gaps.push('capability');
  if (codes.has('sector-missing')) gaps.push('sectorExperience');
  if (codes.has('budget-above') || codes.has('budget-below')) gaps.push('budget');
  if (codes.has('language-missing')) gaps.push('language');
  return gaps;
}

export type RankableNeed = NeedFields & { _id: { toHexString(): string } };

async function rank(search: SearchEngine, need: RankableNeed): Promise<BestFit> {
  const read = needForMatching(need);
  const [best] = await matchSuppliers(search, read, { limit: 1, lang: 'en' });
  if (best && best.fit !== 'weak') return { fair: true, gaps: [], missing: [] };
  // No candidate at all: everything the need asks for is missing.
  const missing = best ? best.concepts.missing : analyseNeed(vocabularyOf(search), read).concepts.map((c) => c.label);
  return { fair: false, gaps: gapsOf(best), missing: missing.slice(0, MISSING_KEPT) };
}

const versionOf = (need: RankableNeed) => need.updatedAt.getTime();

async function drain(search: SearchEngine): Promise<void> {
  let ranked = 0;
  for (const [id, need] of queue) {
    queue.delete(id);
    const generation = indexGeneration;
    entries.set(id, { fit: await rank(search, need), version: versionOf(need), indexGeneration: generation });
    fitsVersion++;
    if (++ranked % BATCH === 0) await new Promise((resolve) => setImmediate(resolve));
  }
}

/**
 * A ranking that fails (the search engine down, or closed at shutdown) ends the pass: the needs left stay pending
 * and the next request queues them again.
 */
function enqueue(search: SearchEngine, needs: RankableNeed[]): void {
  for (const need of needs) queue.set(need._id.toHexString(), need);
  if (queue.size && !running) {
    running = drain(search)
      .catch(() => queue.clear())
      .finally(() => (running = undefined));
  }
}

type Fits = { fits: Map<string, BestFit>; pending: number };

/** Best fits of the given needs: those known for the needs' current versions, and how many are still being ranked. */
export async function bestFits(search: SearchEngine, needs: RankableNeed[]): Promise<Fits> {
  const unknown = needs.filter((n) => entries.get(n._id.toHexString())?.version !== versionOf(n));
  enqueue(search, unknown);
  const stale = needs.filter((n) => entries.get(n._id.toHexString())?.indexGeneration !== indexGeneration);
  if (stale.length > unknown.length && performance.now() - lastRefresh >= REFRESH_EVERY_MS) {
    lastRefresh = performance.now();
    enqueue(search, stale);
  }
  if (unknown.length && running) await Promise.race([running, new Promise((resolve) => setTimeout(resolve, WAIT_MS).unref())]);
  const fits = new Map<string, BestFit>();
  for (const n of needs) {
    const entry = entries.get(n._id.toHexString());
    if (entry?.version === versionOf(n)) fits.set(n._id.toHexString(), entry.fit);
  }
  return { fits, pending: needs.length - fits.size };
}
