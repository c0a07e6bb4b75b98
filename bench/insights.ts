// Market insights (issue 18) at 10,000 suppliers and 5,000 published needs over two years, with inquiries and
// quotes: the curators' figures cold (every need ranked once), warm (cached), for another filter (needs' best
// fits reused), after one need changes (one need re-ranked), and the public market and cost tables. In process,
// on the embedded FerretDB and search engine. Prints figures; never asserts.
// `npm run bench -- insights [suppliers] [needs]` (smaller markets for a quick look).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import mongoose from 'mongoose';
import { loadConfig } from '../server/config';
import { createLogger } from '../server/platform/log/logger';
import { bulkWriteInChunks } from '../server/platform/db/bulk';
import { startPlatform } from '../server/runtime';
import { importSuppliers } from '../server/modules/imports/import.service';
import { InquiryModel, QuoteModel } from '../server/modules/inquiries/inquiry.model';
import { marketData } from '../server/modules/insights/insights.data';
import { curatorInsights, projectCosts, publicMarket } from '../server/modules/insights/insights.service';
import { NeedModel } from '../server/modules/needs/need.model';
import { APPLICATION_AREA_KEYS, BUDGET_BAND_KEYS, READINESS_KEYS, SECTOR_KEYS } from '../shared/taxonomy';
import { domainEvents } from '../server/platform/events';
import { generateMarket } from '../seed/generate';
import { line } from './lib';
import { NEED_TEXTS } from './need-texts';


const pick = <T>(items: readonly T[], n: number) => items[n % items.length]!;
const id = () => new mongoose.Types.ObjectId();
const DAY = 86_400_000;

async function seedDemand(needs: number, supplierIds: mongoose.Types.ObjectId[]): Promise<void> {
  const now = Date.now();
  const needDocs = Array.from({ length: needs }, (_, n) => {
    const [title, description] = pick(NEED_TEXTS, n);
    const at = new Date(now - ((n * 7919) % 730) * DAY);
    return {
      _id: id(), organisationId: id(), createdBy: id(), status: n % 10 === 0 ? 'closed' : 'published',
      title: `${title} ${n % 97}`, description, sector: pick(SECTOR_KEYS, n * 7), applicationAreas: [pick(APPLICATION_AREA_KEYS, n * 3)],
      budgetBand: pick(BUDGET_BAND_KEYS.slice(0, 6), n * 5), readiness: n % 4 === 3 ? undefined : pick(READINESS_KEYS, n),
      publishedAt: at, createdAt: at, updatedAt: at,
    };
  });
  await bulkWriteInChunks(NeedModel, needDocs.map((document) => ({ insertOne: { document } })));
  // Two inquiries for every three needs, half answered, a quote for a third of them, a tenth of quotes accepted.
  const inquiries = needDocs.filter((_, n) => n % 3 !== 2).map((need, n) => {
    const at = new Date(need.publishedAt.getTime() + DAY);
    return {
      _id: id(), smeOrganisationId: need.organisationId, supplierId: pick(supplierIds, n * 13), needId: need._id, subject: need.title,
      lastMessageAt: at, lastMessageSide: 'sme', firstReplyAt: n % 2 ? new Date(at.getTime() + (n % 72) * 3_600_000) : undefined, createdAt: at, updatedAt: at,
    };
  });
  await bulkWriteInChunks(InquiryModel, inquiries.map((document) => ({ insertOne: { document } })));
  const quotes = inquiries.filter((_, n) => n % 3 === 0).map((inq, n) => ({
    _id: id(), inquiryId: inq._id, needId: inq.needId, supplierId: inq.supplierId, smeOrganisationId: inq.smeOrganisationId,
    scope: 'Pilot', dataRequired: 'Samples', timeline: '8 weeks', priceHKD: 200_000, validUntil: new Date(now + 30 * DAY),
    status: n % 10 === 0 ? 'accepted' : 'pending', decidedAt: n % 10 === 0 ? new Date(inq.createdAt.getTime() + 5 * DAY) : undefined,
    createdAt: new Date(inq.createdAt.getTime() + 2 * DAY), updatedAt: new Date(inq.createdAt.getTime() + 2 * DAY),
  }));
  await bulkWriteInChunks(QuoteModel, quotes.map((document) => ({ insertOne: { document } })));
  line('demand', `${needs} needs, ${inquiries.length} inquiries, ${quotes.length} quotes`);
}

async function timed<T>(label: string, run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const value = await run();
  line(label, `${(performance.now() - started).toFixed(0)} ms`);
  return value;
}

export async function benchInsights(): Promise<void> {
  const suppliers = Number(process.argv[3] ?? 10_000);
  const needs = Number(process.argv[4] ?? 5_000);
  process.stdout.write(`\n== Insights (${suppliers} suppliers, ${needs} needs) ==\n`);
  const dataDir = await mkdtemp(path.join(tmpdir(), 'aibridge-bench-insights-'));
  const platform = await startPlatform(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }), createLogger('silent'));
  try {
    const seeded = performance.now();
    await importSuppliers(generateMarket({ seed: 13, suppliers }).suppliers);
    await platform.indexer.settled();
    line(`seed ${suppliers} suppliers`, `${((performance.now() - seeded) / 1000).toFixed(1)} s`);
    const supplierIds = (await mongoose.connection.collection('suppliers').find({}, { projection: { _id: 1 } }).toArray()).map((s) => s._id as mongoose.Types.ObjectId);
    await seedDemand(needs, supplierIds);

    const search = platform.search;
    await timed('first read of the records (suppliers, needs, inquiries, quotes, case studies)', () => marketData());
    const cpu = process.cpuUsage();
    const started = performance.now();
    const first = await timed('curator insights, 24 months, first request (answers within 2 s)', () => curatorInsights(search, { period: '24m' }));
    line('  needs still being ranked then', String(first.pendingNeeds));
    let done = first;
    while (done.pendingNeeds) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      done = await curatorInsights(search, { period: '24m' });
    }
    const used = process.cpuUsage(cpu);
    line('  every need ranked after', `${((performance.now() - started) / 1000).toFixed(1)} s (CPU in this process ${((used.user + used.system) / 1000).toFixed(0)} ms)`);
    const unmet = done.tables.find((t) => t.key === 'unmet')!.rows.reduce((sum, r) => sum + (r.values[1] ?? 0), 0);
    line('  open needs below a fair fit', String(unmet));
    await timed('curator insights, same filter, warm', () => curatorInsights(search, { period: '24m' }));
    await timed('curator insights, 12 months × manufacturing (best fits reused)', () => curatorInsights(search, { period: '12m', sector: 'manufacturing' }));
    await timed('curator insights, same filter, cached', () => curatorInsights(search, { period: '24m' }));
    const one = await NeedModel.findOne({ status: 'published' });
    one!.title = `${one!.title} (edited)`;
    await one!.save(); // as the app saves a need: the save names it, so only it is read and ranked again
    await timed('curator insights after one need was edited (reads and ranks that need)', () => curatorInsights(search, { period: '24m' }));
    domainEvents.emit('search.updated');
    await timed('curator insights after the supplier index changed (kept fits shown, re-ranked in the background)', () => curatorInsights(search, { period: '24m' }));
    await timed('public market overview', () => publicMarket());
    await timed('project costs', () => projectCosts());
    line('heap used', `${(process.memoryUsage().heapUsed / 1_048_576).toFixed(0)} MB`);
  } finally {
    await platform.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
