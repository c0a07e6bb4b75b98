// kill -9 of the app and its database while 10 writers write, then a restart: every write the app acknowledged is
// there, and every counter equals what it counts. The app runs as its own process (`server/main.ts`, as `npm start`
// runs it); the accounts and threads are made beforehand, and the database checked afterwards, in this process.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config';
import { InquiryModel, MessageModel } from '../../server/modules/inquiries/inquiry.model';
import { createLogger } from '../../server/platform/log/logger';
import { startServer, type Running } from '../../server/runtime';
import { ROOT } from '../../server/platform/root';
import { bearer, signUp, type Account } from '../server/accounts-helpers';
import type { TestServer } from '../server/harness';
import { linkSupplier, makeSupplier, startInquiry } from '../server/inquiries-helpers';
import { ferretdbPid, within } from './processes';

const WRITERS = 10;
/** The kill comes once this many writes were acknowledged (or after WRITE_AT_MOST_MS on a very slow machine). */
const KILL_AFTER = 30;
const WRITE_AT_MOST_MS = 10_000;
const env = (dataDir: string) => ({ DATA_DIR: dataDir, PORT: '0', DEMO_SEED: 'false', SERVE_CLIENT: 'false', AUTH_RATE_PER_IP: '100000', AUTH_RATE_PER_ACCOUNT: '1000' });

const dirs: string[] = [];
const apps: ChildProcess[] = [];
afterAll(async () => {
  for (const app of apps) app.kill('SIGKILL'); // a test that failed half-way must not leave the app running
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

/** The app in this process, with the helpers' TestServer shape. */
async function inProcess(dataDir: string): Promise<TestServer> {
  const config = loadConfig({ ...env(dataDir), LOG_LEVEL: 'silent' });
  const running: Running = await startServer(config, createLogger('silent'));
  return {
    ...running,
    get: (p) => fetch(running.url + p),
    send: (method, p, body, headers = {}) => fetch(running.url + p, { method, headers: { 'content-type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) }),
  };
}

/** `server/main.ts` as its own process; resolves with its address once it logs that it is ready. */
async function appProcess(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { cwd: ROOT, env: { ...process.env, ...env(dataDir), LOG_LEVEL: 'info' }, stdio: ['ignore', 'pipe', 'inherit'] });
  apps.push(child);
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const entry = JSON.parse(line) as { url?: string; readyInMs?: number };
      if (entry.readyInMs !== undefined && entry.url) resolve(entry.url);
    });
    child.once('exit', (code) => reject(new Error(`the app exited with ${code} before it was ready`)));
  });
  return { child, url };
}

type Written = { inquiryId: string; text: string };

/** Writes messages into its own thread, one after another, until the app stops answering; adds the acknowledged. */
async function writer(url: string, account: Account, inquiryId: string, n: number, acknowledged: Written[]): Promise<void> {
  for (let i = 0; ; i++) {
    const text = `writer ${n}, message ${i}`;
    const res = await fetch(`${url}/api/inquiries/${inquiryId}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': `${n}-${i}`, ...bearer(account) },
      body: JSON.stringify({ text }),
    }).catch(() => undefined);
    if (!res) break; // the app is gone
    if (res.status === 201) acknowledged.push({ inquiryId, text });
    else expect(res.status, await res.text()).toBe(503);
  }
}

describe('kill -9 under concurrent writers', () => {
  it('loses no acknowledged write and leaves every counter equal to what it counts', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'aibridge-crash-'));
    dirs.push(dataDir);

    const setup = await inProcess(dataDir);
    const [sme, supplier] = [await signUp(setup, 'sme'), await signUp(setup, 'supplier')];
    const profile = await makeSupplier();
    await linkSupplier(supplier, profile.id);
    const threads: string[] = [];
    for (let i = 0; i < WRITERS; i++) threads.push((await startInquiry(setup, sme, { supplierId: profile.id, subject: `Thread ${i}` })).id);
    await setup.close();

    const app = await appProcess(dataDir);
    const acknowledged: Written[] = [];
    const writing = threads.map((id, n) => writer(app.url, sme, id, n, acknowledged));
    await within(WRITE_AT_MOST_MS, async () => acknowledged.length >= KILL_AFTER, 20).catch(() => undefined);
    const database = ferretdbPid(path.join(dataDir, 'db'))!;
    app.child.kill('SIGKILL');
    process.kill(database, 'SIGKILL');
    await Promise.all(writing);
    expect(acknowledged.length).toBeGreaterThan(WRITERS);

    const after = await inProcess(dataDir);
    try {
      // The server answers at once; the threads the killed app left half-written are settled meanwhile.
      await after.checkedAfterUncleanStop;
      const stored = new Set((await MessageModel.find({}, { inquiryId: 1, text: 1 }).lean()).map((m) => `${m.inquiryId.toHexString()} ${m.text}`));
      const lost = acknowledged.filter((w) => !stored.has(`${w.inquiryId} ${w.text}`));
      expect(lost).toEqual([]);
      // Settled as a write settles them: the counter, and the newest message's time.
      for (const inquiry of await InquiryModel.find({}, { messageCount: 1, lastMessageAt: 1 }).lean()) {
        const messages = await MessageModel.find({ inquiryId: inquiry._id }, { createdAt: 1 }).sort({ createdAt: 1, _id: 1 }).lean();
        expect(inquiry.messageCount, `messageCount of ${inquiry._id.toHexString()}`).toBe(messages.length);
        expect(inquiry.lastMessageAt, `lastMessageAt of ${inquiry._id.toHexString()}`).toEqual(messages.at(-1)!.createdAt);
      }
      console.info(`kill -9 of app and database under ${WRITERS} writers: ${acknowledged.length} acknowledged writes, all present; ${stored.size} stored`);
    } finally {
      await after.close();
    }
  }, 120_000); // two starts in this process and one of the app's own: slow when the machine is busy
});
