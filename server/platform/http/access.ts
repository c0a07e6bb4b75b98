// Who may call a route. Every route declares one of these; `who` is shown in the OpenAPI document.
// The signed-in caller (if any) was put on res.locals.principal by the accounts module's `authenticate`
// middleware, from a verified access token; these helpers only read it.
import type { RequestHandler, Response } from 'express';
import type { Role } from '../../../shared/schemas/accounts';
import type { Principal } from '../auth/principal';
import { Forbidden, Unauthorized } from '../errors/errors';

export type Access = RequestHandler & { who: string };

export function access(who: string, handler: RequestHandler): Access {
  return Object.assign(handler, { who });
}

export function principalOf(res: Response): Principal | undefined {
  return res.locals.principal as Principal | undefined;
}

/** The caller, for handlers behind `signedIn` or `role(…)`. */
export function caller(res: Response): Principal {
  const principal = principalOf(res);
  if (!principal) throw Unauthorized();
  return principal;
}

/** Public data: anyone, signed in or not. */
export const anyone = access('anyone', (_req, _res, next) => next());

/** Any signed-in user; anonymous callers get 401. */
export const signedIn = access('any signed-in user', (_req, res, next) => next(principalOf(res) ? undefined : Unauthorized()));

/** Signed-in users with one of these roles: 401 when anonymous, 403 for other roles. */
export function role(...roles: Role[]): Access {
  return access(`signed-in users with role ${roles.join(' or ')}`, (_req, res, next) => {
    const principal = principalOf(res);
    if (!principal) return next(Unauthorized());
    next(roles.includes(principal.role) ? undefined : Forbidden());
  });
}

/** Signed-in members of an SME or supplier organisation (the per-record policy decides the rest). */
export const organisationMember = access('signed-in members of an organisation', (_req, res, next) => {
  const principal = principalOf(res);
  if (!principal) return next(Unauthorized());
  next(principal.organisationId ? undefined : Forbidden());
});
