// Runs on every /api request: a valid bearer access token puts the caller on res.locals.principal.
// A missing or invalid token leaves the request anonymous; routes that need a caller answer 401 (see access.ts).
import type { RequestHandler } from 'express';
import type { Principal } from '../../platform/auth/principal';
import type { AuthContext } from './auth.context';

export function authenticate(ctx: AuthContext): RequestHandler {
  return (req, res, next) => {
    const { authorization } = req.headers;
    if (!authorization) return next();
    const known = ctx.knownCaller(authorization);
    if (known) {
      known.then((principal) => {
        if (principal) res.locals.principal = principal;
        next();
      }, next);
      return;
    }
    ctx.passport.authenticate('jwt', { session: false }, (error: unknown, principal: Principal | false) => {
      if (error) return next(error);
      if (principal) res.locals.principal = principal;
      next();
    })(req, res, next);
  };
}

/** The local strategy as a promise: the user whose email and password match, or undefined. */
export function authenticateLocal<U>(ctx: AuthContext, req: Parameters<RequestHandler>[0], res: Parameters<RequestHandler>[1]) {
  return new Promise<U | undefined>((resolve, reject) => {
    ctx.passport.authenticate('local', { session: false }, (error: unknown, user: U | false) => {
      if (error) reject(error);
      else resolve(user || undefined);
    })(req, res, reject);
  });
}
