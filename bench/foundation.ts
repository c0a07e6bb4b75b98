// Start-up, import throughput and memory at rest (issue: foundation).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../server/config';
import { createLogger } from '../server/platform/log/logger';
import { startPlatform } from '../server/runtime';
import { importSuppliers } from '../server/modules/imports/import.service';
import { generateMarket } from '../seed/generate';
import { childPids, line, rssMb, startServerProcess, stopProcess, waitForHealth } from './lib';

async function importThroughput(suppliers: number): Promise<void> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'aibridge-bench-import-'));
  const platform = await startPlatform(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }), createLogger('silent'));
  try {
    const market = generateMarket({ seed: 7, suppliers });
    const cases = market.suppliers.reduce((n, s) => n + (s.caseStudies?.length ?? 0), 0);
    const started = performance.now();
    const report = await importSuppliers(market.suppliers);
    const seconds = (performance.now() - started) / 1000;
    line(`import ${suppliers} suppliers + ${cases} case studies`, `${seconds.toFixed(1)} s, ${Math.round(suppliers / seconds)} suppliers/s (created ${report.created}, rejected ${report.rejected})`);
    const indexing = performance.now();
    await platform.indexer.settled();
    line('  search index rebuild after the import', `${((performance.now() - indexing) / 1000).toFixed(1)} s`);
    const again = performance.now();
    const second = await importSuppliers(market.suppliers);
    const againSeconds = (performance.now() - again) / 1000;
    line('re-import of the same file (all unchanged)', `${againSeconds.toFixed(1)} s, ${Math.round(suppliers / againSeconds)} suppliers/s (unchanged ${second.unchanged})`);
  } finally {
    await platform.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function startUp(): Promise<void> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'aibridge-bench-start-'));
  const env = { DATA_DIR: dataDir, PORT: '3917' };
  const url = 'http://127.0.0.1:3917';
  try {
    for (const label of ['start to ready, empty DATA_DIR (incl. seeding)', 'start to ready, warm DATA_DIR']) {
      const started = performance.now();
      const child = startServerProcess(env);
      await waitForHealth(url, 300_000);
      line(label, `${((performance.now() - started) / 1000).toFixed(1)} s`);
      await new Promise((r) => setTimeout(r, 5_000));
      const db = await Promise.all((await childPids(child.pid!)).map(rssMb));
      line('  resident memory at rest: server, embedded FerretDB', `${await rssMb(child.pid!)} MB, ${db.join(' + ') || 0} MB`);
      await stopProcess(child);
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

export async function benchFoundation(): Promise<void> {
  process.stdout.write('\n== Foundation ==\n');
  await startUp();
  await importThroughput(10_000);
}
