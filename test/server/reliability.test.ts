// Reliability under races and abuse (issue 15): counters and limits stay exact under 50 concurrent writers on the
// embedded database, slug allocation does not slow down with collisions, malformed input gets a 4xx problem, event
// streams are capped per user, and contacts are validated by kind.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ INQUIRIES_PER_DAY: '20' });
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
