// Throttling: 429 with Retry-After once the stated number of attempts is used, per account and per IP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness';
import { createUserFromCli } from '../../server/modules/accounts/account.service';
import { PASSWORD, signUp, uniqueEmail } from './accounts-helpers';

let server: TestServer;
const PER_ACCOUNT = 3;
const PER_IP = 12;
beforeAll(async () => {
  server = await startTestServer({ AUTH_RATE_PER_ACCOUNT: String(PER_ACCOUNT), AUTH_RATE_PER_IP: String(PER_IP), AUTH_RATE_WINDOW_SECONDS: '600' });
});
afterAll(() => server.close());

async function expectThrottled(res: Response) {
  expect(res.status).toBe(429);
  expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  expect(res.headers.get('content-type')).toMatch(/problem\+json/);
  expect(await res.json()).toMatchObject({ status: 429, code: 'rate-limited' });
}

describe('throttling', () => {
  it(`allows ${PER_ACCOUNT} failed sign-ins per account, then answers 429 even with the right password`, async () => {
    const account = await signUp(server); // 1 IP-counted register + 1 verify + 1 login
    for (let i = 0; i < PER_ACCOUNT; i++) {
      expect((await server.send('POST', '/api/auth/login', { email: account.email, password: `wrong-password-${i}` })).status).toBe(401);
    }
    await expectThrottled(await server.send('POST', '/api/auth/login', { email: account.email, password: PASSWORD }));
    // Another account from the same IP is not blocked by this one.
    expect((await server.send('POST', '/api/auth/login', { email: uniqueEmail(), password: 'wrong-password-x' })).status).toBe(401);
  });

  it(`limits password-reset requests per email address`, async () => {
    const email = uniqueEmail();
    for (let i = 0; i < PER_ACCOUNT; i++) expect((await server.send('POST', '/api/auth/forgot-password', { email })).status).toBe(202);
    await expectThrottled(await server.send('POST', '/api/auth/forgot-password', { email }));
  });

  it(`allows ${PER_IP} attempts per IP across accounts and routes, then answers 429`, async () => {
    // Earlier tests in this file used 3 + 4 + 1 + 4 = 12 of this IP's budget on throttled routes, minus nothing.
    const res = await server.send('POST', '/api/auth/register', { email: uniqueEmail(), password: PASSWORD, name: 'N', accountType: 'sme', organisationName: 'O' });
    await expectThrottled(res);
    await expectThrottled(await server.send('POST', '/api/auth/verify-email', { token: 'x'.repeat(43) }));
    // Routes that are not throttled still work.
    expect((await server.get('/api/health')).status).toBe(200);
  });

  it('failing on purpose from one address locks the owner out of neither signing in nor resetting elsewhere', async () => {
    // 127.0.0.1 used its budget above; each address here is a client behind the trusted local proxy.
    const from = (ip: string) => ({ 'x-forwarded-for': ip });
    const email = uniqueEmail('owner');
    await createUserFromCli({ role: 'curator', email, password: PASSWORD, name: 'Owner' });
    for (let i = 0; i < PER_ACCOUNT; i++) {
      expect((await server.send('POST', '/api/auth/login', { email, password: `wrong-password-${i}` }, from('203.0.113.9'))).status).toBe(401);
    }
    await expectThrottled(await server.send('POST', '/api/auth/login', { email, password: PASSWORD }, from('203.0.113.9')));
    expect((await server.send('POST', '/api/auth/login', { email, password: PASSWORD }, from('198.51.100.4'))).status).toBe(200);

    for (let i = 0; i < PER_ACCOUNT; i++) expect((await server.send('POST', '/api/auth/forgot-password', { email }, from('203.0.113.9'))).status).toBe(202);
    await expectThrottled(await server.send('POST', '/api/auth/forgot-password', { email }, from('203.0.113.9')));
    expect((await server.send('POST', '/api/auth/forgot-password', { email }, from('198.51.100.4'))).status).toBe(202);
  });
});
