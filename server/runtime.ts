// Start-up and shutdown, shared by `npm start`, the command-line tools and the tests:
// configuration → database → search → (demo seed) → index → HTTP.
import type { Server } from 'node:http';
import path from 'node:path';
import { ROOT } from './platform/root';
import mongoose from 'mongoose';
import type { Config } from './config';
import { createApp } from './app';
import { openDatabase, type Database } from './platform/db/connection';
import type { Logger } from './platform/log/logger';
import { createSearchEngine } from './platform/search';
import type { SearchEngine } from './platform/search/port';
import { createMailer } from './platform/mail/mailer';
import { returnFreedMemoryWhenQuiet } from './platform/memory';
import { markRunning, type RunMarker } from './platform/unclean-stop';
import { connectInstances, type Instances } from './platform/redis';
import { relayDomainEvents } from './platform/redis/relay';
import { createInquiries, type InquiriesRuntime, repairThreads, responsivenessLookup } from './modules/inquiries';
import { sweepIdempotencyKeys } from './platform/http/idempotency.model';
import { type AuthContext, checkSessionsAhead, createAuthContext } from './modules/accounts';
import { confirmClaimsOf, fileClaimAtRegistration } from './modules/claims';
import { createInterests } from './modules/interests';
import { createShortlists } from './modules/shortlists';
import { warmMarketData } from './modules/insights';
import { keepRankings, readSuppliersAhead } from './modules/matching';
import { seedDemoMarket } from './modules/imports';
import { seedFundingSchemes } from './modules/funding';
import { backfillReviewQueue, noSuppliersYet, warmSupplierVersions } from './modules/suppliers';
import { warmKeptCases } from './modules/cases';
import { reviewPeople } from './modules/reviews';
import { helloRoutes } from './modules/health';
import { loadSynonyms, rebuildIndexes, SearchIndexer } from './modules/search';
import { domainEvents } from './platform/events';

export const VERSION = '0.1.0';
/** How long without requests counts as quiet, when memory freed while busy is handed back (platform/memory.ts). */
const QUIET_MS = 5_000;
/** How long start-up waits for the search index before it serves without it. */
const INDEX_WAIT_MS = 3_000;
/** Market insights read their records this long after start-up, once the start-up work is done. */
const WARM_INSIGHTS_AFTER_MS = 10_000;

export type Platform = { config: Config; log: Logger; database: Database; search: SearchEngine; indexer: SearchIndexer; instances: Instances; close(): Promise<void> };

/**
 * With other instances (REDIS_URL): their domain events reach this one, curators' synonyms reach this engine, and
 * after a lost connection to them the index is rebuilt from the database (their announcements may be lost).
 */
function followOtherInstances(instances: Instances, search: SearchEngine, indexer: SearchIndexer, log: Logger): () => void {
  if (!instances.shared) return () => {};
  const stopRelay = relayDomainEvents(instances.peers);
  const applySynonyms = (groups: string[][]) => void search.setSynonyms(groups).catch((err) => log.error({ err }, 'search synonyms could not be applied'));
  domainEvents.on('synonyms.changed', applySynonyms);
  instances.peers.onRejoin(() => indexer.rebuildLater(0));
  return () => {
    stopRelay();
    domainEvents.off('synonyms.changed', applySynonyms);
  };
}

/** Database and search, without HTTP: what the command-line tools need. */
export async function startPlatform(config: Config, log: Logger): Promise<Platform> {
  const database = await openDatabase({ uri: config.MONGODB_URI, dbName: config.MONGODB_DB, dataDir: config.dataDir, log });
  await Promise.all(Object.values(mongoose.models).map((model) => model.init())).catch(async (error: unknown) => {
    await database.close();
    throw database.explain(error);
  });
  database.indexLookups();
  const search = createSearchEngine({ meiliUrl: config.MEILI_URL, meiliKey: config.MEILI_MASTER_KEY, indexPrefix: config.MEILI_INDEX_PREFIX });
  await search.init().catch((err) => log.error({ err }, 'search engine not ready; search runs degraded until it is'));
  const instances = await connectInstances({ redisUrl: config.REDIS_URL, dbName: config.MONGODB_DB, log }).catch(async (error: unknown) => {
    await search.close();
    await database.close();
    throw error;
  });
  // Synonyms live in the database; an engine that is down gets them again when it is re-initialised. Seeded by
  // one instance at a time, so two starting together do not both seed the defaults.
  await instances.jobs
    .exclusive('synonyms-seed', () => loadSynonyms(search))
    .catch((err) => log.error({ err }, 'search synonyms could not be applied'));
  const indexer = new SearchIndexer(search, log);
  const stopFollowing = followOtherInstances(instances, search, indexer, log);
  return {
    config,
    log,
    database,
    search,
    indexer,
    instances,
    async close() {
      stopFollowing();
      indexer.stop();
      await instances.close();
      await search.close();
      await database.close();
    },
  };
}

/**
 * `accounts`: the accounts kept in memory, for checks a test must run now rather than on their timer.
 * `checkedAfterUncleanStop`: settles once the threads an unclean stop may have left half-written are checked (at once
 * after a clean stop).
 */
export type Running = Platform & { server: Server; url: string; inquiries: InquiriesRuntime; accounts: AuthContext['users']; checkedAfterUncleanStop: Promise<void> };

/**
 * After an unclean stop, checks the inquiry threads the stopped run could have left half-written, once the server
 * answers: until then (seconds at city scale) such a thread's list entry may show a stale message count or "last
 * message" mark; its messages themselves are always read whole. A check cut short by a stop or an error is done
 * again at the next start (the run marker keeps asking for it).
 */
async function repairAfterUncleanStop(run: RunMarker, signal: AbortSignal, log: Logger): Promise<void> {
  if (!run.uncleanSince) return;
  try {
    const threadsRepaired = await repairThreads(run.uncleanSince, run.startedAt, signal);
    await run.checked();
    log.warn({ threadsRepaired, since: run.uncleanSince }, 'the previous run did not stop cleanly; the threads it wrote are checked');
  } catch (err) {
    if (!signal.aborted) log.error({ err }, 'inquiry threads not checked after an unclean stop; the next start checks them');
  }
}

/** `indexWaitMs`: how long start-up waits for the search index (INDEX_WAIT_MS); a test of a stop during the build sets 0. */
export async function startServer(config: Config, log: Logger, { indexWaitMs = INDEX_WAIT_MS } = {}): Promise<Running> {
  const platform = await startPlatform(config, log);
  const run = await markRunning(config.dataDir, config.MONGODB_DB);
  // Ends the start-up work still under way (the index build, the repair) when the server closes.
  const stopping = new AbortController();
  let build: Promise<void> = Promise.resolve();
  let stopReadingAhead = () => {};
  let stopKeepingRankings = () => {};
  try {
    // One instance at a time: the second to start finds the market and the schemes there and seeds nothing.
    await platform.instances.jobs.exclusive('start-up-seed', async () => {
      if (config.DEMO_SEED && (await noSuppliersYet())) {
        const report = await seedDemoMarket(config.dataDir, config.DEMO_SEED_SUPPLIERS);
        log.info(report, 'seeded the demo market');
      }
      await seedFundingSchemes();
      await backfillReviewQueue();
    });
    await platform.indexer.settled();
    stopReadingAhead = readSuppliersAhead(platform.search);
    stopKeepingRankings = keepRankings(platform.search, responsivenessLookup);
    build = rebuildIndexes(platform.search, { signal: stopping.signal }).then(
      (counts) => {
        log.info(counts, 'search indexes built');
        domainEvents.emit('search.updated');
        // Profiles answer from the engine's copies once what checks them is read (supplier.indexed.ts). Not
        // waited for by close(): a read cut short by the stop is only a cache left empty.
        void Promise.all([warmSupplierVersions(), warmKeptCases()]).catch((err: unknown) => stopping.signal.aborted || log.warn({ err }, 'profile versions not read at start-up; the first profile reads them'));
      },
      (err) => {
        if (stopping.signal.aborted) return;
        log.error({ err }, 'search index build failed; retrying in the background');
        platform.indexer.rebuildLater();
      },
    );
    // A small market's index is built before the first request (tests and the demo see full results at once); a
    // city-scale one (25 s at 10,000 suppliers) goes on building while the database answers searches (degraded).
    await Promise.race([build, new Promise((resolve) => setTimeout(resolve, indexWaitMs).unref())]);
  } catch (error) {
    stopping.abort();
    stopReadingAhead();
    stopKeepingRankings();
    await build;
    await platform.close();
    await run.clear();
    throw error;
  }
  const mailer = createMailer({ smtpUrl: config.SMTP_URL, from: config.MAIL_FROM, log });
  const { instances } = platform;
  const auth = createAuthContext(config, mailer, { fileAtRegistration: fileClaimAtRegistration, confirmOf: confirmClaimsOf }, instances.counters);
  const stopFollowingAccounts = [
    auth.users.follow(instances.peers),
    auth.organisations.follow(instances.peers),
    checkSessionsAhead((userIds) => auth.users.rereadAll(userIds), instances.peers),
  ];
  reviewPeople.follow(instances.peers);
  for (const kept of [auth.users, auth.organisations]) {
    kept.warm().catch((err: unknown) => stopping.signal.aborted || log.warn({ err }, 'accounts not read at start-up; the first request reads them'));
  }
  const inquiries = createInquiries(config, mailer, auth.tokens.secret, log, instances, platform.search, auth.organisations);
  inquiries.start();
  const interests = createInterests(config, mailer, inquiries, log, instances);
  interests.start();
  const shortlists = createShortlists(instances, log);
  shortlists.start();
  const app = createApp({
    log,
    auth,
    search: platform.search,
    inquiries,
    interests,
    shortlists,
    outbox: mailer.kind === 'outbox' && config.NODE_ENV !== 'production',
    health: { database: platform.database, search: platform.search, version: VERSION },
    extraRoutes: config.BENCH_ROUTES ? [helloRoutes()] : [],
    clientDir: config.SERVE_CLIENT ? path.join(ROOT, 'dist', 'client') : undefined,
    trustProxy: config.TRUST_PROXY,
  });
  const server = app.listen(config.PORT, config.HOST);
  await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', reject));
  const stopReturningMemory = returnFreedMemoryWhenQuiet(server, QUIET_MS);
  const stopWarmingInsights = warmMarketData(WARM_INSIGHTS_AFTER_MS, (err) => log.warn({ err }, 'the market records for insights could not be read; the next request reads them'));
  const stopSweepingKeys = sweepIdempotencyKeys((err) => log.warn({ err }, 'expired Idempotency-Keys could not be swept'), instances.jobs);
  const repair = repairAfterUncleanStop(run, stopping.signal, log);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  return {
    ...platform,
    server,
    url: `http://${config.HOST}:${port}`,
    inquiries,
    accounts: auth.users,
    checkedAfterUncleanStop: repair,
    async close() {
      stopping.abort();
      stopReturningMemory();
      stopSweepingKeys();
      stopWarmingInsights();
      stopReadingAhead();
      stopKeepingRankings();
      inquiries.stop();
      interests.stop();
      shortlists.stop();
      stopFollowingAccounts.forEach((stop) => stop());
      await new Promise<void>((resolve) => server.close(() => resolve()));
      // Both read the database; the abort above ends them at once (the repair after the thread under way).
      await Promise.all([build, repair]);
      await platform.close();
      await run.clear();
    },
  };
}
