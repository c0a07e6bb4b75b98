// Finding and killing the processes a fault test needs to kill, without any help from the app.
import { readdirSync, readFileSync } from 'node:fs';

/** The pid of the FerretDB child serving `dir` (its -dir argument), found in /proc; undefined when none runs. */
export function ferretdbPid(dir: string): number | undefined {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let args: string[];
    try {
      args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue; // it ended while we looked
    }
    const at = args.indexOf('-dir');
    if (at >= 0 && args[at + 1] === dir) return Number(entry);
  }
  return undefined;
}

/** Keeps the database at `dir` down for `ms`: kills its FerretDB, and every replacement as soon as it appears. */
export async function holdDown(dir: string, ms: number): Promise<void> {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    const pid = ferretdbPid(dir);
    if (pid) process.kill(pid, 'SIGKILL');
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Polls `probe` every `everyMs` until it returns true; the milliseconds that took, or a failure after `withinMs`. */
export async function within(withinMs: number, probe: () => Promise<boolean>, everyMs = 50): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < withinMs) {
    if (await probe().catch(() => false)) return Math.round(performance.now() - started);
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`not within ${withinMs} ms`);
}
