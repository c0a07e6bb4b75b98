// /api/auth: registration, sign-in, refresh, sign-out, email verification, password reset, invitations.
// Every route that takes an email, a password or a link token is throttled per IP and per account.
import type { Request, Response } from 'express';
import {
  acceptInvitationBodySchema,
  emailBodySchema,
  loginBodySchema,
  messageSchema,
  registerBodySchema,
  resetPasswordBodySchema,
  sessionResponseSchema,
  tokenBodySchema,
} from '../../../shared/schemas/accounts';
import { anyone } from '../../platform/http/access';
import { AppError, Unauthorized, Validation } from '../../platform/errors/errors';
import { bodyField, bodyFieldFromIp, limiter } from '../../platform/http/rate-limit';
import { routeGroup } from '../../platform/http/routes';
import { audit } from '../audit';
import { presentMe } from './account.presenter';
import { loadMe } from './account.service';
import type { AuthContext } from './auth.context';
import { register, requestPasswordReset, resendVerification, resetPassword, verifyEmail } from './auth.service';
import { authenticateLocal } from './authenticate';
import { acceptInvitation } from './organisation.service';
import { endSession, rotate, startSession, type Issued } from './session.service';
import { clearSessionCookies, REFRESH_COOKIE, setSessionCookies } from './session-cookies';
import type { UserDoc } from './user.model';


const linkInvalid = () => Validation([{ path: 'body.token', message: 'This link is not valid or has expired.', code: 'link-invalid' }]);

export function authRoutes(ctx: AuthContext) {
  const routes = routeGroup('/api/auth', 'Accounts');
  const { windowSeconds, perIp, perAccount, counters } = ctx.throttle;
  const perIpLimit = limiter({ name: 'auth-ip', counters, windowSeconds, limit: perIp });
  const per = (route: string, field: string, failuresOnly = false) => [
    perIpLimit,
    limiter({ name: `auth-${route}`, counters, windowSeconds, limit: perAccount, key: bodyField(field), failuresOnly }),
  ];
  // Sign-in failures and reset requests count per account and address: an attacker's attempts must not lock the
  // owner out of signing in, nor of resetting the password.
  const perFromIp = (route: string, field: string, failuresOnly = false) => [
    perIpLimit,
    limiter({ name: `auth-${route}`, counters, windowSeconds, limit: perAccount, key: bodyFieldFromIp(field), failuresOnly }),
  ];

  const clearCookie = (res: Response) => clearSessionCookies(ctx, res);
  async function sendSession(res: Response, issued: Issued, status = 200) {
    setSessionCookies(ctx, res, issued.refreshToken);
    res.setHeader('Cache-Control', 'no-store');
    const { user, organisation } = await loadMe(issued.user._id);
    res.status(status).json({ accessToken: issued.accessToken, expiresIn: ctx.tokens.accessSeconds, user: presentMe(user, organisation) });
  }
  const refreshCookie = (req: Request) => (req.cookies as Record<string, string> | undefined)?.[REFRESH_COOKIE];
  const sent = { message: 'If the address can receive email, a message is on its way.' };

  routes.post(
    '/register',
    { summary: 'Register an SME or supplier organisation and its owner; a verification link is emailed', access: anyone, body: registerBodySchema, response: messageSchema, status: 202, limits: per('register', 'email') },
    async ({ body }, req, res) => {
      await register(ctx, body, req.ip);
      res.status(202).json(sent);
    },
  );

  routes.post(
    '/login',
    { summary: 'Sign in with email and password', access: anyone, body: loginBodySchema, response: sessionResponseSchema, limits: perFromIp('login', 'email', true) },
    async (_input, req, res) => {
      const user = await authenticateLocal<UserDoc>(ctx, req, res);
      if (!user) throw Unauthorized('The email address or password is not correct.');
      if (!user.emailVerifiedAt) throw new AppError(403, 'email-not-verified', 'Confirm your email address first: open the link we emailed you.');
      await audit('login.succeeded', { userId: user._id, ip: req.ip });
      await sendSession(res, await startSession(ctx, user, req.get('user-agent')));
    },
  );

  routes.post(
    '/refresh',
    { summary: 'Exchange the refresh cookie for a new access token (the cookie rotates; a reused one ends its session)', access: anyone, response: sessionResponseSchema },
    async (_input, req, res) => {
      try {
        await sendSession(res, await rotate(ctx, refreshCookie(req), req.ip));
      } catch (error) {
        clearCookie(res);
        throw error;
      }
    },
  );

  routes.post('/logout', { summary: 'Sign out: ends the session of the refresh cookie', access: anyone, status: 204 }, async (_input, req, res) => {
    await endSession(refreshCookie(req));
    clearCookie(res).status(204).end();
  });

  routes.post(
    '/verify-email',
    { summary: 'Confirm an email address with the emailed link token', access: anyone, body: tokenBodySchema, response: messageSchema, limits: per('verify-email', 'token') },
    async ({ body }, req, res) => {
      if (!(await verifyEmail(ctx, body.token, req.ip))) throw linkInvalid();
      res.json({ message: 'Your email address is confirmed.' });
    },
  );

  routes.post(
    '/resend-verification',
    { summary: 'Email a new verification link', access: anyone, body: emailBodySchema, response: messageSchema, status: 202, limits: per('resend-verification', 'email') },
    async ({ body }, _req, res) => {
      await resendVerification(ctx, body.email);
      res.status(202).json(sent);
    },
  );

  routes.post(
    '/forgot-password',
    { summary: 'Email a password reset link', access: anyone, body: emailBodySchema, response: messageSchema, status: 202, limits: perFromIp('forgot-password', 'email') },
    async ({ body }, req, res) => {
      await requestPasswordReset(ctx, body.email, req.ip);
      res.status(202).json(sent);
    },
  );

  routes.post(
    '/reset-password',
    { summary: 'Set a new password with the emailed link token; every session ends', access: anyone, body: resetPasswordBodySchema, response: messageSchema, limits: per('reset-password', 'token') },
    async ({ body }, req, res) => {
      if (!(await resetPassword(body.token, body.password, req.ip))) throw linkInvalid();
      res.json({ message: 'Your password is changed. Sign in with the new one.' });
    },
  );

  routes.post(
    '/invitations/accept',
    { summary: 'Accept an emailed invitation: creates a member of the inviting organisation and signs in', access: anyone, body: acceptInvitationBodySchema, response: sessionResponseSchema, status: 201, limits: per('accept-invitation', 'token') },
    async ({ body }, req, res) => {
      const user = await acceptInvitation(body.token, body.name, body.password, req.ip);
      if (!user) throw linkInvalid();
      await sendSession(res, await startSession(ctx, user, req.get('user-agent')), 201);
    },
  );

  return routes;
}
