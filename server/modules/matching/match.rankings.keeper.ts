// Keeps the open needs' rankings (match.rankings.ts) and the linked suppliers' opportunities
// (opportunities.rankings.ts) current in the background, so that requests find them ready: all are ranked after
// the index is (re)built, a need is ranked again when it is saved, and the kept rankings are checked against every
// change (only those it affects are ranked again). One ranking at a time between turns of the event loop, so
// requests are served meanwhile.
import { domainEvents } from '../../platform/events';
import { returnFreedMemory } from '../../platform/memory';
import type { SearchEngine } from '../../platform/search/port';
import { linkedSupplierIds } from '../accounts';
import { openNeedsForMatching } from '../needs';
import { needRankings, type RankableNeed } from './match.rankings';
import { opportunityRankings } from './opportunities.rankings';
import type { ResponsivenessLookup } from './match.service';

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/** Keeps rankings current until the returned function is called. */
export function keepRankings(engine: SearchEngine, responsiveness?: ResponsivenessLookup): () => void {
  const rankings = needRankings(engine, responsiveness);
  const opportunities = opportunityRankings(engine);
  const work = { all: false, check: false, needs: new Set<string>() };
  let running: Promise<void> | undefined;
  let stopped = false;

  const each = async (needs: RankableNeed[]) => {
    // The changed suppliers are read once per pass for all the rankings last checked at the same point.
    const shared = new Map<number, ReturnType<typeof rankings.changedSince>>();
    const changedSince = (position: number) => {
      let changed = shared.get(position);
      if (!changed) shared.set(position, (changed = rankings.changedSince(position)));
      return changed;
    };
    for (const need of needs) {
      if (stopped) return;
      await rankings.refresh(need, changedSince);
      await nextTurn();
    }
  };

  const eachSupplier = async (ids: string[]) => {
    for (const id of ids) {
      if (stopped) return;
      await opportunities.refresh(id, responsiveness);
      await nextTurn();
    }
  };

  const pass = async () => {
    while (!stopped && pending()) {
      if (work.all) {
        work.all = false;
        work.needs.clear();
        const open = await openNeedsForMatching();
        const ids = new Set(open.map((n) => n.id));
        for (const kept of rankings.keptNeeds()) if (!ids.has(kept.id)) rankings.forget(kept.id);
        await each(open);
        await eachSupplier(await linkedSupplierIds());
        // Ranking thousands of needs leaves a large heap of garbage: collected now, in one pause, rather than by
        // the first requests after it (150–170 ms measured at 10,000 suppliers).
        if (!stopped) returnFreedMemory();
      } else if (work.needs.size) {
        const ids = [...work.needs];
        work.needs.clear();
        const open = await openNeedsForMatching(ids);
        const found = new Set(open.map((n) => n.id));
        for (const id of ids) if (!found.has(id)) rankings.forget(id);
        await each(open);
        await eachSupplier(opportunities.keptSuppliers());
      } else {
        work.check = false;
        await each(rankings.keptNeeds());
        await eachSupplier(opportunities.keptSuppliers());
      }
    }
  };

  const pending = () => work.all || work.check || work.needs.size > 0;
  const run = (): void => {
    if (running || stopped) return;
    // A pass that fails (the engine or the database closing) ends; the next change starts another.
    running = pass()
      .catch(() => undefined)
      .finally(() => {
        running = undefined;
        if (pending()) run();
      });
  };
  const listeners = {
    'search.updated': (ids?: string[]) => {
      if (!ids) work.all = true;
      else if (ids.length) work.check = true;
      run();
    },
    'responsiveness.changed': () => {
      work.check = true;
      run();
    },
    'needs.changed': (ids: string[]) => {
      if (!ids.length) work.all = true;
      for (const id of ids) work.needs.add(id);
      run();
    },
    'synonyms.changed': () => {
      work.all = true;
      run();
    },
  };
  for (const [event, fn] of Object.entries(listeners)) domainEvents.on(event as 'needs.changed', fn as (ids: string[]) => void);
  return () => {
    stopped = true;
    for (const [event, fn] of Object.entries(listeners)) domainEvents.off(event as 'needs.changed', fn as (ids: string[]) => void);
  };
}
