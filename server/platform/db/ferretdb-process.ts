// Runs the embedded FerretDB as a child process on loopback, and keeps it running: if the child dies, the app
// notices at once (`running()` turns false, so requests get 503 instead of waiting), then restarts it on the same
// address with growing delays, so the driver reconnects on its own. The child exits when its standard input
// closes, so it cannot outlive this process, however this process ends. A second process on the same data
// directory (e.g. `npm run import` while the server runs) joins the running FerretDB instead of opening the files twice.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Logger } from '../log/logger';
import { ensureFerretdbBinary } from './ferretdb-build';

export type EmbeddedDatabase = {
  uri: string;
  /** False from the moment the child exits until its replacement accepts connections. */
  running(): boolean;
  stop(): Promise<void>;
  /** A failure to reach it, said plainly: joined to another process's FerretDB, that process may be stopping. */
  explain(error: unknown): unknown;
};

type Owner = { pid: number; uri: string };

/**
 * The Go collector's settings for the child. FerretDB allocates per document it decodes, and with Go's default
 * (collect when the heap doubles) its collector took a quarter to a third of its CPU: one supplier read cost 0.87 ms
 * of FerretDB's CPU, the case studies of one supplier 2.1 ms; collecting when the heap has grown fourfold, 0.69 and
 * 1.24 ms, for 11 MB more resident memory. The memory limit makes it collect sooner whenever the heap nears it (a
 * full read of a collection), so the laxer pace cannot grow the child without bound. They are the child's whole
 * environment: it needs nothing else from ours.
 */
const GO_COLLECTOR = { GOGC: '400', GOMEMLIMIT: '256MiB' };

/** Delays before each restart attempt; the last one repeats. */
const RESTART_DELAYS_MS = [200, 500, 1_000, 2_000, 5_000];
/** A child that ran this long before dying starts the delays over: it was not crashing in a loop. */
const STABLE_MS = 30_000;

export async function startEmbeddedFerretdb(dataDir: string, log: Logger): Promise<EmbeddedDatabase> {
  await mkdir(dataDir, { recursive: true });
  const ownerFile = path.join(dataDir, 'ferretdb.owner.json');
  const running = await runningOwner(ownerFile);
  if (running) {
    if (!(await answers(running.uri))) throw inUse(dataDir, running, ownerFile);
    log.info({ uri: running.uri, pid: running.pid }, 'joining the embedded FerretDB of a running AI Bridge');
    return { uri: running.uri, running: () => true, stop: async () => {}, explain: (error) => (lostConnection(error) ? inUse(dataDir, running, ownerFile, error) : error) };
  }
  const binary = await ensureFerretdbBinary((go) => log.info({ go }, 'building the embedded FerretDB once (about a minute)'));
  const launch = (listen: string) => launchChild(binary, dataDir, listen, log);
  const first = await launch('127.0.0.1:0').catch((error: unknown) => {
    throw new Error(`the embedded database (FerretDB) did not start on ${dataDir}: ${error instanceof Error ? error.message : String(error)}`);
  });
  await writeFile(ownerFile, JSON.stringify({ pid: process.pid, uri: first.uri } satisfies Owner));
  log.info({ uri: first.uri, dataDir }, 'embedded FerretDB ready');
  const supervisor = supervise(first, () => launch(new URL(first.uri).host), log);
  return {
    uri: first.uri,
    running: supervisor.running,
    async stop() {
      await supervisor.stop();
      await rm(ownerFile, { force: true });
    },
    explain: (error) => error,
  };
}

/** Lines of a child's error output kept for the error of a failed start. */
const LINES_KEPT = 5;

type Launched = { child: ChildProcess; uri: string; startedAt: number };

function supervise(first: Launched, relaunch: () => Promise<Launched>, log: Logger) {
  let current: Launched | undefined = first;
  let stopping = false;
  let attempt = 0;
  let timer: NodeJS.Timeout | undefined;

  const watch = (launched: Launched) =>
    launched.child.once('exit', (code, signal) => {
      if (stopping) return;
      current = undefined;
      if (performance.now() - launched.startedAt > STABLE_MS) attempt = 0;
      log.error({ code, signal }, 'the embedded FerretDB stopped; restarting it');
      scheduleRestart();
    });
  const scheduleRestart = () => {
    const delay = RESTART_DELAYS_MS[Math.min(attempt++, RESTART_DELAYS_MS.length - 1)];
    timer = setTimeout(() => void restart(), delay);
  };
  const restart = async () => {
    try {
      const launched = await relaunch();
      if (stopping) return void (await stopChild(launched.child));
      current = launched;
      watch(launched);
      log.info({ uri: launched.uri, attempt }, 'the embedded FerretDB is running again');
    } catch (err) {
      if (stopping) return;
      log.error({ err, attempt }, 'the embedded FerretDB could not be restarted; trying again');
      scheduleRestart();
    }
  };

  watch(first);
  return {
    running: () => current !== undefined,
    async stop() {
      stopping = true;
      clearTimeout(timer);
      if (current) await stopChild(current.child);
    },
  };
}

async function launchChild(binary: string, dataDir: string, listen: string, log: Logger): Promise<Launched> {
  const child = spawn(binary, ['-dir', dataDir, '-listen', listen, '-log-level', 'error'], { stdio: ['pipe', 'pipe', 'pipe'], env: GO_COLLECTOR });
  const said: string[] = [];
  const lines = createInterface({ input: child.stderr! }).on('line', (line) => {
    log.info({ ferretdb: line }, 'ferretdb');
    said.push(line);
    if (said.length > LINES_KEPT) said.shift();
  });
  try {
    return { child, uri: await readUri(child), startedAt: performance.now() };
  } catch (error) {
    await stopChild(child);
    // Its last words (e.g. a locked or unreadable file) end up in the start-up error, not only in the log.
    await Promise.race([new Promise((resolve) => lines.once('close', resolve)), new Promise((resolve) => setTimeout(resolve, 500))]);
    if (!said.length || !(error instanceof Error)) throw error;
    throw new Error(`${error.message}; it said: ${said.join(' | ')}`);
  }
}

/** How long a running owner's FerretDB may take to accept a connection (it may be restarting: RESTART_DELAYS_MS). */
const OWNER_ANSWERS_WITHIN_MS = 3_000;

/** Whether a FerretDB accepts connections at `uri` within OWNER_ANSWERS_WITHIN_MS. */
async function answers(uri: string): Promise<boolean> {
  const { hostname, port } = new URL(uri);
  const deadline = performance.now() + OWNER_ANSWERS_WITHIN_MS;
  while (performance.now() < deadline) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect({ host: hostname, port: Number(port) });
      socket.setTimeout(1_000);
      const done = (ok: boolean) => {
        socket.destroy();
        resolve(ok);
      };
      socket.once('connect', () => done(true)).once('error', () => done(false)).once('timeout', () => done(false));
    });
    if (open) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

/**
 * The folder's owner is alive but its database does not answer: it is stopping (or starting), and opening the
 * files beside it is not safe. Said plainly, for main.ts's one start-up error line.
 */
function inUse(dataDir: string, owner: Owner, ownerFile: string, cause?: unknown): Error {
  const answer = cause instanceof Error ? `stopped answering at ${owner.uri} (${cause.message})` : `does not answer at ${owner.uri}`;
  return new Error(
    `the database folder ${dataDir} is in use by process ${owner.pid} (another AI Bridge, stopping or starting), and its embedded database ${answer}. ` +
      `Start again once that process has exited (if no AI Bridge runs as process ${owner.pid}, delete ${ownerFile}).`,
  );
}

/** The driver's errors for a server that went away (not, say, a refused command). */
const lostConnection = (error: unknown) => error instanceof Error && /^Mongo(Network|ServerSelection|NotConnected|TopologyClosed|PoolClosed|ClientClosed)/.test(error.name);

async function runningOwner(file: string): Promise<Owner | undefined> {
  const owner = await readFile(file, 'utf8').then((s) => JSON.parse(s) as Owner).catch(() => undefined);
  if (!owner || owner.pid === process.pid) return undefined;
  try {
    process.kill(owner.pid, 0);
    return owner;
  } catch {
    return undefined;
  }
}

function readUri(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    const timer = setTimeout(() => reject(new Error('FerretDB did not report its address within 60 s')), 60_000);
    lines.once('line', (line) => {
      clearTimeout(timer);
      resolve(line.trim());
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`FerretDB exited during start-up with code ${code}`));
    });
    child.once('error', reject);
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
