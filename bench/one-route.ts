// A closer look at some of the routes bench's routes, for working on one: `BENCH_ROUTE=<pattern> npm run bench --
// one-route` starts the server once on a copy of the seeded market (the copy keeps the cached market as seeded) and
// loads each route whose label matches, ROUNDS times (default 3) for SECONDS each (default 5), after hello world.
// Per round it prints req/s, p95 and the CPU one request cost: the server's main thread, its other threads (V8's
// collector and compiler, libuv) and FerretDB. The full bench's single figures are noisy; CPU per request and
// repeated rounds are what tell two versions apart. PROFILE=1 also writes a V8 CPU profile of the server (to
// .cache/profiles) covering the whole run; SERVER_NODE_FLAGS adds flags to the server's Node. Prints figures; never asserts.
import { cp, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { ROOT } from '../server/platform/root';
import { childPids, cpuMs, line, loadEach, rssMb, startServerProcess, statCpuMs, stopProcess, waitForHealth, waitForQuiet, waitForSearchIndex, type Figures } from './lib';
import { mintTokens, routes } from './routes';
import { seededMarket } from './routes-seed';

const PORT = Number(process.env.BENCH_PORT ?? 3925);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const SECONDS = Number(process.env.SECONDS ?? 5);

/** CPU time (ms) of a process's main thread and of all its other threads. */
async function threadCpuMs(pid: number): Promise<{ main: number; others: number }> {
  const tids = await readdir(`/proc/${pid}/task`).catch(() => [] as string[]);
  let main = 0;
  let others = 0;
  for (const tid of tids) {
    const ms = await statCpuMs(`/proc/${pid}/task/${tid}/stat`);
    if (Number(tid) === pid) main = ms;
    else others += ms;
  }
  return { main, others };
}

const row = (label: string, f: Figures, cpu: string) =>
  line(label.slice(0, 48), `${Math.round(f.rps)} req/s, p95 ${f.p95.toFixed(1)} ms${f.errors ? `, ${f.errors} errors` : ''}, CPU ms/req ${cpu}`);

export async function benchOneRoute(): Promise<void> {
  const pattern = new RegExp(process.env.BENCH_ROUTE ?? '.', 'i');
  const { dataDir: seededDir, seeded } = await seededMarket();
  const dataDir = path.join(ROOT, '.cache', 'bench-routes-copy');
  await rm(dataDir, { recursive: true, force: true });
  await cp(seededDir, dataDir, { recursive: true });
  const tokens = mintTokens(dataDir, seeded);
  const chosen = routes(seeded, tokens).filter((r) => pattern.test(r.label));
  const profileDir = path.join(ROOT, '.cache', 'profiles');
  // SERVER_NODE_FLAGS: extra Node or V8 flags for the server, to compare a setting with the default.
  const extra = (process.env.SERVER_NODE_FLAGS ?? '').split(' ').filter(Boolean);
  const flags = [...extra, ...(process.env.PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [])];
  const child = startServerProcess({ DATA_DIR: dataDir, PORT: String(PORT), DEMO_SEED: 'false', BENCH_ROUTES: 'true' }, 'ignore', flags);
  const base = `http://127.0.0.1:${PORT}`;
  try {
    const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`the server exited (${code}) before it was ready`))));
    await Promise.race([waitForHealth(base, 600_000), exited]);
    await waitForSearchIndex(base);
    const [ferretdb] = await childPids(child.pid!);
    await waitForQuiet([child.pid!, ...(ferretdb ? [ferretdb] : [])]);
    const measure = async (label: string, next: Parameters<typeof loadEach>[1]) => {
      const before = { ...(await threadCpuMs(child.pid!)), db: ferretdb ? await cpuMs(ferretdb) : 0 };
      const f = await loadEach(base, next, SECONDS);
      const after = { ...(await threadCpuMs(child.pid!)), db: ferretdb ? await cpuMs(ferretdb) : 0 };
      const per = (k: 'main' | 'others' | 'db') => ((after[k] - before[k]) / Math.max(1, f.total)).toFixed(3);
      row(label, f, `main ${per('main')} + other threads ${per('others')} + FerretDB ${per('db')}`);
    };
    await loadEach(base, () => ({ path: '/api/bench/hello' }), 2);
    for (let round = 1; round <= ROUNDS; round++) {
      process.stdout.write(`round ${round}\n`);
      await measure('hello world', () => ({ path: '/api/bench/hello' }));
      for (const route of chosen) await measure(route.label, route.next);
    }
    line('resident memory after the load', `${await rssMb(child.pid!)} MB`);
  } finally {
    await stopProcess(child);
  }
  if (process.env.PROFILE) line('CPU profile written to', profileDir);
}
