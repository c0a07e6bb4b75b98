// Runs the embedded FerretDB as a child process on loopback. The child exits when its standard input closes,
// so it cannot outlive this process, however this process ends. A second process on the same data directory
// (e.g. `npm run import` while the server runs) joins the running FerretDB instead of opening the files twice.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Logger } from '../log/logger';
import { ensureFerretdbBinary } from './ferretdb-build';

export type EmbeddedDatabase = { uri: string; stop(): Promise<void> };

type Owner = { pid: number; uri: string };

export async function startEmbeddedFerretdb(dataDir: string, log: Logger): Promise<EmbeddedDatabase> {
  await mkdir(dataDir, { recursive: true });
  const ownerFile = path.join(dataDir, 'ferretdb.owner.json');
  const running = await runningOwner(ownerFile);
  if (running) {
    log.info({ uri: running.uri, pid: running.pid }, 'joining the embedded FerretDB of a running AI Bridge');
    return { uri: running.uri, stop: async () => {} };
  }
  const binary = await ensureFerretdbBinary((go) => log.info({ go }, 'building the embedded FerretDB once (about a minute)'));
  const child = spawn(binary, ['-dir', dataDir, '-listen', '127.0.0.1:0', '-log-level', 'error'], { stdio: ['pipe', 'pipe', 'pipe'] });
  createInterface({ input: child.stderr! }).on('line', (line) => log.info({ ferretdb: line }, 'ferretdb'));
  const uri = await readUri(child);
  await writeFile(ownerFile, JSON.stringify({ pid: process.pid, uri } satisfies Owner));
  log.info({ uri, dataDir }, 'embedded FerretDB ready');
  return {
    uri,
    async stop() {
      await stopChild(child);
      await rm(ownerFile, { force: true });
    },
  };
}

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
