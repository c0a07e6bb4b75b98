// A Meilisearch server of a test's own, from the binary scripts/test-meili.sh unpacks (MEILI_BIN), so a test can
// stop it and start it again on the same port and data without disturbing the server other test files share.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export type MeiliProcess = { url: string; key: string; stop(): Promise<void>; start(): Promise<void>; dispose(): Promise<void> };

export async function ownMeilisearch(bin: string): Promise<MeiliProcess> {
  const dir = await mkdtemp(path.join(tmpdir(), 'aibridge-meili-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const key = randomBytes(24).toString('hex');
  let child: ChildProcess | undefined;
  const start = async () => {
    child = spawn(bin, ['--db-path', path.join(dir, 'data.ms'), '--http-addr', `127.0.0.1:${port}`, '--master-key', key, '--no-analytics'], {
      stdio: 'ignore',
    });
    await waitHealthy(url);
  };
  const stop = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    await new Promise((resolve) => {
      running.once('exit', resolve);
      running.kill('SIGKILL');
    });
  };
  await start();
  return { url, key, start, stop, dispose: async () => { await stop(); await rm(dir, { recursive: true, force: true }); } };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function waitHealthy(url: string): Promise<void> {
  for (let tries = 0; tries < 300; tries++) {
    const ok = await fetch(`${url}/health`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Meilisearch at ${url} did not become healthy in 30 s`);
}
