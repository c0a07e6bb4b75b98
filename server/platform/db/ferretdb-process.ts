// Runs the embedded FerretDB as a child process on loopback. The child exits when its standard input closes,
// so it cannot outlive this process, however this process ends.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Logger } from '../log/logger';
import { ensureFerretdbBinary } from './ferretdb-build';

export type EmbeddedDatabase = { uri: string; stop(): Promise<void> };

export async function startEmbeddedFerretdb(dataDir: string, log: Logger): Promise<EmbeddedDatabase> {
  const binary = await ensureFerretdbBinary((go) => log.info({ go }, 'building the embedded FerretDB once (about a minute)'));
  await mkdir(dataDir, { recursive: true });
  const child = spawn(binary, ['-dir', dataDir, '-listen', '127.0.0.1:0'], { stdio: ['pipe', 'pipe', 'pipe'] });
  createInterface({ input: child.stderr! }).on('line', (line) => log.warn({ ferretdb: line }, 'ferretdb'));
  const uri = await readUri(child);
  log.info({ uri, dataDir }, 'embedded FerretDB ready');
  return { uri, stop: () => stopChild(child) };
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
