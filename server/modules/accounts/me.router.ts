// /api/me: the signed-in user's own account. No route here takes an id: "me" is always the token's subject.
// Export and deletion of the account's data are the privacy module's (privacy.router.ts), under the same path.
import { changePasswordBodySchema, meSchema, sessionResponseSchema, updateMeBodySchema } from '../../../shared/schemas/accounts';
import { caller, signedIn } from '../../platform/http/access';
import { routeGroup } from '../../platform/http/routes';
import { presentMe } from './account.presenter';
import { changePassword, loadMe, showMe, updateProfile } from './account.service';
import type { AuthContext } from './auth.context';
import { clearSessionCookies, setSessionCookies } from './session-cookies';
import { revokeAllSessions, startSession } from './session.service';

export function meRoutes(ctx: AuthContext) {
  const routes = routeGroup('/api/me', 'Accounts');

  routes.get('/', { summary: 'The signed-in user and their organisation', access: signedIn, response: meSchema }, async (_input, _req, res) => {
    const { user, organisation } = await showMe(caller(res).id, ctx.users, ctx.organisations);
    res.json(presentMe(user, organisation));
  });

  routes.patch('/', { summary: 'Change my name (role, organisation and email are not settable here)', access: signedIn, body: updateMeBodySchema, response: meSchema }, async ({ body }, _req, res) => {
    const { user, organisation } = await updateProfile(caller(res).id, body.name);
    res.json(presentMe(user, organisation));
  });

  routes.post(
    '/password',
    { summary: 'Change my password: every session ends, and this one starts afresh', access: signedIn, body: changePasswordBodySchema, response: sessionResponseSchema },
    async ({ body }, req, res) => {
      const user = await changePassword(ctx, caller(res).id, body.currentPassword, body.newPassword, req.ip);
      const issued = await startSession(ctx, user, req.get('user-agent'));
      const { organisation } = await loadMe(user._id);
      setSessionCookies(ctx, res, issued.refreshToken);
      res.json({ accessToken: issued.accessToken, expiresIn: ctx.tokens.accessSeconds, user: presentMe(user, organisation) });
    },
  );

  routes.post('/sign-out-everywhere', { summary: 'End every session of mine, on every device', access: signedIn, status: 204 }, async (_input, req, res) => {
    const { user } = await loadMe(caller(res).id);
    await revokeAllSessions(user._id, 'signed out everywhere', req.ip);
    clearSessionCookies(ctx, res).status(204).end();
  });

  return routes;
}
