// Small helpers shared by the benchmark scripts. Benchmarks print figures; they never assert.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import autocannon from 'autocannon';
import { buildServer } from '../scripts/build-server';
import { ROOT } from '../server/platform/root';

export function line(label: string, value: string): void {
  process.stdout.write(`${label.padEnd(48)} ${value}\n`);
}

export async function rssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

/** CPU time a process has used so far (user + system), in ms: /proc counts it in ticks of 10 ms. */
export function cpuMs(pid: number): Promise<number> {
  return statCpuMs(`/proc/${pid}/stat`);
}

/** The same from any /proc stat file, e.g. one thread's (`/proc/<pid>/task/<tid>/stat`); 0 once it is gone. */
export async function statCpuMs(file: string): Promise<number> {
  const stat = await readFile(file, 'utf8').catch(() => '');
  // Fields after the command name (which may hold spaces) start at "state"; utime and stime are the 12th and 13th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11] ?? 0) + Number(fields[12] ?? 0)) * 10;
}

/** Process ids of a process's direct children (e.g. the embedded FerretDB under the server). */
export async function childPids(pid: number): Promise<number[]> {
  const text = await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8').catch(() => '');
  return text.split(/\s+/).filter(Boolean).map(Number);
}

export async function waitForHealth(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(`${url}/api/health`).then((r) => r.ok).catch(() => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} was not healthy within ${timeoutMs} ms`);
}

/**
 * Waits until the server's search index is built: a server answers before then (searches come from the database,
 * and matching answers 503), and a bench measures the engine, not that window.
 */
export async function waitForSearchIndex(base: string): Promise<void> {
  for (;;) {
    const health = (await (await fetch(`${base}/api/health`)).json()) as { search: { ready: boolean } };
    if (health.search.ready) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Waits until the processes have been nearly idle (under 5% of a core each) for two seconds, or `maxMs` passed:
 * the server's start-up work (the search index, the insights warm-up that reads every supplier a few seconds
 * after start) would otherwise slow the first routes measured. Returns how long it waited.
 */
export async function waitForQuiet(pids: number[], maxMs = 180_000): Promise<number> {
  const started = performance.now();
  let quietSince = performance.now();
  let last = await Promise.all(pids.map(cpuMs));
  while (performance.now() - started < maxMs && performance.now() - quietSince < 2_000) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const now = await Promise.all(pids.map(cpuMs));
    if (now.some((ms, i) => ms - last[i]! > 25)) quietSince = performance.now();
    last = now;
  }
  return performance.now() - started;
}

/** Where `prepareServer` bundles the server: its own folder, so the bench never overwrites `npm run build`'s output. */
const SERVER_BUILD = path.join(ROOT, '.cache', 'bench-server');

/** Bundles the server as `npm run build` does; every suite that starts a server calls it first (esbuild, about a second). */
export async function prepareServer(): Promise<void> {
  await buildServer(SERVER_BUILD);
}

/**
 * Starts the server as production's `npm start` does: the compiled bundle on plain Node with its memory settings
 * (tsx would add its loader, source maps and esbuild's name-keeping helpers to what is measured), without the client.
 */
export function startServerProcess(env: Record<string, string>, stdout: 'ignore' | number = 'ignore', nodeFlags: string[] = []): ChildProcess {
  return spawn(process.execPath, ['--max-semi-space-size=8', ...nodeFlags, path.join(SERVER_BUILD, 'main.js')], {
    env: { ...process.env, MALLOC_MMAP_THRESHOLD_: '65536', LOG_LEVEL: 'warn', SERVE_CLIENT: 'false', ...env },
    stdio: ['ignore', stdout, 'inherit'],
  });
}

export function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

export const CONNECTIONS = 10;
export const SECONDS = 10;

export type Figures = { p50: number; p95: number; p99: number; rps: number; errors: number; total: number };

/** Runs autocannon and computes exact percentiles from every response time (autocannon has no p95). */
export async function load(url: string, paths?: string[], headers?: Record<string, string>): Promise<Figures> {
  const times: number[] = [];
  let next = 0;
  // A different path per request (cache misses): autocannon rewrites the request before each send.
  const requests = paths && [{ setupRequest: (req: { path?: string }) => ({ ...req, path: paths[next++ % paths.length] }) }];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections: CONNECTIONS, duration: SECONDS, requests, headers }, (err, res) => (err ? reject(err) : resolve(res)));
    instance.on('response', (_client, _status, _bytes, ms) => times.push(ms));
  });
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), rps: result.requests.average, errors: result.errors + result.non2xx, total: result.requests.total };
}

export const fmt = (f: Figures) =>
  `p50 ${f.p50.toFixed(2)} ms, p95 ${f.p95.toFixed(2)} ms, p99 ${f.p99.toFixed(2)} ms, ${Math.round(f.rps)} req/s${f.errors ? `, ${f.errors} errors` : ''}`;


export type Request = { path: string; headers?: Record<string, string> };

/** Like `load`, but every request is drawn by `next` (its own path and headers), for `seconds`. */
export async function loadEach(url: string, next: () => Request, seconds = SECONDS): Promise<Figures> {
  const times: number[] = [];
  const requests = [{ setupRequest: (req: autocannon.Request) => {
    const r = next();
    return { ...req, path: r.path, headers: { ...req.headers, ...r.headers } };
  } }];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections: CONNECTIONS, duration: seconds, requests }, (err, res) => (err ? reject(err) : resolve(res)));
    instance.on('response', (_client, _status, _bytes, ms) => times.push(ms));
  });
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), rps: result.requests.average, errors: result.errors + result.non2xx, total: result.requests.total };
}
