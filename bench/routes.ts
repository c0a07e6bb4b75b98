// Every GET route a page uses, at city scale (issue 16): 10 connections per route against a server child process on
// the seeded market (routes-seed.ts), ids, slugs and queries drawn at random for every request (no hot key), next to
// hello world on the same server in the same run. Prints a table and the routes that miss the targets, then
// start-to-ready, resident memory after the load, a need's first (uncached) matches, start-to-ready again after a
// kill -9 of the server and the client's first load.
// Prints figures; never asserts.
import { type ChildProcess, execFileSync } from 'node:child_process';
import { existsSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadConfig } from '../server/config';
import { resolveJwtSecret, signAccessToken } from '../server/modules/accounts/tokens';
import { refreshLookupStatistics } from '../server/platform/db/ferretdb-id-index';
import { ROOT } from '../server/platform/root';
import { LAYER_KEYS, SECTOR_KEYS } from '../shared/taxonomy';
import { childPids, CONNECTIONS, cpuMs, line, loadEach, rssMb, startServerProcess, stopProcess, waitForHealth, waitForQuiet, waitForSearchIndex, type Figures, type Request } from './lib';
import { seededMarket, type Persona, type Seeded } from './routes-seed';

const PORT = Number(process.env.BENCH_PORT ?? 3920);
const SECONDS_PER_ROUTE = 5;
const TARGET = { p95: 25, share: 0.2, searchP95: 5, searchShare: 0.3, firstMatchMs: 50, readyS: 10, rssMb: 400, clientKiB: 120 };

const rand = (n: number) => Math.floor(Math.random() * n);
const any = <T>(items: readonly T[]) => items[rand(items.length)]!;
const page = (max: number) => 1 + rand(max);

/** One letter of the longest word swapped for its neighbour's: a typical single typo. */
function typo(name: string): string {
  const word = name.split(' ').reduce((a, b) => (b.length > a.length ? b : a));
  const i = Math.floor(word.length / 2);
  return name.replace(word, word.slice(0, i) + (word[i + 1] ?? '') + word[i] + word.slice(i + 2));
}

/**
 * Every single typo of a word that keeps its first letter: a letter dropped, doubled, or swapped with the next one
 * ("North": "Nrth", "Noorth", "Nroth", …).
 */
function typos(word: string): string[] {
  const out = new Set<string>();
  for (let i = 1; i < word.length; i++) {
    out.add(word.slice(0, i) + word.slice(i + 1));
    out.add(word.slice(0, i) + word[i] + word.slice(i));
    if (i + 1 < word.length && word[i] !== word[i + 1]) out.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  }
  out.delete(word);
  return [...out];
}

/** Draws from a shuffled list without repeats (wrapping only after every item was used): no result-cache hits. */
function distinct(items: string[]): () => string {
  const list = [...new Set(items)].sort(() => Math.random() - 0.5);
  let next = 0;
  return () => list[next++ % list.length]!;
}

type Route = { label: string; search?: boolean; next: () => Request };

export function routes(seeded: Seeded, tokens: Map<string, string>): Route[] {
  const as = (p: Persona) => ({ authorization: `Bearer ${tokens.get(p.userId)}` });
  const sme = () => any(seeded.smes);
  const supplier = () => any(seeded.suppliers);
  const short = (n: string) => n.replace(/ (Limited|Ltd\.?|Company)$/i, '');
  const typoName = distinct(seeded.supplierNames.map((n) => typo(short(n))));
  const prefix = distinct(seeded.supplierNames.flatMap((n) => [3, 5, 7].map((k) => short(n).slice(0, k + (n.length % 3)))));
  // A topic and a typo'd place name. The names' first words are a few dozen districts: one typo of each gave 470
  // queries, repeated within a route's load (and cycling through the result cache); every typo of each gives thousands.
  const districts = [...new Set(seeded.supplierNames.map((n) => short(n).split(' ')[0]!))];
  const topic = distinct(TOPICS.flatMap((t) => districts.flatMap((d) => typos(d).map((x) => `${t} ${x}`))));
  const pub = (label: string, next: () => string, search = false): Route => ({ label, search, next: () => ({ path: next() }) });
  const signed = (label: string, who: () => Persona, next: (p: Persona) => string): Route => ({ label, next: () => { const p = who(); return { path: next(p), headers: as(p) }; } });
  return [
    pub('GET /api/suppliers (page, filter)', () => `/api/suppliers?page=${page(20)}${Math.random() < 0.5 ? `&sector=${any(SECTOR_KEYS)}` : ''}${Math.random() < 0.3 ? `&layer=${any(LAYER_KEYS)}` : ''}`),
    pub('GET /api/suppliers/:slug', () => `/api/suppliers/${any(seeded.supplierSlugs)}`),
    pub('GET /api/cases/:slug', () => `/api/cases/${any(seeded.caseSlugs)}`),
    pub('GET /api/showcases', () => `/api/showcases?page=${page(2)}&pageSize=${10 + rand(10)}`),
    pub('GET /api/showcases/:slug', () => `/api/showcases/${any(seeded.showcaseSlugs)}`),
    pub('GET /api/stats (home counts)', () => '/api/stats'),
    pub('GET /api/funding-schemes', () => '/api/funding-schemes'),
    pub('GET /api/search/suppliers?q=<typo>', () => `/api/search/suppliers?q=${encodeURIComponent(typoName())}`, true),
    pub('GET /api/search/cases?q=<topic>', () => `/api/search/cases?q=${encodeURIComponent(topic())}`, true),
    pub('GET /api/search/suggest?q=<prefix>', () => `/api/search/suggest?q=${encodeURIComponent(prefix())}`, true),
    signed('GET /api/me (SME)', sme, () => '/api/me'),
    signed('GET /api/dashboard (SME)', sme, () => '/api/dashboard?lang=en'),
    signed('GET /api/needs (my needs)', sme, () => '/api/needs'),
    signed('GET /api/needs/:id', sme, (p) => `/api/needs/${any((p as Seeded['smes'][number]).needIds)}`),
    signed('GET /api/needs/:id/matches', sme, (p) => `/api/needs/${any((p as Seeded['smes'][number]).needIds)}/matches?limit=10&lang=en`),
    signed('GET /api/needs/:id/quotes', sme, (p) => `/api/needs/${any((p as Seeded['smes'][number]).needIds)}/quotes`),
    signed('GET /api/needs/:id/interests', sme, (p) => `/api/needs/${any((p as Seeded['smes'][number]).interestNeedIds)}/interests?lang=en`),
    signed('GET /api/inquiries (SME)', sme, () => `/api/inquiries?page=${page(2)}`),
    signed('GET /api/inquiries (supplier)', supplier, () => `/api/inquiries?page=${page(2)}`),
    signed('GET /api/inquiries/:id (one thread)', sme, (p) => `/api/inquiries/${any((p as Seeded['smes'][number]).threadIds)}`),
    signed('GET /api/inquiries/unread', sme, () => '/api/inquiries/unread'),
    signed('GET /api/shortlists', sme, () => '/api/shortlists'),
    signed('GET /api/reviews/engagements', sme, () => '/api/reviews/engagements'),
    signed('GET /api/opportunities (supplier)', supplier, () => '/api/opportunities?limit=20&lang=en'),
    signed('GET /api/interests (supplier)', supplier, () => '/api/interests'),
    signed('GET /api/suppliers/:slug/cases (supplier)', supplier, (p) => `/api/suppliers/${(p as Seeded['suppliers'][number]).supplierId}/cases`),
    signed('GET /api/me/export (SME)', sme, () => '/api/me/export'),
    signed('GET /api/curation/cases', () => seeded.curator, () => `/api/curation/cases?page=${page(3)}`),
    signed('GET /api/curation/profiles', () => seeded.curator, () => `/api/curation/profiles?page=${page(3)}`),
    signed('GET /api/curation/showcases', () => seeded.curator, () => `/api/curation/showcases?page=${page(2)}`),
    signed('GET /api/curation/claims', () => seeded.curator, () => `/api/curation/claims?page=${page(2)}`),
    signed('GET /api/inquiries/reported', () => seeded.curator, () => `/api/inquiries/reported?page=${page(2)}`),
    signed('GET /api/reviews/reported', () => seeded.curator, () => `/api/reviews/reported?page=${page(2)}`),
  ];
}

const TOPICS = ['chatbot', 'computer vision', 'demand forecasting', 'OCR', 'fraud', 'translation', 'predictive maintenance', 'speech', '客服', '預測'];

/** Access tokens live at most 15 minutes (the server checks): the whole table takes about four. */
export function mintTokens(dataDir: string, seeded: Seeded): Map<string, string> {
  const secret = resolveJwtSecret(loadConfig({ DATA_DIR: dataDir }));
  const all: Persona[] = [...seeded.smes, ...seeded.suppliers, seeded.curator];
  return new Map(all.map((p) => [p.userId, signAccessToken({ secret, accessSeconds: 900 }, { sub: p.userId, sid: p.sessionId, role: p.role, sv: 0 })]));
}

/** Gzipped bytes of the built client's entry chunk plus every chunk index.html preloads (its static imports). */
function clientFirstLoadKiB(): { kib: number; files: number } {
  const dir = path.join(ROOT, 'dist', 'client');
  if (!existsSync(path.join(dir, 'index.html'))) execFileSync('npm', ['run', 'build:client'], { cwd: ROOT, stdio: 'ignore' });
  const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="([^"]+\.js)"/g)].map((m) => m[1]!);
  const bytes = [...new Set(scripts)].reduce((sum, src) => sum + gzipSync(readFileSync(path.join(dir, src))).length, 0);
  return { kib: bytes / 1024, files: new Set(scripts).size };
}

async function firstMatches(base: string, seeded: Seeded, tokens: Map<string, string>): Promise<number[]> {
  const times: number[] = [];
  for (const sme of seeded.smes.slice(-12)) {
    const started = performance.now();
    const res = await fetch(`${base}/api/needs/${sme.needIds[0]}/matches?limit=10&lang=en`, { headers: { authorization: `Bearer ${tokens.get(sme.userId)}` } });
    await res.arrayBuffer();
    if (!res.ok) process.stdout.write(`  check: matches answered ${res.status}\n`);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

/** A request that reads the database by an index: its time when idle tells when queued work is done. */
async function probeMs(base: string, seeded: Seeded): Promise<number> {
  const started = performance.now();
  await (await fetch(`${base}/api/cases/${any(seeded.caseSlugs)}`)).arrayBuffer();
  return performance.now() - started;
}

/**
 * Waits until the server and its database have finished the requests a slow route left queued when its load
 * stopped (the probe answers within twice its idle time three times running, or two minutes passed), so that
 * they do not slow the next route's figures.
 */
async function drained(base: string, seeded: Seeded, idleMs: number): Promise<void> {
  const deadline = performance.now() + 120_000;
  for (let quick = 0; quick < 3 && performance.now() < deadline; ) {
    quick = (await probeMs(base, seeded)) <= 2 * idleMs + 5 ? quick + 1 : 0;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const load1 = () => `load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`;

export async function benchRoutes(): Promise<void> {
  process.stdout.write('\n== Routes ==\n');
  const { dataDir, seeded } = await seededMarket();
  const tokens = mintTokens(dataDir, seeded);
  // As a server that has run a day has them (it takes them again daily): statistics of the data as seeded.
  await refreshLookupStatistics(path.join(dataDir, 'db'), loadConfig({ DATA_DIR: dataDir }).MONGODB_DB);
  const started = performance.now();
  // The server's warnings and errors go to a file beside the data, for a route that fails.
  const serverLog = openSync(path.join(dataDir, 'server.log'), 'w');
  const start = () => startServerProcess({ DATA_DIR: dataDir, PORT: String(PORT), DEMO_SEED: 'false', BENCH_ROUTES: 'true' }, serverLog);
  let child = start();
  const base = `http://127.0.0.1:${PORT}`;
  try {
    await waitForHealth(base, 600_000);
    const readyS = (performance.now() - started) / 1000;
    line('server start to ready (answers requests)', `${readyS.toFixed(1)} s (${load1()})`);
    await waitForSearchIndex(base);
    line('server start to search index built', `${((performance.now() - started) / 1000).toFixed(1)} s (until then the database answers searches)`);
    const quietMs = await waitForQuiet([child.pid!, ...(await childPids(child.pid!))]);
    line('then the server and FerretDB went quiet after', `${(quietMs / 1000).toFixed(1)} s more (start-up work: the insights warm-up reads every supplier)`);
    const matchTimes = await firstMatches(base, seeded, tokens);
    // BENCH_ROUTES_ONLY (a case-insensitive pattern) loads only the routes whose label matches it.
    const only = process.env.BENCH_ROUTES_ONLY ? new RegExp(process.env.BENCH_ROUTES_ONLY, 'i') : null;
    const all = routes(seeded, tokens).filter((r) => !only || only.test(r.label));
    for (const route of all) {
      const { path: p, headers } = route.next();
      const res = await fetch(base + p, { headers });
      if (!res.ok) process.stdout.write(`  check: ${p} answered ${res.status} ${(await res.text()).slice(0, 160)}\n`);
      else await res.arrayBuffer();
    }
    process.stdout.write(`autocannon: ${CONNECTIONS} connections, ${SECONDS_PER_ROUTE} s per route, loopback; a random id, slug or query per request (${load1()})\n`);
    const probes: number[] = [];
    for (let i = 0; i < 9; i++) probes.push(await probeMs(base, seeded));
    const idleMs = probes.sort((a, b) => a - b)[4]!;
    const hello = await loadEach(base, () => ({ path: '/api/bench/hello' }), SECONDS_PER_ROUTE);
    const rows: Row[] = [];
    const [ferretdb] = await childPids(child.pid!);
    const cpu = async () => [await cpuMs(child.pid!), ferretdb ? await cpuMs(ferretdb) : 0] as const;
    for (const route of all) {
      const before = await cpu();
      const figures = await loadEach(base, route.next, SECONDS_PER_ROUTE);
      const after = await cpu();
      const perRequest = (i: 0 | 1) => (after[i] - before[i]) / Math.max(1, figures.total);
      rows.push({ label: route.label, figures, search: Boolean(route.search), cpu: [perRequest(0), perRequest(1)] });
      await drained(base, seeded, idleMs);
    }
    printTable(hello, rows);
    process.stdout.write(`(${load1()})\n`);
    const pids = await childPids(child.pid!);
    const rss = await rssMb(child.pid!);
    line('resident memory after the load: server (FerretDB)', `${rss} MB (${(await Promise.all(pids.map(rssMb))).join(' + ')} MB)`);
    // The server hands freed memory back once quiet (platform/memory.ts): the peak above is the target's figure.
    await new Promise((r) => setTimeout(r, 10_000));
    line('resident memory 10 s after the load: server', `${await rssMb(child.pid!)} MB`);
    const median = matchTimes[Math.floor(matchTimes.length / 2)]!;
    line(`a need's first (uncached) matches, ${matchTimes.length} needs`, `median ${median.toFixed(1)} ms, max ${matchTimes.at(-1)!.toFixed(1)} ms`);
    const uncleanS = await readyAfterKill(child, start, base);
    child = uncleanS.child;
    line('start to ready after an unclean stop (kill -9)', `${uncleanS.seconds.toFixed(1)} s (${load1()})`);
    const client = clientFirstLoadKiB();
    line('client first load (entry + static imports, gzip)', `${client.kib.toFixed(1)} KiB in ${client.files} files`);
    const misses = [
      readyS > TARGET.readyS && `start to ready ${readyS.toFixed(1)} s > ${TARGET.readyS} s`,
      uncleanS.seconds > TARGET.readyS && `start to ready after kill -9 ${uncleanS.seconds.toFixed(1)} s > ${TARGET.readyS} s`,
      rss > TARGET.rssMb && `RSS ${rss} MB > ${TARGET.rssMb} MB`,
      matchTimes.at(-1)! > TARGET.firstMatchMs && `first match up to ${matchTimes.at(-1)!.toFixed(0)} ms > ${TARGET.firstMatchMs} ms`,
      client.kib > TARGET.clientKiB && `client ${client.kib.toFixed(1)} KiB > ${TARGET.clientKiB} KiB`,
    ].filter(Boolean);
    line('other targets missed', misses.length ? misses.join('; ') : 'none');
  } finally {
    await stopProcess(child);
  }
}

/** Kills the server as power loss would (its run marker stays), starts it again and times it to ready. */
async function readyAfterKill(killed: ChildProcess, start: () => ChildProcess, base: string): Promise<{ child: ChildProcess; seconds: number }> {
  await new Promise((resolve) => killed.once('exit', resolve).kill('SIGKILL'));
  const started = performance.now();
  const child = start();
  await waitForHealth(base, 600_000);
  return { child, seconds: (performance.now() - started) / 1000 };
}

/** A route's figures, and the CPU time one request cost the server and the embedded FerretDB (ms). */
type Row = { label: string; figures: Figures; search: boolean; cpu?: [number, number] };

function printTable(hello: Figures, rows: Row[]): void {
  const out = ['| route | req/s | p50 ms | p95 ms | p99 ms | % of hello | CPU ms/req server + FerretDB | errors | target |', '|---|---|---|---|---|---|---|---|---|'];
  const cell = ({ label, figures: f, cpu }: Row, target: string) =>
    `| ${label} | ${Math.round(f.rps)} | ${f.p50.toFixed(1)} | ${f.p95.toFixed(1)} | ${f.p99.toFixed(1)} | ${Math.round((100 * f.rps) / hello.rps)}% | ${cpu ? `${cpu[0].toFixed(2)} + ${cpu[1].toFixed(2)}` : ''} | ${f.errors} | ${target} |`;
  out.push(cell({ label: 'hello world (baseline)', figures: hello, search: false }, ''));
  const missed: string[] = [];
  for (const row of rows) {
    const f = row.figures;
    const [p95, share] = row.search ? [TARGET.searchP95, TARGET.searchShare] : [TARGET.p95, TARGET.share];
    const ok = f.p95 <= p95 && f.rps >= share * hello.rps && f.errors === 0;
    if (!ok) missed.push(row.label);
    out.push(cell(row, ok ? 'met' : `**missed** (p95 ≤ ${p95}, ≥ ${share * 100}%)`));
  }
  process.stdout.write(`${out.join('\n')}\nroutes missing a target: ${missed.length ? missed.join(', ') : 'none'}\n`);
}
