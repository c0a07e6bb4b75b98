// Explained matches depend only on the need, the indexed suppliers and their responsiveness. Ranking ~450
// candidates costs milliseconds, and an SME reopens the same results many times, so they are kept per need
// version until the index or any supplier's responsiveness changes (in-process events), and at most MAX_AGE_MS
// in case the index was changed by another process (`npm run reindex` against Meilisearch).
import type { Match } from '../../../shared/schemas/needs';
import { domainEvents } from '../../platform/events';

const MAX_ENTRIES = 2_000;
const MAX_AGE_MS = 60_000;

type Entry = { matches: Match[]; at: number; generation: number };

/** Bumped by every change that can alter any ranking; one listener per process, however many apps run. */
let generation = 0;
const changed = () => void generation++;
domainEvents.on('search.updated', changed);
domainEvents.on('responsiveness.changed', changed);

export class MatchCache {
  private readonly entries = new Map<string, Entry>();

  /** `key` must change whenever the need does (it carries the need's version). */
  async get(key: string, compute: () => Promise<Match[]>): Promise<Match[]> {
    const hit = this.entries.get(key);
    if (hit && hit.generation === generation && performance.now() - hit.at < MAX_AGE_MS) return hit.matches;
    const started = generation;
    const matches = await compute();
    // Computed while the index changed: correct for this caller, but not worth keeping.
    if (started !== generation) return matches;
    this.entries.delete(key);
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { matches, at: performance.now(), generation });
    return matches;
  }
}
