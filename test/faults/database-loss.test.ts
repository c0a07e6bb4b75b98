// Losing the database while the app runs: requests get 503 problem+json with Retry-After within a second (not
// after a 10 s wait, not a 500), health says so, and the app serves again by itself once the database is back —
// the embedded FerretDB is restarted by the app; an external one (MONGODB_URI) is reconnected to when it returns.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config';
import { importSuppliers } from '../../server/modules/imports/import.service';
import { SupplierModel } from '../../server/modules/suppliers/supplier.model';
import { ensureFerretdbBinary } from '../../server/platform/db/ferretdb-build';
import { createLogger } from '../../server/platform/log/logger';
import { startServer, type Running } from '../../server/runtime';
import { buildSupplier } from '../factories';
import { ferretdbPid, holdDown, within } from './processes';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'aibridge-fault-'));
  dirs.push(dir);
  return dir;
}

const start = (env: Record<string, string>): Promise<Running> =>
  startServer(loadConfig({ PORT: '0', DEMO_SEED: 'false', SERVE_CLIENT: 'false', LOG_LEVEL: 'silent', ...env }), createLogger('silent'));

const OUTAGE_MS = 2_000;

type Seen = { status: number; at: number; retryAfter: string | null; type: string | null; code?: string };

/** Sends a request every 25 ms (without waiting for earlier ones) and records every answer and when it started. */
function probe(url: string) {
  const seen: Seen[] = [];
  const pending: Promise<void>[] = [];
  const started = performance.now();
  const timer = setInterval(() => {
    const at = performance.now() - started;
    pending.push(
      fetch(url, { signal: AbortSignal.timeout(15_000) }).then(async (res) => {
        const body = (await res.json()) as { code?: string };
        seen.push({ status: res.status, at, retryAfter: res.headers.get('retry-after'), type: res.headers.get('content-type'), code: body.code });
      }),
    );
  }, 25);
  return {
    seen,
    async stop() {
      clearInterval(timer);
      await Promise.all(pending);
      return seen.sort((a, b) => a.at - b.at);
    },
  };
}

/** While `outage` runs, the supplier page and health are probed; then how long until the page answers 200 again. */
async function loseAndRecover(app: Running, outage: () => Promise<void>) {
  const supplier = buildSupplier();
  await importSuppliers([supplier]);
  const { slug } = (await SupplierModel.findOne({ externalId: supplier.externalId }))!;
  const page = `${app.url}/api/suppliers/${slug}`;
  expect((await fetch(page)).status).toBe(200);

  const pageProbe = probe(page);
  const healthProbe = probe(`${app.url}/api/health`);
  await outage();
  const ended = performance.now();
  const toRecovered = await within(10_000, async () => (await fetch(page)).status === 200, 50);
  // The probes keep running a little after recovery, so they see it too (the first 200 may have been ours alone).
  await new Promise((r) => setTimeout(r, 300));
  const pageSeen = await pageProbe.stop();
  const healthSeen = await healthProbe.stop();

  // Nothing but the page itself or a 503 problem; never a 500, never a hang; and the last answers are the page.
  expect(new Set(pageSeen.map((s) => s.status))).toEqual(new Set([200, 503]));
  expect(pageSeen.at(-1)!.status).toBe(200);
  const unavailable = pageSeen.filter((s) => s.status === 503);
  for (const s of unavailable) expect(s).toMatchObject({ type: expect.stringMatching(/^application\/problem\+json/), code: 'unavailable', retryAfter: expect.stringMatching(/^[1-9]\d*$/) });
  expect(healthSeen.some((s) => s.status === 503 && s.retryAfter)).toBe(true);
  return { toUnavailable: Math.round(unavailable[0]!.at), toRecovered, recoveredAfterStart: Math.round(performance.now() - ended) };
}

describe('losing the database', () => {
  it('embedded: 503 within a second, the app restarts FerretDB with backoff and serves again', async () => {
    const dataDir = await tempDir();
    const app = await start({ DATA_DIR: dataDir });
    try {
      // A single kill is repaired in about 0.2 s, too fast to observe: every replacement is killed too, for a while.
      const figures = await loseAndRecover(app, () => holdDown(path.join(dataDir, 'db'), OUTAGE_MS));
      console.info(`embedded database held down ${OUTAGE_MS} ms: first 503 after ${figures.toUnavailable} ms; serving again ${figures.toRecovered} ms after`);
      expect(figures.toUnavailable).toBeLessThan(1_000);
    } finally {
      await app.close();
    }
  });

  it('external (MONGODB_URI): 503 while it is unreachable, and recovery on its own when it returns', async () => {
    // A FerretDB of the test's own plays the external database: killed, then started again on the same address.
    const databaseDir = await tempDir();
    const binary = await ensureFerretdbBinary(() => {});
    const launch = async (listen: string) => {
      const child = spawn(binary, ['-dir', databaseDir, '-listen', listen, '-log-level', 'error'], { stdio: ['pipe', 'pipe', 'ignore'] });
      const [uri] = await once(createInterface({ input: child.stdout }), 'line');
      return { child, uri: String(uri).trim() };
    };
    const external = await launch('127.0.0.1:0');
    const app = await start({ DATA_DIR: await tempDir(), MONGODB_URI: external.uri });
    let back: Awaited<ReturnType<typeof launch>> | undefined;
    try {
      const figures = await loseAndRecover(app, async () => {
        external.child.kill('SIGKILL');
        await new Promise((r) => setTimeout(r, OUTAGE_MS));
        expect(ferretdbPid(databaseDir)).toBeUndefined();
        back = await launch(new URL(external.uri).host);
      });
      console.info(`external database down ${OUTAGE_MS} ms: first 503 after ${figures.toUnavailable} ms; serving again ${figures.toRecovered} ms after it was back`);
      // The page answers from memory, so only the driver's heartbeat (every 1 s, platform/db/connection.ts) notices
      // the outage: measured 579–1,019 ms. Within two heartbeats; a missed one would take far longer.
      expect(figures.toUnavailable).toBeLessThan(2_000);
    } finally {
      await app.close();
      back?.child.kill('SIGKILL');
    }
  });
});
