// Search speed (issue 5): 10,000 suppliers and 50,000 case studies in a fresh database; index build time,
// resident memory, and latency/throughput of typical queries next to a hello-world route on the same server,
// in the same run. Prints figures; never asserts.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../server/config';
import { createLogger } from '../server/platform/log/logger';
import { startPlatform } from '../server/runtime';
import { importSuppliers } from '../server/modules/imports/import.service';
import { rebuildIndexes } from '../server/modules/search/search.indexer';
import { loadSynonyms } from '../server/modules/search/synonym.service';
import { generateMarket } from '../seed/generate';
import { childPids, CONNECTIONS, fmt, line, load, rssMb, SECONDS, startServerProcess, stopProcess, waitForHealth, type Figures } from './lib';

const SUPPLIERS = 10_000;
const CASES_PER_SUPPLIER = 5;
const PORT = 3918;

/** One letter of the longest word swapped for its neighbour's: a typical single typo. */
function typo(name: string): string {
  const word = name.split(' ').reduce((a, b) => (b.length > a.length ? b : a));
  const i = Math.floor(word.length / 2);
  const typed = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  return name.replace(word, typed);
}

async function seed(dataDir: string): Promise<{ typoName: string; typoNames: string[] }> {
  const platform = await startPlatform(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }), createLogger('silent'));
  try {
    const market = generateMarket({ seed: 11, suppliers: SUPPLIERS, casesPerSupplier: CASES_PER_SUPPLIER });
    const cases = market.suppliers.reduce((n, s) => n + (s.caseStudies?.length ?? 0), 0);
    let started = performance.now();
    const report = await importSuppliers(market.suppliers);
    await platform.indexer.settled();
    line(`seed ${SUPPLIERS} suppliers + ${cases} case studies`, `${((performance.now() - started) / 1000).toFixed(1)} s (created ${report.created})`);
    await loadSynonyms(platform.search);
    started = performance.now();
    const counts = await rebuildIndexes(platform.search);
    line('index build from the database (both indexes)', `${((performance.now() - started) / 1000).toFixed(1)} s (${counts.suppliers} suppliers, ${counts.cases} cases)`);
    const short = (n: string) => typo(n.replace(/ (Limited|Ltd\.?|Company)$/i, ''));
    const typoNames = market.suppliers.filter((_, i) => i % 2 === 0).map((s) => short(s.name));
    return { typoName: short(market.suppliers[Math.floor(market.suppliers.length / 3)]!.name), typoNames };
  } finally {
    await platform.close();
  }
}

export async function benchSearch(): Promise<void> {
  process.stdout.write('\n== Search ==\n');
  const dataDir = await mkdtemp(path.join(tmpdir(), 'aibridge-bench-search-'));
  try {
    const { typoName, typoNames } = await seed(dataDir);
    const started = performance.now();
    const child = startServerProcess({ DATA_DIR: dataDir, PORT: String(PORT), DEMO_SEED: 'false', BENCH_ROUTES: 'true' });
    const base = `http://127.0.0.1:${PORT}`;
    try {
      await waitForHealth(base, 600_000);
      line('server start to ready (index built at start-up)', `${((performance.now() - started) / 1000).toFixed(1)} s`);
      const dbPids = await childPids(child.pid!);
      line('resident memory after start: server, FerretDB', `${await rssMb(child.pid!)} MB, ${(await Promise.all(dbPids.map(rssMb))).join(' + ')} MB`);

      const queries: [string, string][] = [
        ['hello world (baseline, same server)', '/api/bench/hello'],
        [`name with a typo: "${typoName}"`, `/api/search/suppliers?q=${encodeURIComponent(typoName)}`],
        ['two-word topic + two filters', '/api/search/suppliers?q=demand%20forecasting&sector=trade-retail&layer=application'],
        ['Chinese query: 需求預測', `/api/search/suppliers?q=${encodeURIComponent('需求預測')}`],
        ['case studies, broad topic: computer vision', '/api/search/cases?q=computer%20vision'],
      ];
      for (const [, p] of queries) {
        const res = await fetch(base + p);
        const body = (await res.json()) as { total?: number; degraded?: boolean };
        if (!res.ok || body.degraded) throw new Error(`${p} answered ${res.status} ${JSON.stringify(body).slice(0, 200)}`);
      }
      process.stdout.write(`autocannon: ${CONNECTIONS} connections, ${SECONDS} s each, loopback; the server runs in its own process\n`);
      let hello: Figures | undefined;
      for (const [label, p] of queries) {
        const totals = p.startsWith('/api/search') ? ` (${((await (await fetch(base + p)).json()) as { total: number }).total} hits)` : '';
        const f = await load(base + p);
        hello ??= f;
        const ratio = f === hello ? '' : `, ${Math.round((100 * f.rps) / hello.rps)}% of hello world`;
        line(`  ${label}${totals}`.slice(0, 80), '');
        line('', `${fmt(f)}${ratio}`);
      }
      // Every request a different name: the engine's result cache never helps, so this is the cold path.
      const distinct = typoNames.map((n) => `/api/search/suppliers?q=${encodeURIComponent(n)}`);
      const cold = await load(base + distinct[0]!, distinct);
      line(`  ${distinct.length} different names with a typo (no cache hits)`, '');
      line('', `${fmt(cold)}, ${Math.round((100 * cold.rps) / hello!.rps)}% of hello world`);
      line('resident memory after load: server, FerretDB', `${await rssMb(child.pid!)} MB, ${(await Promise.all(dbPids.map(rssMb))).join(' + ')} MB`);
      // The server hands back memory freed while busy after 5 s without requests (server/platform/memory.ts).
      await new Promise((resolve) => setTimeout(resolve, 7_000));
      line('resident memory 7 s after the load: server', `${await rssMb(child.pid!)} MB`);
    } finally {
      await stopProcess(child);
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
