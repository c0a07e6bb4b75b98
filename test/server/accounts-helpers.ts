// Accounts in tests: real registration, the verification link read from the outbox, real sign-in.
import { expect } from 'vitest';
import type { AccountType, Me } from '../../shared/schemas/accounts';
import { createUserFromCli } from '../../server/modules/accounts/account.service';
import { OutboxModel } from '../../server/platform/mail/outbox.model';
import type { ApiClient } from './harness';

export type Account = { email: string; password: string; accessToken: string; refreshCookie: string; user: Me };

let counter = 0;
export const uniqueEmail = (label = 'user') => `${label}.${Date.now().toString(36)}${(counter++).toString(36)}@example.hk`;
export const PASSWORD = 'Harbour-lights-over-Kowloon-42';

export async function latestMail(to: string) {
  const [mail] = await OutboxModel.find({ to }).sort({ createdAt: -1, _id: -1 }).limit(1);
  return mail;
}

/** The token of the newest emailed link to `path` (e.g. /verify-email) sent to `to`. */
export async function linkToken(to: string, path: string): Promise<string> {
  const mail = await latestMail(to);
  const match = mail?.text.match(new RegExp(`${path}#token=([A-Za-z0-9_-]+)`));
  if (!match?.[1]) throw new Error(`no ${path} link in the mail to ${to}`);
  return match[1];
}

/** The refresh token from a Set-Cookie header, as a Cookie header value. */
export function refreshCookieOf(res: Response): string {
  const header = res.headers.getSetCookie().find((c) => c.startsWith('aib_refresh='));
  return header ? header.split(';')[0]! : '';
}

export const bearer = (account: { accessToken: string }) => ({ authorization: `Bearer ${account.accessToken}` });

export async function login(server: ApiClient, email: string, password = PASSWORD): Promise<Account> {
  const res = await server.send('POST', '/api/auth/login', { email, password });
  expect(res.status, await res.clone().text()).toBe(200);
  const body = (await res.json()) as { accessToken: string; user: Me };
  return { email, password, accessToken: body.accessToken, refreshCookie: refreshCookieOf(res), user: body.user };
}

export async function signUp(server: ApiClient, accountType: AccountType = 'sme', organisationName = `Org ${counter}`): Promise<Account> {
  const email = uniqueEmail(accountType);
  const res = await server.send('POST', '/api/auth/register', { email, password: PASSWORD, name: `Tester ${counter}`, accountType, organisationName });
  expect(res.status, await res.clone().text()).toBe(202);
  const verified = await server.send('POST', '/api/auth/verify-email', { token: await linkToken(email, '/verify-email') });
  expect(verified.status).toBe(200);
  return login(server, email);
}

export async function staff(server: ApiClient, role: 'curator' | 'admin'): Promise<Account> {
  const email = uniqueEmail(role);
  await createUserFromCli({ role, email, password: PASSWORD, name: `${role} user` });
  return login(server, email);
}
