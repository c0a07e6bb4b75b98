// Keeps the search engine in step with the database. Writes never wait for or fail because of search:
// changes are queued, and whatever could not be indexed is retried until the engine answers again.
import mongoose from 'mongoose';
import type { Logger } from '../../platform/log/logger';
import { domainEvents } from '../../platform/events';
import { returnFreedMemory } from '../../platform/memory';
import type { IndexName, SearchEngine } from '../../platform/search/port';
import { CaseStudyModel } from '../cases';
import { reviewSummaries } from '../reviews';
import { SupplierModel } from '../suppliers';
import { caseDocument, supplierDocument, type CaseSummary, type CaseSupplier } from './search.documents';

const RETRY_MS = 5_000;
const BATCH = 1_000;
/** Records per database read while rebuilding. */
const READ_BATCH = 500;
/** Above this many queued changes a full rebuild is cheaper: on FerretDB every `$in` lookup scans the collection. */
const REBUILD_ABOVE = 500;

export type RebuildProgress = (index: IndexName, done: number, total: number) => void;
/**
 * `signal`: a stop (the server closing during a start-up build) ends the rebuild at once, with the signal's
 * reason: the engine keeps what it held before (both engines swap a rebuilt index in only once it is whole).
 */
export type RebuildOptions = { onProgress?: RebuildProgress; signal?: AbortSignal };

/**
 * Builds both indexes from the database, replacing what the engine held. Reads with cursors in batches, so
 * memory holds one batch of records (plus a short summary per supplier), never whole collections. Case
 * studies, the largest collection, are read once: suppliers' names first, then the case studies (indexed, and
 * summarised per supplier), then the suppliers with their summaries.
 */
export async function rebuildIndexes(engine: SearchEngine, { onProgress, signal }: RebuildOptions = {}): Promise<{ suppliers: number; cases: number }> {
  const owners = new Map<string, CaseSupplier>();
  // Totals for progress from the suppliers' own counters: any count of case studies scans them on FerretDB.
  const estimated = { suppliers: 0, cases: 0 };
  const ownerFields = { name: 1, nameZh: 1, verified: 1, caseStudyCount: 1 };
  const summaries = new Map<string, CaseSummary[]>();
  const counts = { suppliers: 0, cases: 0 };

  const caseDocs = async function* () {
    for await (const batch of batches(SupplierModel.find({}, ownerFields).lean().cursor({ batchSize: READ_BATCH }), signal)) {
      for (const s of batch) {
        owners.set(s._id.toHexString(), { _id: s._id, name: s.name, nameZh: s.nameZh, verified: s.verified });
        estimated.suppliers++;
        estimated.cases += s.caseStudyCount ?? 0;
      }
    }
    for await (const batch of batches(CaseStudyModel.find({ status: 'published' }).lean().cursor({ batchSize: READ_BATCH }), signal)) {
      const docs = batch.flatMap((c) => {
        const owner = owners.get(c.supplierId.toHexString());
        if (!owner) return [];
        const key = owner._id.toHexString();
        if (!summaries.has(key)) summaries.set(key, []);
        summaries.get(key)!.push({ title: c.title, titleZh: c.titleZh, outcome: c.outcome, outcomeZh: c.outcomeZh });
        return [caseDocument(c, owner)];
      });
      yield docs;
      counts.cases += docs.length;
      onProgress?.('cases', counts.cases, Math.max(counts.cases, estimated.cases));
    }
    onProgress?.('cases', counts.cases, counts.cases);
    owners.clear();
  };
  // Both rebuilds begin at once (an engine's first build then answers neither index half-built), but the
  // suppliers' documents need the case summaries: they are read once the case studies are indexed.
  const casesIndexed = engine.replaceAll('cases', caseDocs());
  const supplierDocs = async function* () {
    await casesIndexed;
    const reviews = await reviewSummaries();
    for await (const batch of batches(SupplierModel.find().lean().cursor({ batchSize: READ_BATCH }), signal)) {
      yield batch.map((s) => supplierDocument(s, summaries.get(s._id.toHexString()) ?? [], reviews.get(s._id.toHexString())));
      counts.suppliers += batch.length;
      onProgress?.('suppliers', counts.suppliers, Math.max(counts.suppliers, estimated.suppliers));
    }
  };
  const suppliersIndexed = engine.replaceAll('suppliers', supplierDocs());
  await Promise.all([casesIndexed, suppliersIndexed]);
  // Reading and indexing every record churned through several times the index's size in short-lived objects.
  returnFreedMemory();
  return counts;
}

/**
 * The cursor's records in batches, reading the next batch while the caller indexes this one: the database
 * runs in its own process, so reading and indexing overlap. A stop (`signal`) ends it at once, not after the read
 * under way (up to a second or two on a loaded machine).
 */
async function* batches<T>(cursor: AsyncIterable<T>, signal?: AbortSignal): AsyncIterable<T[]> {
  const records = cursor[Symbol.asyncIterator]();
  let next = readBatch(records);
  try {
    for (;;) {
      const batch = await untilAborted(next, signal);
      if (batch.length === 0) return;
      next = readBatch(records);
      yield batch;
    }
  } finally {
    // Abandoned by a caller that failed: a read already under way must not become an unhandled rejection.
    next.catch(() => undefined);
  }
}

/** `work`'s outcome, or the abort as soon as `signal` aborts (the work goes on unheeded). */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  signal.throwIfAborted();
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(signal.reason);
    signal.addEventListener('abort', abort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

async function readBatch<T>(records: AsyncIterator<T>): Promise<T[]> {
  const batch: T[] = [];
  while (batch.length < READ_BATCH) {
    const r = await records.next();
    if (r.done) break;
    batch.push(r.value);
  }
  return batch;
}

export class SearchIndexer {
  private pending = { suppliers: new Set<string>(), cases: new Set<string>() };
  private flushing: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly listeners: [string, (ids: string[]) => void][];
  /** Cuts a rebuild under way short when the platform closes (it reads the database being closed). */
  private readonly stopping = new AbortController();

  constructor(private readonly engine: SearchEngine, private readonly log: Logger) {
    this.listeners = [
      ['suppliers.changed', (ids) => this.queue('suppliers', ids)],
      ['suppliers.removed', (ids) => this.queue('suppliers', ids)],
      ['cases.changed', (ids) => this.queue('cases', ids)],
      ['cases.removed', (ids) => this.queue('cases', ids)],
    ];
    for (const [event, fn] of this.listeners) domainEvents.on(event as 'suppliers.changed', fn);
  }

  stop(): void {
    this.stopping.abort();
    for (const [event, fn] of this.listeners) domainEvents.off(event as 'suppliers.changed', fn);
    clearTimeout(this.timer);
    clearTimeout(this.rebuildTimer);
  }

  private rebuildTimer: NodeJS.Timeout | undefined;

  /**
   * A start-up build that failed (the engine was down) is retried until it succeeds; meanwhile search
   * answers degraded from the database.
   */
  rebuildLater(delayMs = RETRY_MS): void {
    clearTimeout(this.rebuildTimer);
    this.rebuildTimer = setTimeout(async () => {
      try {
        const counts = await rebuildIndexes(this.engine, { signal: this.stopping.signal });
        domainEvents.emit('search.updated');
        this.log.info(counts, 'search indexes built (after an earlier failure)');
      } catch (err) {
        if (this.stopping.signal.aborted) return;
        this.log.warn({ err }, 'search index build failed again; will retry');
        this.rebuildLater(delayMs);
      }
    }, delayMs);
    this.rebuildTimer.unref();
  }

  /** Resolves when every queued change has been indexed (or has failed and been re-queued). */
  async settled(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  private queue(index: IndexName, ids: string[]): void {
    for (const id of ids) this.pending[index].add(id);
    this.flushing ??= this.flush().finally(() => (this.flushing = undefined));
  }

  /** Works until nothing is queued; on a failure puts the work back and retries later. */
  private async flush(): Promise<void> {
    while (this.pending.suppliers.size || this.pending.cases.size) {
      const work = this.take();
      try {
        if (work.rebuild) await rebuildIndexes(this.engine, { signal: this.stopping.signal });
        else for (const index of ['suppliers', 'cases'] as const) if (work[index].length) await this.sync(index, work[index]);
        domainEvents.emit('search.updated', work.rebuild ? undefined : work.suppliers);
      } catch (error) {
        if (this.stopping.signal.aborted) return;
        for (const index of ['suppliers', 'cases'] as const) for (const id of work[index]) this.pending[index].add(id);
        this.log.warn({ err: error, rebuild: work.rebuild }, 'search index update failed; will retry');
        this.retryLater();
        return;
      }
    }
  }

  /** The next piece of work: a batch of ids per index, or everything as one rebuild when much is queued. */
  private take(): { rebuild: boolean; suppliers: string[]; cases: string[] } {
    const rebuild = this.pending.suppliers.size + this.pending.cases.size > REBUILD_ABOVE;
    const batch = (set: Set<string>) => {
      const ids = rebuild ? [...set] : [...set].slice(0, BATCH);
      for (const id of ids) set.delete(id);
      return ids;
    };
    return { rebuild, suppliers: batch(this.pending.suppliers), cases: batch(this.pending.cases) };
  }

  private retryLater(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.queue('suppliers', []), RETRY_MS);
    this.timer.unref();
  }

  private async sync(index: IndexName, ids: string[]): Promise<void> {
    const objectIds = ids.map((id) => new mongoose.Types.ObjectId(id));
    if (index === 'suppliers') await this.syncSuppliers(ids, objectIds);
    else await this.syncCases(ids, objectIds);
  }

  private async syncSuppliers(ids: string[], objectIds: mongoose.Types.ObjectId[]): Promise<void> {
    const suppliers = await SupplierModel.find({ _id: { $in: objectIds } }).lean();
    const cases = await CaseStudyModel.find({ supplierId: { $in: objectIds }, status: 'published' }).lean();
    const bySupplier = Map.groupBy(cases, (c) => c.supplierId.toHexString());
    const reviews = await reviewSummaries(ids);
    const found = new Set(suppliers.map((s) => s._id.toHexString()));
    await this.engine.upsert('suppliers', suppliers.map((s) => supplierDocument(s, bySupplier.get(s._id.toHexString()) ?? [], reviews.get(s._id.toHexString()))));
    const gone = ids.filter((id) => !found.has(id));
    if (gone.length) await this.engine.remove('suppliers', gone);
  }

  private async syncCases(ids: string[], objectIds: mongoose.Types.ObjectId[]): Promise<void> {
    const cases = await CaseStudyModel.find({ _id: { $in: objectIds }, status: 'published' }).lean();
    const suppliers = await SupplierModel.find({ _id: { $in: cases.map((c) => c.supplierId) } }).lean();
    const supplierById = new Map(suppliers.map((s) => [s._id.toHexString(), s]));
    const docs = cases.flatMap((c) => {
      const s = supplierById.get(c.supplierId.toHexString());
      return s ? [caseDocument(c, s)] : [];
    });
    await this.engine.upsert('cases', docs);
    const published = new Set(docs.map((d) => d.id));
    const gone = ids.filter((id) => !published.has(id));
    if (gone.length) await this.engine.remove('cases', gone);
  }
}
