// Each published need's best match, as the SME's own match list ranks it (`matchSuppliers`, limit 1), reduced to
// "fair fit or not" and what the best match lacks. Ranking costs milliseconds per need, so thousands of needs are
// kept here per need version and computed incrementally: a new or edited need is ranked on the next request; after
// the supplier index changes (`search.updated`) a need's entry is reused for up to STALE_MS more, so a burst of
// profile edits costs one pass over the needs rather than one per edit. Responsiveness (2 points at most) is left
// out: reading it for every candidate of every need would cost more than the ranking.
import type { Match } from '../../../shared/schemas/needs';
import type { SearchEngine } from '../../platform/search/port';
import { domainEvents } from '../../platform/events';
import { FIT_LEVELS, WEIGHTS } from '../matching/match.score';
import { matchSuppliers } from '../matching/match.service';
import { needForMatching } from '../needs/need.service';
import type { NeedFields } from '../needs/need.model';
import type { BestFit, Gap } from './insights.tables';

const STALE_MS = 10 * 60_000;
/** Needs ranked between yields to the event loop, so other requests are served during a long first pass. */
const BATCH = 20;

type Entry = { fit: BestFit; version: number; indexGeneration: number; at: number };

let indexGeneration = 0;
domainEvents.on('search.updated', () => void indexGeneration++);

const entries = new Map<string, Entry>();

/** The least a need's best match must reach to count as matched: the matcher's "fair" label. */
export const FAIR_FIT = FIT_LEVELS.find((l) => l.fit === 'fair')!;

/** What the best match lacks, from the reasons the matcher gives: the recruiting gap the council can act on. */
export function gapsOf(best: Match | undefined): Gap[] {
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
  const [best] = await matchSuppliers(search, needForMatching(need), { limit: 1, lang: 'en' });
  return { fair: !!best && best.fit !== 'weak', gaps: best?.fit === 'weak' || !best ? gapsOf(best) : [] };
}

function fresh(entry: Entry | undefined, version: number): entry is Entry {
  if (!entry || entry.version !== version) return false;
  return entry.indexGeneration === indexGeneration || performance.now() - entry.at < STALE_MS;
}

/** Best fits of the given needs, ranking only those not known for their current version. */
export async function bestFits(search: SearchEngine, needs: RankableNeed[]): Promise<Map<string, BestFit>> {
  const fits = new Map<string, BestFit>();
  let ranked = 0;
  for (const need of needs) {
    const id = need._id.toHexString();
    const version = need.updatedAt.getTime();
    const entry = entries.get(id);
    if (fresh(entry, version)) {
      fits.set(id, entry.fit);
      continue;
    }
    const generation = indexGeneration;
    const fit = await rank(search, need);
    entries.set(id, { fit, version, indexGeneration: generation, at: performance.now() });
    fits.set(id, fit);
    if (++ranked % BATCH === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  return fits;
}
