// Reliability under races and abuse (issue 15): counters and limits stay exact under 50 concurrent writers on the
// embedded database, slug allocation does not slow down with collisions, malformed input gets a 4xx problem, event
// streams are capped per user, and contacts are validated by kind.
import { execFile } from 'node:child_process';
import { request } from 'node:http';
import { promisify } from 'node:util';
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CaseStudyModel } from '../../server/modules/cases/case.model';
import { importSuppliers } from '../../server/modules/imports/import.service';
import { SupplierModel } from '../../server/modules/suppliers/supplier.model';
import { OutboxModel } from '../../server/platform/mail/outbox.model';
import type { InquiryDetail } from '../../shared/schemas/inquiries';
import type { SupplierDetail } from '../../shared/schemas/suppliers';
import { buildSupplier } from '../factories';
import { startTestServer, type TestServer } from './harness';
import { bearer, signUp, staff, type Account } from './accounts-helpers';
import { linkSupplier, makeSupplier, startInquiry } from './inquiries-helpers';

let server: TestServer;
let supplier: Account;
let profile: { id: string; slug: string };
beforeAll(async () => {
  server = await startTestServer({ INQUIRIES_PER_DAY: '20' });
  [supplier, profile] = await Promise.all([signUp(server, 'supplier', 'Vision Co'), makeSupplier()]);
  await linkSupplier(supplier, profile.id);
});
afterAll(() => server?.close());

/** Sends raw bytes with the given headers (fetch would refuse a lying Content-Encoding or normalise the path). */
function raw(method: string, path: string, headers: Record<string, string> = {}, body = ''): Promise<{ status: number; type: string; body: string }> {
  const url = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, method, path, headers: { 'content-length': String(Buffer.byteLength(body)), ...headers } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('malformed input gets a 4xx problem, never a server error', () => {
  it('refuses JSON nested 2,000 levels deep with 400', async () => {
    const deep = '['.repeat(2000) + ']'.repeat(2000);
    for (const body of [`{"name":${deep}}`, `{"a":`.repeat(2000) + '1' + '}'.repeat(2000)]) {
      const res = await raw('POST', '/api/auth/login', { 'content-type': 'application/json' }, body);
      expect(res.status, res.body).toBe(400);
      expect(res.type).toMatch(/application\/problem\+json/);
    }
  });

  it.each(['/api/suppliers/%C0%AF', '/api/cases/%FF', '/api/needs/%E0%A4%A', '/api/showcases/%E0%A4%A'])('answers an invalid percent-encoding in %s with 400', async (path) => {
    const res = await raw('GET', path);
    expect(res.status, res.body).toBe(400);
    expect(res.type).toMatch(/application\/problem\+json/);
  });

  it.each(['gzip', 'deflate', 'br'])('answers Content-Encoding: %s on a body that is not compressed with 400', async (encoding) => {
    const res = await raw('POST', '/api/auth/login', { 'content-type': 'application/json', 'content-encoding': encoding }, '{"email":"a@b.hk","password":"x"}');
    expect(res.status, res.body).toBe(400);
    expect(res.type).toMatch(/application\/problem\+json/);
  });
});

/** A supplier account whose organisation holds a fresh profile. */
async function supplierWithProfile(name: string) {
  const [account, made] = await Promise.all([signUp(server, 'supplier', name), makeSupplier()]);
  await linkSupplier(account, made.id);
  return { account, supplierId: new mongoose.Types.ObjectId(made.id) };
}

const statuses = (responses: Response[]) => responses.map((r) => r.status).sort().join(',');
const times = (n: number, status: number) => Array(n).fill(status).join(',');

describe('counters and limits under 50 concurrent writers', { timeout: 90_000 }, () => {
  it('counts every one of 50 concurrent messages in the thread', async () => {
    const sme = await signUp(server, 'sme', 'Busy Bakery');
    const thread = await startInquiry(server, sme, { supplierId: profile.id });
    const writers = Array.from({ length: 50 }, (_, i) => (i % 2 ? sme : supplier));
    const posted = await Promise.all(writers.map((who, i) => server.send('POST', `/api/inquiries/${thread.id}/messages`, { text: `Message ${i}` }, bearer(who))));
    expect(statuses(posted)).toBe(times(50, 201));
    const detail = (await (await server.send('GET', `/api/inquiries/${thread.id}`, undefined, bearer(sme))).json()) as InquiryDetail;
    expect(detail.messages).toHaveLength(51);
    expect(detail.messageCount).toBe(51);
    const newest = detail.messages.at(-1)!;
    expect(detail.lastMessageAt).toBe(newest.createdAt);
    expect(detail.status).toBe(newest.side === 'supplier' ? 'answered' : 'open');
  });

  it('counts all 50 concurrent messages in the one batched email', async () => {
    const sme = await signUp(server, 'sme', 'Chatty Bakery');
    const thread = await startInquiry(server, sme, { supplierId: profile.id, subject: 'Fifty questions' });
    const posted = await Promise.all(Array.from({ length: 50 }, (_, i) => server.send('POST', `/api/inquiries/${thread.id}/messages`, { text: `Question ${i}` }, bearer(sme))));
    expect(statuses(posted)).toBe(times(50, 201));
    expect(await server.inquiries.notifier.flush(`${supplier.user.id}:${thread.id}`)).toBe(true);
    const mail = await OutboxModel.findOne({ to: supplier.email, subject: /Fifty questions/ });
    expect(mail?.text).toContain('You have a new inquiry, new messages (51 updates)');
  });

  it('lets 40 parallel new inquiries from one organisation through a limit of 20 exactly 20 times', async () => {
    const sme = await signUp(server, 'sme', 'Eager Trading');
    const started = await Promise.all(Array.from({ length: 40 }, (_, i) => server.send('POST', '/api/inquiries', { supplierId: profile.id, subject: `Ask ${i}`, message: 'Hello' }, bearer(sme))));
    expect(statuses(started)).toBe(`${times(20, 201)},${times(20, 429)}`);
    const list = (await (await server.send('GET', '/api/inquiries?pageSize=100', undefined, bearer(sme))).json()) as { total: number };
    expect(list.total).toBe(20);
  });

  it('keeps every one of 40 inquiries arriving at once, and their 40 first replies, in the supplier figures', async () => {
    const { account, supplierId } = await supplierWithProfile('Popular Vision');
    const smes = await Promise.all([signUp(server, 'sme', 'First Buyer'), signUp(server, 'sme', 'Second Buyer')]);
    const started = await Promise.all(Array.from({ length: 40 }, (_, i) => server.send('POST', '/api/inquiries', { supplierId: supplierId.toHexString(), subject: `Ask ${i}`, message: 'Hello' }, bearer(smes[i % 2]!))));
    expect(statuses(started)).toBe(times(40, 201));
    const threads = (await Promise.all(started.map((r) => r.json()))) as InquiryDetail[];
    const replied = await Promise.all(threads.map((t) => server.send('POST', `/api/inquiries/${t.id}/messages`, { text: 'Happy to help' }, bearer(account))));
    expect(statuses(replied)).toBe(times(40, 201));
    const shown = (await (await server.get(`/api/suppliers/${supplierId.toHexString()}`)).json()) as SupplierDetail;
    expect(shown.responsiveness).toMatchObject({ replyRate: 1, inquiries: 40 });
  });

  it('keeps the case-study limit of 200 exact: 190 kept (imported) and 50 concurrent drafts leave 200', async () => {
    const { account, supplierId } = await supplierWithProfile('Crowded Vision');
    await CaseStudyModel.insertMany(Array.from({ length: 190 }, (_, i) => ({ supplierId, slug: `kept-${supplierId}-${i}`, title: `Kept ${i}`, clientSector: 'trade-retail', status: 'published' })));
    const created = await Promise.all(Array.from({ length: 50 }, (_, i) => server.send('POST', '/api/cases', { title: `Draft ${i}`, clientSector: 'trade-retail' }, bearer(account))));
    expect(statuses(created)).toBe(`${times(10, 201)},${times(40, 409)}`);
    expect(await CaseStudyModel.countDocuments({ supplierId })).toBe(200);
    // Deleting one (a draft) frees its place for the next.
    const draft = (await created.find((r) => r.status === 201)!.json()) as { id: string };
    expect((await server.send('DELETE', `/api/cases/${draft.id}`, undefined, bearer(account))).status).toBe(204);
    expect((await server.send('POST', '/api/cases', { title: 'Again', clientSector: 'trade-retail' }, bearer(account))).status).toBe(201);
    expect((await server.send('POST', '/api/cases', { title: 'One too many', clientSector: 'trade-retail' }, bearer(account))).status).toBe(409);
  });

  it('lets 50 concurrent claims from one organisation through the limit of 3 open claims exactly 3 times', async () => {
    const claimant = await signUp(server, 'supplier', 'Claiming Co');
    const listed = Array.from({ length: 50 }, () => buildSupplier());
    await importSuppliers(listed);
    const ids = (await SupplierModel.find({ externalId: { $in: listed.map((s) => s.externalId) } }, { _id: 1 }).lean()).map((s) => s._id.toHexString());
    const claimed = await Promise.all(ids.map((supplierId) => server.send('POST', '/api/claims', { supplierId, evidence: 'Director' }, bearer(claimant))));
    expect(statuses(claimed)).toBe(`${times(3, 201)},${times(47, 409)}`);
  });

  it('lets 50 concurrent new shortlists through a limit of 20 exactly 20 times', async () => {
    const sme = await signUp(server, 'sme', 'Careful Buyer');
    const created = await Promise.all(Array.from({ length: 50 }, (_, i) => server.send('POST', '/api/shortlists', { name: `List ${i}` }, bearer(sme))));
    expect(statuses(created)).toBe(`${times(20, 201)},${times(30, 409)}`);
  });

  it('counts 50 case studies approved at once in the published-case counter of their supplier', async () => {
    const { supplierId } = await supplierWithProfile('Proven Vision');
    const curator = await staff(server, 'curator');
    const cases = await CaseStudyModel.insertMany(Array.from({ length: 50 }, (_, i) => ({ supplierId, slug: `sub-${supplierId}-${i}`, title: `Submitted ${i}`, clientSector: i % 2 ? 'trade-retail' : 'logistics', status: 'submitted', submittedAt: new Date() })));
    const approved = await Promise.all(cases.map((c) => server.send('POST', `/api/curation/cases/${c._id.toHexString()}/approve`, {}, bearer(curator))));
    expect(statuses(approved)).toBe(times(50, 200));
    const stored = await SupplierModel.findById(supplierId).lean();
    expect(stored).toMatchObject({ caseStudyCount: 50, caseSectors: ['logistics', 'trade-retail'] });
  });
});

describe('slug allocation', () => {
  it('takes a constant number of queries however many case studies share a title', async () => {
    const { account, supplierId } = await supplierWithProfile('Zero Co');
    await CaseStudyModel.insertMany(Array.from({ length: 60 }, (_, i) => ({ supplierId, slug: i ? `0-${i + 1}` : '0', title: '0', clientSector: 'trade-retail' })));
    // The slug probes: read models that follow case studies (published ones per supplier) read the new one too.
    const probes: unknown[] = [];
    mongoose.set('debug', (collection: string, _method: string, filter: unknown) => {
      if (collection === 'casestudies' && typeof filter === 'object' && filter !== null && 'slug' in filter) probes.push(filter);
    });
    try {
      const res = await server.send('POST', '/api/cases', { title: '0', clientSector: 'trade-retail' }, bearer(account));
      expect(res.status).toBe(201);
      expect(((await res.json()) as { slug: string }).slug).toMatch(/^0-[a-z0-9]{5}$/);
    } finally {
      mongoose.set('debug', false);
    }
    expect(probes.length).toBeLessThanOrEqual(3);
  });
});

describe('event streams', () => {
  it('holds at most 5 open streams per user: the sixth gets 429, and closing one makes room', async () => {
    const sme = await signUp(server, 'sme', 'Many Tabs');
    const open = async () => {
      const controller = new AbortController();
      const res = await fetch(`${server.url}/api/inquiries/events`, { headers: bearer(sme), signal: controller.signal });
      return { res, close: () => controller.abort() };
    };
    const streams = [];
    for (let i = 0; i < 5; i++) streams.push(await open());
    try {
      expect(streams.map((s) => s.res.status)).toEqual([200, 200, 200, 200, 200]);
      const sixth = await open();
      expect(sixth.res.status).toBe(429);
      expect(sixth.res.headers.get('content-type')).toMatch(/application\/problem\+json/);
      streams.shift()!.close();
      await expect.poll(async () => {
        const next = await open();
        next.close();
        return next.res.status;
      }).toBe(200);
    } finally {
      for (const s of streams) s.close();
    }
  });
});

describe('contacts and account tools say what is wrong', () => {
  it('validates a profile contact by its channel', async () => {
    const { account, supplierId } = await supplierWithProfile('Contact Co');
    const patch = (contact: unknown) => server.send('PATCH', `/api/suppliers/${supplierId.toHexString()}`, { contact }, bearer(account));
    for (const contact of [
      { channel: 'website', value: 'javascript:alert(4)' },
      { channel: 'website', value: 'ftp://files.example.hk' },
      { channel: 'email', value: 'not an address' },
      { channel: 'phone', value: 'call me' },
      { channel: 'whatsapp', value: 'javascript:alert(4)' },
    ]) {
      const res = await patch(contact);
      expect(res.status, JSON.stringify(contact)).toBe(400);
      expect(((await res.json()) as { errors: { path: string }[] }).errors[0]!.path).toMatch(/^body\.contact/);
    }
    for (const contact of [
      { channel: 'website', value: 'https://vision.example.hk/contact' },
      { channel: 'email', value: 'hello@vision.example.hk' },
      { channel: 'phone', value: '+852 2345 6789' },
      { channel: 'whatsapp', value: '+852 9123-4567' },
    ]) {
      expect((await patch(contact)).status, JSON.stringify(contact)).toBe(200);
    }
  });

  it('names the reason when user:create rejects a password', async () => {
    const env = { ...process.env, MONGODB_URI: inject('mongoUri'), MONGODB_DB: `t_cli_${Date.now()}`, DEMO_SEED: 'false', LOG_LEVEL: 'silent', NODE_ENV: 'test' };
    const args = ['tsx', 'server/cli/user-create.ts', '--role', 'curator', '--email', 'harbourmaster@hkpc.example.hk', '--password', 'harbourmaster-2024'];
    const failed = await promisify(execFile)('npx', args, { env }).then(() => undefined, (error: { code: number; stderr: string }) => error);
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toContain('password: The password must not contain your email address.');
  });
});
