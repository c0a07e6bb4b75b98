// The cookies of a session: the httpOnly refresh token (path /api/auth), and beside it a hint the client can read,
// `aib_session=1`, holding no secret. The client asks for a refresh at start-up only when the hint is there, so an
// anonymous visitor's page load makes no refresh call that would fail with 401 (and log an error in the console).
import type { Response } from 'express';
import type { AuthContext } from './auth.context';

export const REFRESH_COOKIE = 'aib_refresh';
export const SESSION_HINT_COOKIE = 'aib_session';

const options = (ctx: AuthContext) => ({
  refresh: { httpOnly: true, secure: ctx.secureCookies, sameSite: 'strict' as const, path: '/api/auth' },
  hint: { httpOnly: false, secure: ctx.secureCookies, sameSite: 'strict' as const, path: '/' },
});

export function setSessionCookies(ctx: AuthContext, res: Response, refreshToken: string): Response {
  const { refresh, hint } = options(ctx);
  const maxAge = ctx.refreshDays * 86_400_000;
  return res.cookie(REFRESH_COOKIE, refreshToken, { ...refresh, maxAge }).cookie(SESSION_HINT_COOKIE, '1', { ...hint, maxAge });
}

export function clearSessionCookies(ctx: AuthContext, res: Response): Response {
  const { refresh, hint } = options(ctx);
  return res.clearCookie(REFRESH_COOKIE, refresh).clearCookie(SESSION_HINT_COOKIE, hint);
}
