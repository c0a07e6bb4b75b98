// TRUST_PROXY names the proxies whose X-Forwarded-For is believed. Behind a proxy elsewhere on the network (Compose),
// the default (loopback) must be widened; and a caller that is not a trusted proxy cannot dodge the per-IP limit by
// claiming other addresses.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness';
import { uniqueEmail } from './accounts-helpers';

const PER_IP = 3;
let server: TestServer;
beforeAll(async () => {
  // Only a 10.x proxy is trusted; the test's requests come from 127.0.0.1.
  server = await startTestServer({ TRUST_PROXY: '10.0.0.0/8', AUTH_RATE_PER_IP: String(PER_IP), AUTH_RATE_WINDOW_SECONDS: '600' });
});
afterAll(() => server.close());

const signInFrom = (ip: string) => server.send('POST', '/api/auth/login', { email: uniqueEmail(), password: 'wrong-password' }, { 'x-forwarded-for': ip });

describe('TRUST_PROXY', () => {
  it('ignores X-Forwarded-For from a caller that is not a trusted proxy: every claimed address shares its budget', async () => {
    for (let i = 0; i < PER_IP; i++) expect((await signInFrom(`203.0.113.${i + 1}`)).status).toBe(401);
    const res = await signInFrom('198.51.100.7');
    expect(res.status).toBe(429);
    expect(await res.json()).toMatchObject({ code: 'rate-limited' });
  });
});
