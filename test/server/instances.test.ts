// Several app instances behind a load balancer (issue 17): two app processes against one database (the run's
// FerretDB, started on its own as MONGODB_URI gives it; each process has its own embedded search index) and one
// Redis (Debian's redis-server on a free loopback port, nothing persisted). Checked through the HTTP API: events
// and unread counts cross instances, rate limits count once, writes through one reach the other's search index and
// caches, and scheduled work runs on one instance, moving to the other when it dies.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createUserFromCli } from '../../server/modules/accounts/account.service';
import { DEFAULT_FUNDING_SCHEMES } from '../../server/modules/funding/funding.defaults';
import { FundingSchemeModel } from '../../server/modules/funding/funding.model';
import { DEFAULT_SYNONYMS } from '../../server/modules/search/synonyms.defaults';
import { importSuppliers } from '../../server/modules/imports/import.service';
import { SupplierModel } from '../../server/modules/suppliers/supplier.model';
import { OutboxModel } from '../../server/platform/mail/outbox.model';
import { LOCK_MS, RENEW_MS } from '../../server/platform/redis/jobs';
import { ROOT } from '../../server/platform/root';
import { buildNeedInput, buildSupplier } from '../factories';
import { within } from '../faults/processes';
import { bearer, login, PASSWORD, signUp, uniqueEmail, type Account } from './accounts-helpers';
import type { ApiClient } from './harness';
import { linkSupplier, sendQuote, startInquiry } from './inquiries-helpers';

const REDIS = '/usr/bin/redis-server';
const PER_ACCOUNT = 3;
const EMAIL_DELAY_SECONDS = 1;
const dbName = `t_${randomBytes(6).toString('hex')}`;
const dirs: string[] = [];
const children: ChildProcess[] = [];

type LogEntry = { msg?: string; job?: string; url?: string; readyInMs?: number; time?: number };
type App = ApiClient & { name: string; child: ChildProcess; logs: LogEntry[] };

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'aibridge-instances-'));
  dirs.push(dir);
  return dir;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.once('error', reject);
  });
}

/** Redis on loopback (a free port, or `port` again), in a temporary folder, without snapshots or append-only file. */
async function startRedis(port?: number): Promise<{ url: string; port: number; child: ChildProcess }> {
  port ??= await freePort();
  const child = spawn(REDIS, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', await tempDir()], { stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => line.includes('Ready to accept connections') && resolve());
    child.once('exit', (code) => reject(new Error(`redis-server exited with ${code}`)));
  });
  return { url: `redis://127.0.0.1:${port}`, port, child };
}

async function kill(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  await exited;
}

/** `npm start` as a separate process (the sources through tsx), sharing only the database and Redis. */
async function startApp(name: string, redisUrl: string, jwtSecret: string): Promise<App> {
  const env = {
    PATH: process.env['PATH'] ?? '',
    HOME: process.env['HOME'] ?? '',
    NODE_ENV: 'test',
    PORT: '0',
    DATA_DIR: await tempDir(),
    MONGODB_URI: inject('mongoUri'),
    MONGODB_DB: dbName,
    REDIS_URL: redisUrl,
    JWT_SECRET: jwtSecret,
    DEMO_SEED: 'false',
    SERVE_CLIENT: 'false',
    LOG_LEVEL: 'debug',
    AUTH_RATE_PER_IP: '100000',
    AUTH_RATE_PER_ACCOUNT: String(PER_ACCOUNT),
    INQUIRY_EMAIL_DELAY_SECONDS: String(EMAIL_DELAY_SECONDS),
    INQUIRY_RETENTION_SWEEP_MINUTES: '0.01',
  };
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const logs: LogEntry[] = [];
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      let entry: LogEntry;
      try {
        entry = JSON.parse(line) as LogEntry;
      } catch {
        return;
      }
      logs.push(entry);
      if (entry.readyInMs !== undefined && entry.url) resolve(entry.url);
    });
    child.once('exit', (code) => reject(new Error(`app ${name} exited with ${code} before it was ready:\n${stderr}`)));
  });
  const send: App['send'] = (method, p, body, headers = {}) =>
    fetch(url + p, { method, headers: { 'content-type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
  return { name, url, child, logs, send, get: (p) => fetch(url + p) };
}

const json = async <T>(res: Response | Promise<Response>): Promise<T> => {
  const r = await res;
  expect(r.status, await r.clone().text()).toBeLessThan(300);
  return (await r.json()) as T;
};
/** Whether the app last said it runs the scheduled jobs (rather than that it no longer does). */
const holdsLock = (app: App) => app.logs.findLast((e) => e.msg?.endsWith('runs the scheduled jobs'))?.msg === 'this instance now runs the scheduled jobs';
/** Runs of `job` the app logged, after its first `since` log entries. */
const jobRuns = (app: App, job: string, since = 0) => app.logs.slice(since).filter((e) => e.msg === 'scheduled job started' && e.job === job).length;

let redis: Awaited<ReturnType<typeof startRedis>>;
let secret: string;
let a: App;
let b: App;
let profile: { id: string; slug: string };
let sme: Account;
let supplier: Account;

beforeAll(async () => {
  [redis] = await Promise.all([startRedis(), mongoose.connect(inject('mongoUri'), { dbName })]);
  // Written before the apps start: each builds its index from the database at start-up.
  const listed = buildSupplier({ name: 'Kwun Tong Defect Vision', capabilities: ['computer vision', 'defect detection'] });
  await importSuppliers([listed]);
  const doc = (await SupplierModel.findOne({ externalId: listed.externalId }))!;
  profile = { id: doc._id.toHexString(), slug: doc.slug };
  secret = randomBytes(32).toString('hex');
  // Both at once, as a deployment starts them: the default synonyms and funding schemes are seeded by one.
  [a, b] = await Promise.all([startApp('A', redis.url, secret), startApp('B', redis.url, secret)]);
  sme = await signUp(a, 'sme', 'Sham Shui Po Garments');
  supplier = await signUp(b, 'supplier', 'Defect Vision Ltd');
  await linkSupplier(supplier, profile.id);
}, 180_000);

afterAll(async () => {
  await Promise.all(children.filter((child) => child.exitCode === null && child.signalCode === null).map((child) => kill(child, 'SIGTERM')));
  await mongoose.connection.dropDatabase().catch(() => undefined);
  await mongoose.disconnect();
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** Reads an event stream until `until` appears in it (10 s at most); resolves with the text and when that was. */
async function openStream(app: App, who: Account, until: string) {
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 10_000).unref();
  const res = await fetch(`${app.url}/api/inquiries/events`, { headers: bearer(who), signal: controller.signal });
  expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
  const reader = res.body!.getReader();
  let text = '';
  const received = (async () => {
    while (!text.includes(until)) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true as const }));
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    controller.abort();
    return { text, at: performance.now() };
  })();
  // The stream is open once its first comment arrived; give the subscription a moment.
  await new Promise((r) => setTimeout(r, 100));
  return received;
}

describe('two app instances, one database, one Redis', { timeout: 60_000 }, () => {
  it('seeds the defaults once when both start together', async () => {
    expect(await FundingSchemeModel.countDocuments()).toBe(DEFAULT_FUNDING_SCHEMES.length);
    expect((await json<{ groups: string[][] }>(b.get('/api/search/synonyms'))).groups).toEqual(DEFAULT_SYNONYMS);
  });

  it('streams a message posted through A to a client of B, and B counts it unread', async () => {
    const thread = await startInquiry(a, sme, { supplierId: profile.id, subject: 'Across instances' });
    const unreadBefore = (await json<{ count: number }>(b.send('GET', '/api/inquiries/unread', undefined, bearer(sme)))).count;
    const stream = openStream(b, sme, 'A reply from the supplier');
    const sent = performance.now();
    await json(a.send('POST', `/api/inquiries/${thread.id}/messages`, { text: 'A reply from the supplier' }, bearer(supplier)));
    const answered = performance.now();
    const { text, at } = await stream;
    console.info(`SSE: the message posted through A reached the stream on B ${Math.round(at - sent)} ms after it was sent to A (A answered after ${Math.round(answered - sent)} ms)`);
    expect(text).toContain('event: message');
    expect(text).toContain(thread.id);
    expect((await json<{ count: number }>(b.send('GET', '/api/inquiries/unread', undefined, bearer(sme)))).count).toBe(unreadBefore + 1);
  });

  it('lists on B, for both sides, a thread started and answered through A (B’s thread index follows A’s writes)', async () => {
    type Page = { items: { id: string; messageCount: number; status: string }[] };
    const thread = await startInquiry(a, sme, { supplierId: profile.id, subject: 'Listed across instances' });
    await json(a.send('POST', `/api/inquiries/${thread.id}/messages`, { text: 'Answered through A' }, bearer(supplier)));
    const tops = async () => Promise.all([sme, supplier].map(async (who) => (await json<Page>(b.send('GET', '/api/inquiries?pageSize=1', undefined, bearer(who)))).items[0]));
    const took = await within(5_000, async () => (await tops()).every((t) => t?.id === thread.id && t.messageCount === 2));
    console.info(`lists: B listed the thread answered through A ${took} ms after A answered`);
    expect(await tops()).toEqual([expect.objectContaining({ status: 'answered' }), expect.objectContaining({ status: 'answered' })]);
  });

  it('counts on B’s dashboard a quote sent and a need closed through A (B’s read models follow A’s writes)', async () => {
    type Dashboard = { pendingQuotes: number; closedNeeds: number };
    const dashboard = async () => json<Dashboard>(b.send('GET', '/api/dashboard', undefined, bearer(sme)));
    const before = await dashboard();
    const need = await json<{ id: string }>(a.send('POST', '/api/needs', buildNeedInput(), bearer(sme)));
    const thread = await startInquiry(a, sme, { supplierId: profile.id, needId: need.id, subject: 'Quoted across instances' });
    await sendQuote(a, supplier, thread.id);
    await json(a.send('POST', `/api/needs/${need.id}/close`, {}, bearer(sme)));
    const took = await within(5_000, async () => {
      const now = await dashboard();
      return now.pendingQuotes === before.pendingQuotes + 1 && now.closedNeeds === before.closedNeeds + 1;
    });
    console.info(`dashboard: B counted the quote and the closed need written through A ${took} ms after`);
    const closed = await json<{ items: { id: string }[] }>(b.send('GET', '/api/needs?status=closed', undefined, bearer(sme)));
    expect(closed.items.map((n) => n.id)).toContain(need.id);
  });

  it('shows on B a quote sent and accepted through A: on the thread, in the engagements (B’s kept quotes follow A’s writes)', async () => {
    type Detail = { quotes: { id: string; status: string }[] };
    const thread = await startInquiry(a, sme, { supplierId: profile.id, subject: 'A quote shown across instances' });
    const quote = await sendQuote(a, supplier, thread.id);
    const onB = async () => (await json<Detail>(b.send('GET', `/api/inquiries/${thread.id}`, undefined, bearer(sme)))).quotes;
    const took = await within(5_000, async () => (await onB()).some((q) => q.id === quote.id));
    console.info(`quotes: B showed the quote sent through A ${took} ms after A answered`);
    await json(a.send('POST', `/api/inquiries/${thread.id}/quotes/${quote.id}/accept`, {}, bearer(sme)));
    const engaged = async () => (await json<{ items: { quoteId: string }[] }>(b.send('GET', '/api/reviews/engagements', undefined, bearer(sme)))).items.some((e) => e.quoteId === quote.id);
    await within(5_000, engaged);
    expect(await onB()).toEqual([expect.objectContaining({ id: quote.id, status: 'accepted' })]);
  });

  it('lists on B an interest expressed and a shortlist written through A (B’s kept interests and shortlists follow A’s writes)', async () => {
    const need = await json<{ id: string }>(a.send('POST', '/api/needs', buildNeedInput(), bearer(sme)));
    await json(a.send('POST', `/api/needs/${need.id}/publish`, {}, bearer(sme)));
    const interest = await json<{ id: string }>(a.send('POST', '/api/interests', { needId: need.id, note: 'Written through A' }, bearer(supplier)));
    const list = await json<{ id: string }>(a.send('POST', '/api/shortlists', { name: 'Listed across instances' }, bearer(sme)));
    await json(a.send('PUT', `/api/shortlists/${list.id}/suppliers/${profile.id}`, undefined, bearer(sme)));
    const ids = async (who: Account, path: string) => (await json<{ items: { id: string }[] }>(b.send('GET', path, undefined, bearer(who)))).items.map((i) => i.id);
    const took = await within(5_000, async () => (await ids(supplier, '/api/interests')).includes(interest.id) && (await ids(sme, `/api/needs/${need.id}/interests`)).includes(interest.id));
    console.info(`interests: B listed the interest expressed through A ${took} ms after`);
    await within(5_000, async () => {
      const lists = await json<{ items: { id: string; suppliers: { id: string }[] }[] }>(b.send('GET', '/api/shortlists', undefined, bearer(sme)));
      return lists.items.some((l) => l.id === list.id && l.suppliers.some((s) => s.id === profile.id));
    });
  });

  it(`counts failed sign-ins through A and B together: the ${PER_ACCOUNT + 1}th attempt is refused on either`, async () => {
    const email = uniqueEmail('owner');
    await createUserFromCli({ role: 'curator', email, password: PASSWORD, name: 'Owner' });
    const attempts = [a, b, a];
    for (const app of attempts) expect((await app.send('POST', '/api/auth/login', { email, password: 'not-the-password' })).status).toBe(401);
    const refused = await b.send('POST', '/api/auth/login', { email, password: PASSWORD });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await a.send('POST', '/api/auth/login', { email, password: PASSWORD })).status).toBe(429);
  });

  it('finds a supplier edited through A by search on B, and B’s caches answer the new data', async () => {
    const need = await json<{ id: string }>(b.send('POST', '/api/needs', buildNeedInput({ languages: ['zh-Hant'] }), bearer(sme)));
    type Hits = { total: number; hits: { name: string }[] };
    type Matches = { items: { supplier: { name: string } }[] };
    const search = (q: string) => json<Hits>(b.get(`/api/search/suppliers?q=${encodeURIComponent(q)}`));
    const matches = () => json<Matches>(b.send('GET', `/api/needs/${need.id}/matches?lang=en`, undefined, bearer(sme)));
    // Asked twice, so B keeps both answers in its caches (the engine keeps a result once it is asked again).
    for (let i = 0; i < 2; i++) {
      expect((await search('Kwun Tong Defect')).hits.map((h) => h.name)).toContain('Kwun Tong Defect Vision');
      expect((await matches()).items.map((m) => m.supplier.name)).toContain('Kwun Tong Defect Vision');
    }
    expect((await search('Quokka')).total).toBe(0);

    const edited = performance.now();
    await json(a.send('PATCH', `/api/suppliers/${profile.slug}`, { name: 'Quokka Lens Robotics' }, bearer(supplier)));
    const seen = await within(10_000, async () => (await search('Quokka')).hits.some((h) => h.name === 'Quokka Lens Robotics'), 25);
    console.info(`search: the edit through A was found by search on B ${seen} ms after A answered (${Math.round(performance.now() - edited)} ms after the edit was sent)`);
    expect((await search('Kwun Tong Defect')).hits.map((h) => h.name)).not.toContain('Kwun Tong Defect Vision');
    expect((await matches()).items.map((m) => m.supplier.name)).toContain('Quokka Lens Robotics');
    expect((await json<{ name: string }>(b.get(`/api/suppliers/${profile.slug}`))).name).toBe('Quokka Lens Robotics');
  });

  it('applies synonyms a curator saved through A to searches on B', async () => {
    const curatorEmail = uniqueEmail('curator');
    await createUserFromCli({ role: 'curator', email: curatorEmail, password: PASSWORD, name: 'Curator' });
    const curator = await login(a, curatorEmail);
    const { groups } = await json<{ groups: string[][] }>(a.get('/api/search/synonyms'));
    expect((await json<{ total: number }>(b.get('/api/search/suppliers?q=wallaby'))).total).toBe(0);
    await json(a.send('PUT', '/api/search/synonyms', { groups: [...groups, ['quokka', 'wallaby']] }, bearer(curator)));
    await within(5_000, async () => (await json<{ total: number }>(b.get('/api/search/suppliers?q=wallaby'))).total === 1, 25);
  });

  it('ends a session on B at once when its user signs out everywhere through A', async () => {
    const member = await signUp(a, 'sme', 'Leaving Ltd');
    expect((await b.send('GET', '/api/me', undefined, bearer(member))).status).toBe(200);
    await a.send('POST', '/api/me/sign-out-everywhere', undefined, bearer(member));
    // B had the user and the session cached: without A's announcement it would accept the token for up to 5 s.
    const refusedAfter = await within(3_000, async () => (await b.send('GET', '/api/me', undefined, bearer(member))).status === 401, 10);
    console.info(`caches: B refused the signed-out token ${refusedAfter} ms after A answered`);
  });

  it('shows on B the name a user changed through A', async () => {
    const member = await signUp(a, 'sme', 'Renaming Ltd');
    expect((await json<{ name: string }>(b.send('GET', '/api/me', undefined, bearer(member)))).name).not.toBe('Chan Tai Man Renamed');
    await json(a.send('PATCH', '/api/me', { name: 'Chan Tai Man Renamed' }, bearer(member)));
    // B shows the record its authentication read: A's announcement of the write must drop it.
    await within(3_000, async () => (await json<{ name: string }>(b.send('GET', '/api/me', undefined, bearer(member)))).name === 'Chan Tai Man Renamed', 10);
  });

  it('sends one email for a burst of messages written through both instances', async () => {
    const thread = await startInquiry(a, sme, { supplierId: profile.id, subject: 'Burst across instances' });
    const mails = () => OutboxModel.countDocuments({ to: supplier.email, subject: /Burst across instances/ });
    await within(10_000, async () => (await mails()) === 1);
    await Promise.all([a, b, a, b].map((app, i) => json(app.send('POST', `/api/inquiries/${thread.id}/messages`, { text: `More ${i}` }, bearer(sme)))));
    await within(10_000, async () => (await mails()) === 2);
    await new Promise((r) => setTimeout(r, EMAIL_DELAY_SECONDS * 1000 + 500));
    expect(await mails()).toBe(2);
  });

  it('lets sign-ins through while Redis is down, and B catches up on what A wrote meanwhile once it is back', async () => {
    const search = async (q: string) => (await json<{ hits: { name: string }[] }>(b.get(`/api/search/suppliers?q=${q}`))).hits.map((h) => h.name);
    const leaving = await login(b, sme.email);
    expect((await b.send('GET', '/api/me', undefined, bearer(leaving))).status).toBe(200); // B now holds the session as live
    await kill(redis.child, 'SIGKILL');
    // Writes never wait for Redis; the throttle lets sign-ins through rather than fail them.
    await json(a.send('PATCH', `/api/suppliers/${profile.slug}`, { name: 'Wombat Optics' }, bearer(supplier)));
    expect((await a.send('POST', '/api/auth/logout', undefined, { cookie: leaving.refreshCookie })).status).toBe(204);
    expect((await b.send('POST', '/api/auth/login', { email: sme.email, password: PASSWORD })).status).toBe(200);
    expect(await search('Wombat')).toEqual([]);
    redis = await startRedis(redis.port);
    const back = performance.now();
    await within(20_000, async () => (await search('Wombat')).includes('Wombat Optics'), 100);
    console.info(`Redis outage: B's index had A's write from the outage ${Math.round(performance.now() - back)} ms after Redis was back (reconnect, then a rebuild from the database)`);
    // A's announcement of the logout never reached B: on reconnecting, B reads the sessions it held as live again.
    await within(20_000, async () => (await b.send('GET', '/api/me', undefined, bearer(leaving))).status === 401, 100);
  });

  it('runs scheduled jobs on one instance; it hands them over when it stops, and when it dies the other takes over and sends the email it left pending', async () => {
    // Redis was restarted just before: wait until one instance holds the (forgotten, then retaken) lock.
    await within(10_000, async () => holdsLock(a) !== holdsLock(b), 50);
    const mark = { a: a.logs.length, b: b.logs.length };
    const runs = (app: App, job: string) => jobRuns(app, job, app === a ? mark.a : mark.b);
    await within(20_000, async () => runs(a, 'inquiry-retention') + runs(b, 'inquiry-retention') >= 3);
    const [holder, other] = holdsLock(a) ? [a, b] : [b, a];
    expect(runs(holder, 'inquiry-retention')).toBeGreaterThanOrEqual(3);
    expect(runs(other, 'inquiry-retention')).toBe(0);
    expect(runs(other, 'idempotency-sweep') + runs(other, 'inquiry-email-recovery')).toBe(0);

    // A new inquiry through the holder: its email waits there, then the holder dies before sending it.
    await startInquiry(holder, sme, { supplierId: profile.id, subject: 'Left behind' });
    holder.child.kill('SIGKILL');
    const killed = performance.now();
    const since = other.logs.length;
    const tookOver = await within(LOCK_MS + 2 * RENEW_MS, async () => jobRuns(other, 'inquiry-retention', since) > 0, 100);
    const mails = () => OutboxModel.countDocuments({ to: supplier.email, subject: /Left behind/ });
    await within(15_000, async () => (await mails()) === 1, 100);
    console.info(`scheduler: ${other.name} took the jobs over ${tookOver} ms after ${holder.name} was killed; its pending email went out ${Math.round(performance.now() - killed)} ms after`);
    expect(tookOver).toBeLessThan(LOCK_MS + RENEW_MS + 2_000);
    expect(await mails()).toBe(1);

    // A clean stop hands the lock over at once: a third instance takes the jobs within one renewal period.
    const c = await startApp('C', redis.url, secret);
    const stopped = performance.now();
    await kill(other.child, 'SIGTERM');
    const handedOver = await within(RENEW_MS + 3_000, async () => jobRuns(c, 'inquiry-retention') > 0, 50);
    console.info(`scheduler: C took the jobs over ${handedOver} ms after ${other.name} was asked to stop (${Math.round(performance.now() - stopped)} ms in all)`);
  });
});
