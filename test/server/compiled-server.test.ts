// The compiled server, as production (and the Dockerfile) runs it: bundled by `npm run build:server`, started by plain
// `node` with no transpiler, in production mode. Built into a folder of its own under .cache/ (inside the repository,
// where the bundle finds its root, node_modules and the embedded FerretDB, as dist/server/ does).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../scripts/build-server';
import { ROOT } from '../../server/platform/root';

const outDir = path.join(ROOT, '.cache', `compiled-server-${process.pid}`);
let dataDir = '';
let app: ChildProcess | undefined;
let url = '';
let imported: string[] = [];

/** Starts `node dist/server/main.js` as `npm start` does in production; resolves with its address once ready. */
function startCompiled(): Promise<string> {
  const env = { ...process.env, NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), DATA_DIR: dataDir, PORT: '0', DEMO_SEED: 'false', SERVE_CLIENT: 'false', LOG_LEVEL: 'info' };
  app = spawn(process.execPath, ['--max-semi-space-size=8', path.join(outDir, 'main.js')], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  app.stderr!.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    createInterface({ input: app!.stdout! }).on('line', (line) => {
      const entry = JSON.parse(line) as { url?: string; readyInMs?: number };
      if (entry.readyInMs !== undefined && entry.url) resolve(entry.url);
    });
    app!.once('exit', (code) => reject(new Error(`the compiled server exited with ${code} before it was ready:\n${stderr}`)));
  });
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'aibridge-compiled-'));
  imported = await buildServer(outDir);
  url = await startCompiled();
});

afterAll(async () => {
  if (app && app.exitCode === null) {
    const exited = new Promise((resolve) => app!.once('exit', resolve));
    app.kill('SIGTERM');
    await exited;
  }
  await Promise.all([outDir, dataDir].map((dir) => dir && rm(dir, { recursive: true, force: true })));
});

describe('the compiled server', () => {
  it('imports only production dependencies, so an install without devDependencies runs it (the Docker image)', async () => {
    const { dependencies } = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(imported).toContain('express');
    expect(imported.filter((name) => !(name in dependencies))).toEqual([]);
  });

  it('starts on plain node and reports itself healthy, its database up', async () => {
    const res = await fetch(`${url}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', database: { state: 'up', embedded: true } });
  });

  it('still finds the files it serves from installed packages (the API docs)', async () => {
    const res = await fetch(`${url}/api/docs/assets/swagger-ui.css`);
    expect(res.status).toBe(200);
  });

  it('stops cleanly on SIGTERM, as a container stop sends', async () => {
    const exited = new Promise<number | null>((resolve) => app!.once('exit', resolve));
    app!.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
