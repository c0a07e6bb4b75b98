// Hands memory freed by a burst of work back to the system. V8 13 (Node 24) keeps the heap pages a
// collection frees in a pool for reuse, and releases them only in a memory-reducing collection, which its
// memory reducer never started here: it kept judging the allocation rate high long after the process went
// quiet. After building the search indexes from 60,000 records the pool held ~200 MB, resident for good;
// after 10 s of uncached searches, 150 MB or more. A "last resort" collection releases the pool.
import type { Server } from 'node:http';
import v8 from 'node:v8';
import vm from 'node:vm';

type Collect = (options: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void;

let collect: Collect | undefined;

/**
 * Runs a full, memory-reducing garbage collection now (tens to hundreds of milliseconds, blocking: 415 ms
 * with 60,000 records indexed): call it after a large one-off job or when idle, never per request. The
 * collector function is V8's own.
 */
export function returnFreedMemory(): void {
  collect ??= (globalThis as { gc?: Collect }).gc ?? exposedCollector();
  collect({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}

/** The collector is only reachable as `gc` in a context created while --expose-gc is set. */
function exposedCollector(): Collect {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as Collect;
  v8.setFlagsFromString('--no-expose-gc');
  return gc;
}

/** Growth since the last release below which a quiet spell is not worth a full collection. */
const WORTH_RELEASING = 32 * 1024 * 1024;

/**
 * Does what V8's memory reducer should: once `server` has had no request for `quietMs` after serving some,
 * returns freed memory, if resident memory grew by more than 32 MB since the last time. The collection
 * blocks for a few hundred milliseconds with 60,000 records indexed (415 ms measured), so it runs only
 * when there is something to hand back. Returns a function that stops watching.
 */
export function returnFreedMemoryWhenQuiet(server: Server, quietMs: number): () => void {
  let lastRequest = 0;
  let served = false;
  let baseline = process.memoryUsage.rss();
  const onRequest = () => {
    lastRequest = performance.now();
    served = true;
  };
  server.on('request', onRequest);
  const timer = setInterval(() => {
    if (!served || performance.now() - lastRequest < quietMs) return;
    served = false;
    if (process.memoryUsage.rss() - baseline < WORTH_RELEASING) return;
    returnFreedMemory();
    baseline = process.memoryUsage.rss();
  }, Math.max(100, quietMs / 4)).unref();
  return () => {
    clearInterval(timer);
    server.off('request', onRequest);
  };
}

/**
 * Turns off V8's allocation-site pretenuring for this process; call it first thing, before the work it should cover.
 * V8 allocates an object literal's objects straight into the old generation once most of them outlived a minor
 * collection. Start-up ranks every need in batches that live that long, so the scoring's literals were pretenured,
 * and every later request's scoring then went to the old generation too (52 KB a supplier's opportunities, measured
 * with the sampling heap profiler): full collections every few seconds under load, their marking a sixth of a heavy
 * route's CPU. Not allowed in NODE_OPTIONS, so the process sets it itself, whoever starts it.
 */
export function keepShortLivedObjectsYoung(): void {
  v8.setFlagsFromString('--no-allocation-site-pretenuring');
}
