// A supplier's words are read once per indexed document (match.score.ts keeps them by document), until now the
// first time a ranking reached it: after start-up at 10,000 suppliers, a need's first matches read hundreds of
// profiles (0.1–0.4 ms each) and a dashboard five times that. They are read ahead instead, in the background,
// whenever the embedded index changed; documents already read are skipped. Meilisearch hands out a fresh copy of a
// document with every answer, so there nothing can be kept ahead.
import { domainEvents } from '../../platform/events';
import type { SearchEngine } from '../../platform/search/port';
import { supplierWords } from './match.score';

/** Profiles read between two turns of the event loop (a few milliseconds), so requests are not held up. */
const BATCH = 25;
const EVERY_SUPPLIER = 1_000_000;

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/** Reads suppliers' words ahead after every index change until the returned function is called. */
export function readSuppliersAhead(engine: SearchEngine): () => void {
  if (engine.name !== 'embedded') return () => {};
  let running = false;
  let again = false;
  let stopped = false;
  const readAll = async () => {
    const { hits } = await engine.search('suppliers', { sort: 'newest', limit: EVERY_SUPPLIER, highlight: false });
    for (let i = 0; i < hits.length && !stopped; i += BATCH) {
      for (const doc of await engine.get('suppliers', hits.slice(i, i + BATCH).map((h) => h.id))) supplierWords(doc);
      await nextTurn();
    }
  };
  const run = async () => {
    if (running) return void (again = true);
    running = true;
    try {
      do {
        again = false;
        await readAll();
      } while (again && !stopped);
    } catch {
      // The index is being rebuilt or the engine closed: the next change reads ahead again.
    } finally {
      running = false;
    }
  };
  const listener = () => void run();
  domainEvents.on('search.updated', listener);
  return () => {
    stopped = true;
    domainEvents.off('search.updated', listener);
  };
}
