// Tells start-up whether the previous run of the server on this database stopped without closing (kill -9, power
// loss, out of memory), and since when its writes may be half-done, so that derived data written in several steps
// can be checked without reading every record: a marker file exists while the server runs, and a clean close
// removes it. One marker per database name, so servers on other databases (the tests') do not see each other's.
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

export type RunMarker = {
  /**
   * Set when the previous run did not stop cleanly: the earliest time a write may have been left half-done (that
   * run's start, or shortly before it last recorded that it ran, or where an earlier check that did not finish began).
   */
  uncleanSince: Date | undefined;
  /** When this run started: what it writes from then on is its own. */
  startedAt: Date;
  /** The check of `uncleanSince` is done: an unclean stop from now on leaves only this run's writes to check. */
  checked(): Promise<void>;
  /** A clean stop: removes the marker, unless the check it asked for is not done (then the next start does it). */
  clear(): Promise<void>;
};

/**
 * What the marker file holds (before JSON it held the pid alone; its time of writing is then the run's start).
 * `aliveAt`: when the run last recorded that it runs; `checkFrom`: the start of writes an earlier check left unchecked.
 */
type Stored = { pid: number; startedAt: string; aliveAt?: string; checkFrom?: string };

/**
 * How often a running server records that it still runs: after an unclean stop only the writes begun since its
 * last record (less IN_FLIGHT_MS) can be half-done, so the check after a month-long run reads minutes of writes.
 */
const ALIVE_EVERY_MS = 5 * 60_000;
/** How long one write's steps may take from the first to the last: settle.ts gives up after 60 s; a loaded machine is slow. */
const IN_FLIGHT_MS = 5 * 60_000;
/**
 * Taken off the time the check starts from: a write's time comes from the clock when it happens, and a clock
 * stepped back a little (a time sync) could date it before the record it followed.
 */
const CLOCK_MARGIN_MS = 60_000;

export async function markRunning(dataDir: string, dbName: string, aliveEveryMs = ALIVE_EVERY_MS): Promise<RunMarker> {
  const file = path.join(dataDir, `running-${dbName}`);
  // Until the check is done, a second unclean stop must still check from where this one does.
  let checkFrom = await uncheckedSince(file);
  const uncleanSince = checkFrom && new Date(checkFrom.getTime() - CLOCK_MARGIN_MS);
  const startedAt = new Date();
  // Written beside and renamed over it, so a stop in the middle of a write leaves the old marker or the new one.
  const write = async () => {
    await writeFile(`${file}.next`, JSON.stringify({ pid: process.pid, startedAt: startedAt.toISOString(), aliveAt: new Date().toISOString(), ...(checkFrom && { checkFrom: checkFrom.toISOString() }) } satisfies Stored));
    await rename(`${file}.next`, file);
  };
  await mkdir(dataDir, { recursive: true });
  await write();
  let writing: Promise<void> = Promise.resolve();
  let cleared = false;
  const rewrite = () => (writing = writing.catch(() => undefined).then(() => (cleared ? undefined : write())));
  const alive = setInterval(() => void rewrite().catch(() => undefined), aliveEveryMs).unref();
  return {
    uncleanSince,
    startedAt,
    checked() {
      checkFrom = undefined;
      return rewrite();
    },
    async clear() {
      cleared = true;
      clearInterval(alive);
      await writing.catch(() => undefined);
      if (!checkFrom) await rm(file, { force: true });
    },
  };
}

/** From a marker left behind: the earliest time a write may have been left half-done; undefined when none is left. */
async function uncheckedSince(file: string): Promise<Date | undefined> {
  const written = await stat(file).then(
    (s) => s.mtime,
    () => undefined,
  );
  if (!written) return undefined;
  const stored = await readFile(file, 'utf8')
    .then((text) => JSON.parse(text) as unknown)
    .catch(() => undefined);
  // The process id alone: a marker from before it held times.
  if (typeof stored === 'number') return written;
  // Unreadable (it was never meant to be): everything is checked.
  if (!stored || typeof stored !== 'object') return new Date(0);
  const { checkFrom, startedAt, aliveAt } = stored as Partial<Stored>;
  const time = (iso: string | undefined) => {
    const at = new Date(iso ?? Number.NaN);
    return Number.isNaN(at.getTime()) ? undefined : at;
  };
  const unchecked = time(checkFrom);
  if (unchecked) return unchecked;
  const started = time(startedAt) ?? new Date(0);
  const alive = time(aliveAt);
  return alive && alive.getTime() - IN_FLIGHT_MS > started.getTime() ? new Date(alive.getTime() - IN_FLIGHT_MS) : started;
}
