// Forged access tokens and refresh-token replay.
import jwt from 'jsonwebtoken';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness';
import { checkSessionsInUse, sessionIsLive } from '../../server/modules/accounts/session-check';
import { SessionModel } from '../../server/modules/accounts/session.model';
import mongoose, { Types } from 'mongoose';
import { UserModel } from '../../server/modules/accounts/user.model';
import { bearer, login, refreshCookieOf, signUp, staff, type Account } from './accounts-helpers';

let server: TestServer;
let account: Account;
beforeAll(async () => {
  server = await startTestServer();
  account = await signUp(server, 'supplier');
});
afterAll(() => server.close());

const me = (token: string) => server.send('GET', '/api/me', undefined, { authorization: `Bearer ${token}` });
const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

const payloadOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { sid: string; iat: number };

describe('forged access tokens', () => {
  const claims = () => ({ sub: account.user.id, sid: payloadOf(account.accessToken).sid, role: 'admin', sv: 0, typ: 'access' });
  const now = () => Math.floor(Date.now() / 1000);
  const good = { algorithm: 'HS256' as const, issuer: 'aibridge-api', audience: 'aibridge-web', expiresIn: 300 };
  const secret = () => server.config.JWT_SECRET!;

  it('accepts the genuine token', async () => {
    expect((await me(account.accessToken)).status).toBe(200);
    expect((await me(jwt.sign({ ...claims(), role: 'supplier' }, secret(), good))).status).toBe(200);
  });

  const forgeries: Record<string, () => string> = {
    'alg none': () => `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ ...claims(), iss: 'aibridge-api', aud: 'aibridge-web', exp: Math.floor(Date.now() / 1000) + 300 })}.`,
    'wrong key': () => jwt.sign(claims(), 'another-secret-of-at-least-32-characters!!', good),
    'tampered payload': () => {
      const [header, , signature] = account.accessToken.split('.');
      const payload = JSON.parse(Buffer.from(account.accessToken.split('.')[1]!, 'base64url').toString());
      return `${header}.${b64({ ...payload, role: 'admin' })}.${signature}`;
    },
    expired: () => jwt.sign({ ...claims(), iat: Math.floor(Date.now() / 1000) - 3600, exp: Math.floor(Date.now() / 1000) - 1800 }, secret(), { algorithm: 'HS256', issuer: 'aibridge-api', audience: 'aibridge-web' }),
    'wrong issuer': () => jwt.sign(claims(), secret(), { ...good, issuer: 'someone-else' }),
    'wrong audience': () => jwt.sign(claims(), secret(), { ...good, audience: 'another-app' }),
    'wrong type': () => jwt.sign({ ...claims(), typ: 'refresh' }, secret(), good),
    'no type': () => jwt.sign({ sub: account.user.id, role: 'supplier', sv: 0 }, secret(), good),
    'other algorithm (HS512)': () => jwt.sign(claims(), secret(), { ...good, algorithm: 'HS512' }),
    'lifetime longer than 15 minutes': () => jwt.sign(claims(), secret(), { ...good, expiresIn: 3600 * 24 }),
    'not a JWT': () => 'garbage.token.value',
    'unknown user': () => jwt.sign({ ...claims(), sub: '0123456789abcdef01234567' }, secret(), good),
    'stale session version': () => jwt.sign({ ...claims(), sv: 99 }, secret(), good),
    'issued in the future': () => jwt.sign({ ...claims(), role: 'supplier', iat: now() + 3600 }, secret(), good),
    'no session': () => jwt.sign({ sub: account.user.id, role: 'supplier', sv: 0, typ: 'access' }, secret(), good),
    'unknown session': () => jwt.sign({ ...claims(), role: 'supplier', sid: '0123456789abcdef01234567' }, secret(), good),
  };

  for (const [name, forge] of Object.entries(forgeries)) {
    it(`answers 401 for ${name}`, async () => {
      const res = await me(forge());
      expect(res.status).toBe(401);
      expect(await res.json()).toMatchObject({ code: 'unauthorized' });
    });
  }
});

describe('the end of a session ends its access tokens on the next request', () => {
  const works = async (token: string) => (await me(token)).status === 200;

  it('logout', async () => {
    const a = await signUp(server);
    const other = await login(server, a.email); // another device of the same user
    expect(await works(a.accessToken)).toBe(true);
    expect((await server.send('POST', '/api/auth/logout', undefined, { cookie: a.refreshCookie })).status).toBe(204);
    expect(await works(a.accessToken)).toBe(false);
    expect(await works(other.accessToken)).toBe(true);
  });

  it('a replayed refresh token ends the family, and every access token issued in it', async () => {
    const a = await signUp(server);
    const rotated = await server.send('POST', '/api/auth/refresh', undefined, { cookie: a.refreshCookie });
    const { accessToken } = (await rotated.json()) as { accessToken: string };
    expect(await works(accessToken)).toBe(true);
    expect((await server.send('POST', '/api/auth/refresh', undefined, { cookie: a.refreshCookie })).status).toBe(401);
    expect(await works(accessToken)).toBe(false);
    expect(await works(a.accessToken)).toBe(false);
  });

  it('a clock a little fast is tolerated', async () => {
    const { exp: _expiry, ...claims } = payloadOf(account.accessToken) as { exp?: number };
    const token = jwt.sign({ ...claims, iat: Math.floor(Date.now() / 1000) + 20 }, server.config.JWT_SECRET!, { algorithm: 'HS256', expiresIn: 300 });
    expect(await works(token)).toBe(true);
  });

  it('a role changed where no event announces it (the command line, no Redis) holds from the next sign-in on', async () => {
    const curator = await staff(server, 'curator');
    expect((await server.send('GET', '/api/curation/cases', undefined, bearer(curator))).status).toBe(200);
    // As user:create does it from another process: the role, and every session ended through the session version.
    await UserModel.collection.updateOne({ _id: new Types.ObjectId(curator.user.id) }, { $set: { role: 'sme' }, $inc: { sessionVersion: 1 } });
    const again = await login(server, curator.email);
    expect((await server.send('GET', '/api/curation/cases', undefined, bearer(again))).status).toBe(403);
    expect((await (await server.send('GET', '/api/me', undefined, bearer(again))).json()).role).toBe('sme');
  });

  it('a session in use, ended or demoted where no event announces it, stops or changes at its next check ahead', async () => {
    const a = await signUp(server);
    const b = await signUp(server);
    expect(await works(a.accessToken)).toBe(true);
    expect((await (await me(b.accessToken)).json()).role).toBe('sme');
    await SessionModel.collection.updateOne({ _id: new Types.ObjectId(payloadOf(a.accessToken).sid) }, { $set: { revokedAt: new Date() } });
    await UserModel.collection.updateOne({ _id: new Types.ObjectId(b.user.id) }, { $set: { role: 'supplier' } });
    expect(await works(a.accessToken)).toBe(true); // the answers kept for up to two minutes, until checked
    await checkSessionsInUse((userIds) => server.accounts.rereadAll(userIds), 0);
    expect(await works(a.accessToken)).toBe(false);
    expect((await (await me(b.accessToken)).json()).role).toBe('supplier');
  });

  it('reads a session once, then answers for it from memory', async () => {
    const { sid } = payloadOf(account.accessToken);
    expect(await sessionIsLive(sid, account.user.id)).toBe(true); // read once, then kept
    const reads: string[] = [];
    mongoose.set('debug', (collection: string) => void reads.push(collection));
    try {
      for (let i = 0; i < 100; i++) expect(await sessionIsLive(sid, account.user.id)).toBe(true);
    } finally {
      mongoose.set('debug', false);
    }
    expect(reads.filter((c) => c === 'sessions')).toEqual([]);
  });
});

describe('refresh tokens', () => {
  it('rotate on every use; a replayed token fails and ends its whole family', async () => {
    const a = await signUp(server);
    const first = await server.send('POST', '/api/auth/refresh', undefined, { cookie: a.refreshCookie });
    expect(first.status).toBe(200);
    const second = refreshCookieOf(first);
    expect(second).not.toBe(a.refreshCookie);
    expect((await first.json()).user.email).toBe(a.email);

    const replay = await server.send('POST', '/api/auth/refresh', undefined, { cookie: a.refreshCookie });
    expect(replay.status).toBe(401);
    // The legitimate next token of that family is dead too; another session of the same user is untouched.
    expect((await server.send('POST', '/api/auth/refresh', undefined, { cookie: second })).status).toBe(401);
  });

  it('20 concurrent refreshes with one token: exactly one succeeds', async () => {
    const a = await signUp(server);
    const results = await Promise.all(Array.from({ length: 20 }, () => server.send('POST', '/api/auth/refresh', undefined, { cookie: a.refreshCookie })));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 401)).toHaveLength(19);
    // The losers were replays of a used token: the family is ended, so the winner's new token is dead as well.
    const winner = results.find((r) => r.status === 200)!;
    expect((await server.send('POST', '/api/auth/refresh', undefined, { cookie: refreshCookieOf(winner) })).status).toBe(401);
  });

  it('answers 401 without a cookie or with an unknown one', async () => {
    expect((await server.send('POST', '/api/auth/refresh')).status).toBe(401);
    expect((await server.send('POST', '/api/auth/refresh', undefined, { cookie: 'aib_refresh=made-up-value' })).status).toBe(401);
  });

  it('does not accept an access token as a refresh token, nor the other way round', async () => {
    expect((await server.send('POST', '/api/auth/refresh', undefined, { cookie: `aib_refresh=${account.accessToken}` })).status).toBe(401);
    const raw = account.refreshCookie.split('=')[1]!;
    expect((await me(raw)).status).toBe(401);
    expect((await server.send('GET', '/api/me', undefined, bearer(account))).status).toBe(200);
  });
});
