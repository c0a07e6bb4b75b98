// Idempotency-Key on the routes that create something: a retried request returns the first answer and creates
// nothing; the same key with another body is 422; concurrent duplicates create once; answers are kept 24 hours.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NeedModel } from '../../server/modules/needs/need.model';
import { IdempotencyModel, sweepIdempotencyKeys } from '../../server/platform/http/idempotency.model';
import { bearer, signUp, type Account } from './accounts-helpers';
import { startTestServer, type TestServer } from './harness';
import { linkSupplier, makeSupplier, startInquiry } from './inquiries-helpers';

let server: TestServer;
let sme: Account;
let otherSme: Account;
let supplier: Account;
beforeAll(async () => {
  server = await startTestServer();
  [sme, otherSme, supplier] = [await signUp(server, 'sme'), await signUp(server, 'sme'), await signUp(server, 'supplier')];
});
afterAll(() => server?.close());

const needBody = (title = 'Find fabric defects automatically') => ({
  title,
  description: 'Our garment factory wants cameras and computer vision to catch weaving defects before shipping.',
  sector: 'manufacturing',
  applicationAreas: ['operations'],
  budgetBand: '300k-500k',
  languages: ['zh-Hant'],
});
let keys = 0;
const newKey = () => `key-${Date.now()}-${keys++}`;
const post = (who: Account, path: string, body: unknown, key?: string) =>
  server.send('POST', path, body, { ...bearer(who), ...(key ? { 'idempotency-key': key } : {}) });
const needsOf = async (who: Account, title: string) => NeedModel.countDocuments({ organisationId: who.user.organisation!.id, title });

describe('Idempotency-Key', () => {
  it('a retry with the same key and body returns the first answer and creates nothing', async () => {
    const key = newKey();
    const first = await post(sme, '/api/needs', needBody('Retry me'), key);
    expect(first.status).toBe(201);
    const again = await post(sme, '/api/needs', { ...needBody('Retry me') }, key);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.json()).toEqual(await first.json());
    expect(await needsOf(sme, 'Retry me')).toBe(1);
    // Without a key, or with a new one, each request creates.
    expect((await post(sme, '/api/needs', needBody('Retry me'))).status).toBe(201);
    expect((await post(sme, '/api/needs', needBody('Retry me'), newKey())).status).toBe(201);
    expect(await needsOf(sme, 'Retry me')).toBe(3);
  });

  it('the same key with another body is 422 and creates nothing', async () => {
    const key = newKey();
    expect((await post(sme, '/api/needs', needBody('First body'), key)).status).toBe(201);
    const other = await post(sme, '/api/needs', needBody('Second body'), key);
    expect(other.status).toBe(422);
    expect(other.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await other.json()).toMatchObject({ status: 422, code: 'idempotency-key-reused' });
    expect(await needsOf(sme, 'Second body')).toBe(0);
  });

  it('keys belong to their caller', async () => {
    const key = newKey();
    expect((await post(sme, '/api/needs', needBody('Shared key'), key)).status).toBe(201);
    const theirs = await post(otherSme, '/api/needs', needBody('Shared key'), key);
    expect(theirs.status).toBe(201);
    expect(theirs.headers.get('idempotent-replayed')).toBeNull();
    expect(await needsOf(otherSme, 'Shared key')).toBe(1);
  });

  it('20 concurrent duplicates create one message; the others replay it or are told to retry', async () => {
    const profile = await makeSupplier();
    await linkSupplier(supplier, profile.id);
    const thread = await startInquiry(server, sme, { supplierId: profile.id });
    const key = newKey();
    const answers = await Promise.all(Array.from({ length: 20 }, () => post(sme, `/api/inquiries/${thread.id}/messages`, { text: 'Sent once, however often' }, key)));
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 201).length).toBeGreaterThanOrEqual(1);
    expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
    for (const busy of answers.filter((r) => r.status === 409)) expect(busy.headers.get('retry-after')).toBe('1');
    const replay = await post(sme, `/api/inquiries/${thread.id}/messages`, { text: 'Sent once, however often' }, key);
    expect(replay.status).toBe(201);
    const detail = await (await server.send('GET', `/api/inquiries/${thread.id}`, undefined, bearer(sme))).json();
    expect(detail.messages.filter((m: { text: string }) => m.text === 'Sent once, however often')).toHaveLength(1);
  });

  it('an answer that is not a success is not kept: the key can be used again', async () => {
    const key = newKey();
    const missing = await post(sme, '/api/inquiries/0123456789abcdef01234567/messages', { text: 'Nobody there' }, key);
    expect(missing.status).toBe(404);
    expect((await post(sme, '/api/needs', needBody('After a failure'), key)).status).toBe(201);
  });

  it('answers are kept 24 hours: an expired key creates again, and the sweep removes it', async () => {
    const key = newKey();
    const first = await (await post(sme, '/api/needs', needBody('Yesterday'), key)).json();
    await IdempotencyModel.updateMany({ expiresAt: { $gt: new Date() } }, { $set: { expiresAt: new Date(Date.now() - 1000) } });
    const later = await post(sme, '/api/needs', needBody('Yesterday'), key);
    expect(later.status).toBe(201);
    expect((await later.json()).id).not.toBe(first.id);
    await IdempotencyModel.updateMany({}, { $set: { expiresAt: new Date(Date.now() - 1000) } });
    sweepIdempotencyKeys(() => {})();
    await expect.poll(() => IdempotencyModel.countDocuments({})).toBe(0);
  });

  it('rejects a malformed key, and documents the header on every creating route', async () => {
    expect((await post(sme, '/api/needs', needBody(), 'has spaces')).status).toBe(400);
    expect((await post(sme, '/api/needs', needBody(), 'k'.repeat(256))).status).toBe(400);
    const doc = await (await server.get('/api/openapi.json')).json();
    for (const path of ['/api/needs', '/api/inquiries', '/api/inquiries/{id}/messages', '/api/inquiries/{id}/quotes', '/api/cases']) {
      expect(doc.paths[path].post.parameters, path).toContainEqual(expect.objectContaining({ name: 'Idempotency-Key', in: 'header' }));
    }
  });
});
