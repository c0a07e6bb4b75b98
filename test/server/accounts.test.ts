import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserModel } from '../../server/modules/accounts/user.model';
import { OrganisationModel } from '../../server/modules/accounts/organisation.model';
import { AuditModel } from '../../server/modules/audit/audit.model';
import { createUserFromCli } from '../../server/modules/accounts/account.service';
import { startTestServer, type TestServer } from './harness';
import { bearer, latestMail, linkToken, login, PASSWORD, refreshCookieOf, signUp, staff, uniqueEmail } from './accounts-helpers';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const register = (body: Record<string, unknown>) =>
  server.send('POST', '/api/auth/register', { password: PASSWORD, name: 'Chan Tai Man', accountType: 'sme', organisationName: 'Kwun Tong Garments', ...body });

describe('registration and verification', () => {
  it('registers an SME owner with an organisation, unverified, and emails a single-use link', async () => {
    const email = uniqueEmail();
    const res = await register({ email: email.toUpperCase() });
    expect(res.status).toBe(202);
    const user = await UserModel.findOne({ email });
    expect(user).toMatchObject({ role: 'sme', organisationRole: 'owner', emailVerifiedAt: null });
    expect(user!.passwordHash).toMatch(/^\$argon2id\$/);
    const org = await OrganisationModel.findById(user!.organisationId);
    expect(org).toMatchObject({ kind: 'sme', name: 'Kwun Tong Garments' });

    const early = await server.send('POST', '/api/auth/login', { email, password: PASSWORD });
    expect(early.status).toBe(403);
    expect(await early.json()).toMatchObject({ code: 'email-not-verified' });

    const token = await linkToken(email, '/verify-email');
    expect((await latestMail(email))!.text).toContain(`${server.config.publicUrl}/verify-email#token=`);
    expect((await server.send('POST', '/api/auth/verify-email', { token })).status).toBe(200);
    expect((await server.send('POST', '/api/auth/verify-email', { token })).status).toBe(400);
    const account = await login(server, email);
    expect(account.user).toMatchObject({ email, role: 'sme', emailVerified: true, organisation: { kind: 'sme', name: 'Kwun Tong Garments' } });
  });

  it('answers a second registration of the same address exactly like the first, and tells the owner by email', async () => {
    const email = uniqueEmail();
    const first = await register({ email });
    const second = await register({ email, accountType: 'supplier' });
    expect(second.status).toBe(first.status);
    expect(await second.json()).toEqual(await first.json());
    expect((await latestMail(email))!.subject).toMatch(/already have/);
    expect(await UserModel.countDocuments({ email })).toBe(1);
  });

  it('refuses short and common passwords and fields the user may not set', async () => {
    for (const password of ['short', 'password123', 'Password2024!', 'qwertyuiop', 'aaaaaaaaaaaa']) {
      const res = await register({ email: uniqueEmail(), password });
      expect(res.status, password).toBe(400);
    }
    for (const extra of [{ role: 'admin' }, { organisationId: '0123456789abcdef01234567' }, { emailVerified: true }]) {
      const res = await register({ email: uniqueEmail(), ...extra });
      expect(res.status).toBe(400);
    }
    expect(await UserModel.countDocuments({ role: 'admin' })).toBe(0);
  });
});

describe('sign-in', () => {
  it('sets the refresh token as an httpOnly SameSite=Strict cookie on /api/auth, and returns a short-lived access token', async () => {
    const account = await signUp(server, 'supplier');
    const res = await server.send('POST', '/api/auth/login', { email: account.email, password: PASSWORD });
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('aib_refresh='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Path=\/api\/auth/);
    expect(cookie).not.toMatch(/Secure/i); // tests run as local development; production adds Secure
    // Beside it, a readable hint without a secret: the client refreshes at start-up only when it is there.
    const hint = res.headers.getSetCookie().find((c) => c.startsWith('aib_session='))!;
    expect(hint).toMatch(/^aib_session=1;/);
    expect(hint).not.toMatch(/HttpOnly/i);
    expect(hint).toMatch(/Path=\/;/);
    const body = await res.json();
    expect(body.expiresIn).toBeLessThanOrEqual(900);
    const payload = JSON.parse(Buffer.from(body.accessToken.split('.')[1], 'base64url').toString());
    expect(payload.exp - payload.iat).toBeLessThanOrEqual(900);
    expect(payload).toMatchObject({ typ: 'access', iss: 'aibridge-api', aud: 'aibridge-web', sub: account.user.id });
    const me = await server.send('GET', '/api/me', undefined, bearer(account));
    expect(await me.json()).toMatchObject({ email: account.email, role: 'supplier', organisationRole: 'owner' });
  });

  it('gives the same answer for an unknown email and a wrong password', async () => {
    const account = await signUp(server);
    const unknown = await server.send('POST', '/api/auth/login', { email: uniqueEmail('nobody'), password: PASSWORD });
    const wrong = await server.send('POST', '/api/auth/login', { email: account.email, password: 'Not-the-password-99' });
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    const [a, b] = [await unknown.json(), await wrong.json()];
    expect(a).toEqual(b);
  });

  it('takes about as long for an unknown email as for a wrong password', async () => {
    const account = await signUp(server);
    const time = async (email: string) => {
      const start = performance.now();
      await server.send('POST', '/api/auth/login', { email, password: 'Not-the-password-99' });
      return performance.now() - start;
    };
    const median = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
    const unknown: number[] = [];
    const wrong: number[] = [];
    for (let i = 0; i < 7; i++) {
      unknown.push(await time(uniqueEmail('nobody')));
      wrong.push(await time(account.email));
    }
    // Both pay one argon2id verification; without the dummy hash the unknown email would be several times faster.
    expect(median(unknown)).toBeGreaterThan(median(wrong) * 0.5);
  });

  it('rejects operator payloads in the login body with 400', async () => {
    for (const body of [{ email: { $ne: null }, password: PASSWORD }, { email: 'a@b.hk', password: { $gt: '' } }, { email: { $regex: '.*' }, password: 'x' }]) {
      const res = await server.send('POST', '/api/auth/login', body);
      expect(res.status).toBe(400);
    }
    const res = await server.send('POST', '/api/auth/login', { email: ['a@b.hk'], password: PASSWORD });
    expect(res.status).toBe(400);
  });
});

describe('sessions', () => {
  it('logout ends the session: its refresh token no longer works', async () => {
    const account = await signUp(server);
    const out = await server.send('POST', '/api/auth/logout', undefined, { cookie: account.refreshCookie });
    expect(out.status).toBe(204);
    expect(out.headers.getSetCookie().find((c) => c.startsWith('aib_session='))).toMatch(/Expires=Thu, 01 Jan 1970/);
    expect((await server.send('POST', '/api/auth/refresh', undefined, { cookie: account.refreshCookie })).status).toBe(401);
  });

  it('a password change revokes every session and access token, and keeps the current one signed in', async () => {
    const account = await signUp(server);
    const other = await login(server, account.email);
    const res = await server.send('POST', '/api/me/password', { currentPassword: PASSWORD, newPassword: 'Dim-sum-on-Sunday-2026' }, bearer(account));
    expect(res.status).toBe(200);
    const fresh = await res.json();
    expect((await server.send('GET', '/api/me', undefined, bearer(account))).status).toBe(401);
    expect((await server.send('GET', '/api/me', undefined, bearer(other))).status).toBe(401);
    expect((await server.send('POST', '/api/auth/refresh', undefined, { cookie: other.refreshCookie })).status).toBe(401);
    expect((await server.send('GET', '/api/me', undefined, bearer(fresh))).status).toBe(200);
    expect((await server.send('POST', '/api/auth/refresh', undefined, { cookie: refreshCookieOf(res) })).status).toBe(200);
    const wrong = await server.send('POST', '/api/me/password', { currentPassword: 'nope-nope-nope', newPassword: 'Another-long-phrase-7' }, bearer(fresh));
    expect(wrong.status).toBe(400);
  });

  it('password reset by emailed link: single use, revokes sessions, same answer for unknown emails', async () => {
    const account = await signUp(server);
    const unknown = await server.send('POST', '/api/auth/forgot-password', { email: uniqueEmail('nobody') });
    const known = await server.send('POST', '/api/auth/forgot-password', { email: account.email });
    expect(known.status).toBe(202);
    expect(await known.json()).toEqual(await unknown.json());
    const token = await linkToken(account.email, '/reset-password');
    expect((await server.send('POST', '/api/auth/reset-password', { token, password: 'password123' })).status).toBe(400); // weak: link not spent
    expect((await server.send('POST', '/api/auth/reset-password', { token, password: 'New-harbour-view-2026' })).status).toBe(200);
    expect((await server.send('POST', '/api/auth/reset-password', { token, password: 'Other-harbour-view-2026' })).status).toBe(400);
    expect((await server.send('GET', '/api/me', undefined, bearer(account))).status).toBe(401);
    expect((await server.send('POST', '/api/auth/refresh', undefined, { cookie: account.refreshCookie })).status).toBe(401);
    await login(server, account.email, 'New-harbour-view-2026');
  });

  it('sign out everywhere ends every session', async () => {
    const account = await signUp(server);
    const other = await login(server, account.email);
    expect((await server.send('POST', '/api/me/sign-out-everywhere', undefined, bearer(account))).status).toBe(204);
    expect((await server.send('POST', '/api/auth/refresh', undefined, { cookie: other.refreshCookie })).status).toBe(401);
    expect((await server.send('GET', '/api/me', undefined, bearer(other))).status).toBe(401);
  });
});

describe('my data (PDPO)', () => {
  it('changes only my name: role, organisation and email are not settable', async () => {
    const account = await signUp(server);
    expect((await server.send('PATCH', '/api/me', { name: 'Wong Siu Ming' }, bearer(account))).status).toBe(200);
    for (const body of [{ role: 'admin' }, { name: 'X', organisationId: '0123456789abcdef01234567' }, { email: 'x@y.hk' }, { name: 'X', emailVerifiedAt: null }]) {
      expect((await server.send('PATCH', '/api/me', body, bearer(account))).status).toBe(400);
    }
    const user = await UserModel.findById(account.user.id);
    expect(user).toMatchObject({ name: 'Wong Siu Ming', role: 'sme', email: account.email });
  });

  it('shows my organisation as it is now: registered a moment ago, then renamed', async () => {
    const account = await signUp(server, 'sme', 'Sham Shui Po Prints');
    const me = async () => (await (await server.send('GET', '/api/me', undefined, bearer(account))).json()) as { name: string; organisation: { id: string; kind: string; name: string } };
    const before = await me();
    expect(before.organisation).toMatchObject({ kind: 'sme', name: 'Sham Shui Po Prints' });
    const renamed = await server.send('PATCH', `/api/organisations/${before.organisation.id}`, { name: 'Sham Shui Po Print Works' }, bearer(account));
    expect(renamed.status).toBe(200);
    expect((await me()).organisation).toEqual({ id: before.organisation.id, kind: 'sme', name: 'Sham Shui Po Print Works' });
  });

  it('exports all my data as JSON without secrets', async () => {
    const account = await signUp(server);
    const res = await server.send('GET', '/api/me/export', undefined, bearer(account));
    expect(res.status).toBe(200);
    const text = await res.text();
    const data = JSON.parse(text);
    expect(data.account).toMatchObject({ email: account.email });
    expect(data.sessions.length).toBeGreaterThan(0);
    expect(data.securityEvents.map((e: { type: string }) => e.type)).toEqual(expect.arrayContaining(['register', 'email.verified', 'login.succeeded']));
    expect(text).not.toMatch(/argon2|passwordHash|tokenHash/);
  });

  it('deleting my account removes personal data, ends sessions and keeps the organisation', async () => {
    const account = await signUp(server, 'supplier', 'Bowen AI Ltd');
    expect((await server.send('DELETE', '/api/me', { password: 'wrong-password-1' }, bearer(account))).status).toBe(400);
    expect((await server.send('DELETE', '/api/me', { password: PASSWORD }, bearer(account))).status).toBe(204);
    const user = await UserModel.findById(account.user.id);
    expect(user!.email).not.toContain(account.email);
    expect(user!.name).toBe('Deleted user');
    expect(user!.passwordHash).not.toMatch(/argon2/);
    expect(await OrganisationModel.findById(account.user.organisation!.id)).toMatchObject({ name: 'Bowen AI Ltd' });
    expect((await server.send('GET', '/api/me', undefined, bearer(account))).status).toBe(401);
    expect((await server.send('POST', '/api/auth/refresh', undefined, { cookie: account.refreshCookie })).status).toBe(401);
    expect((await server.send('POST', '/api/auth/login', { email: account.email, password: PASSWORD })).status).toBe(401);
    // The address is free again.
    expect((await register({ email: account.email })).status).toBe(202);
  });
});

describe('invitations', () => {
  it('an owner invites a colleague, who joins the same organisation with the same role', async () => {
    const owner = await signUp(server, 'supplier', 'Lantau Robotics');
    const orgId = owner.user.organisation!.id;
    const email = uniqueEmail('colleague');
    expect((await server.send('POST', `/api/organisations/${orgId}/invitations`, { email }, bearer(owner))).status).toBe(202);
    const token = await linkToken(email, '/invitations/accept');
    const res = await server.send('POST', '/api/auth/invitations/accept', { token, name: 'Lee Ka Yan', password: 'Peak-tram-at-dawn-88' });
    expect(res.status).toBe(201);
    const member = await res.json();
    expect(member.user).toMatchObject({ email, role: 'supplier', organisationRole: 'member', emailVerified: true, organisation: { id: orgId } });
    expect((await server.send('POST', '/api/auth/invitations/accept', { token, name: 'Again', password: 'Peak-tram-at-dawn-88' })).status).toBe(400);

    const detail = await (await server.send('GET', `/api/organisations/${orgId}`, undefined, bearer(owner))).json();
    expect(detail.members.map((m: { name: string }) => m.name)).toEqual(expect.arrayContaining(['Lee Ka Yan']));
    // A member is not the owner: no inviting, no renaming.
    expect((await server.send('POST', `/api/organisations/${orgId}/invitations`, { email: uniqueEmail() }, bearer(member))).status).toBe(404);
    expect((await server.send('PATCH', `/api/organisations/${orgId}`, { name: 'Taken over' }, bearer(member))).status).toBe(404);
  });
});

describe('curators, admins and the audit log', () => {
  it('creates staff only from the command line, audits role changes, and shows the log to admins only', async () => {
    const admin = await staff(server, 'admin');
    const sme = await signUp(server);
    await createUserFromCli({ role: 'curator', email: sme.email, password: PASSWORD, name: 'Promoted' });
    expect(await AuditModel.countDocuments({ type: 'role.changed', userId: sme.user.id })).toBe(1);
    expect((await server.send('GET', '/api/me', undefined, bearer(sme))).status).toBe(401); // role change ends sessions

    await server.send('POST', '/api/auth/login', { email: admin.email, password: 'wrong-password-1' });
    const res = await server.send('GET', '/api/admin/audit?pageSize=100', undefined, bearer(admin));
    expect(res.status).toBe(200);
    const types = (await res.json()).items.map((e: { type: string }) => e.type);
    expect(types).toEqual(expect.arrayContaining(['login.succeeded', 'login.failed', 'role.changed', 'register', 'email.verified']));
    expect((await server.send('GET', '/api/admin/audit', undefined, bearer(await staff(server, 'curator')))).status).toBe(403);
  });

  it('lets admins read the development outbox', async () => {
    const admin = await staff(server, 'admin');
    const res = await server.send('GET', '/api/admin/outbox', undefined, bearer(admin));
    expect(res.status).toBe(200);
    expect((await res.json()).total).toBeGreaterThan(0);
  });
});
