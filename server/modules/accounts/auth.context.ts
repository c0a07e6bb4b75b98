// What the accounts module needs at run time, built once from the configuration: token settings, cookie
// settings, throttles, the mailer and a Passport instance of its own (no global strategies).
import { createSecretKey } from 'node:crypto';
import type { Request } from 'express';
import type { Types } from 'mongoose';
import passport from 'passport';
import { ExtractJwt, Strategy as JwtStrategy } from 'passport-jwt';
import { Strategy as LocalStrategy } from 'passport-local';
import type { Config } from '../../config';
import type { Principal } from '../../platform/auth/principal';
import type { Mailer } from '../../platform/mail/mailer';
import type { Counters } from '../../platform/redis';
import { checkCredentials } from './auth.service';
import { JWT_ALGORITHM, JWT_AUDIENCE, JWT_ISSUER, resolveJwtSecret, type AccessClaims, type TokenSettings } from './tokens';
import { isObjectId } from '../../platform/db/hex-id';
import { sessionIsKnown, sessionIsLive } from './session-check';
import { OrganisationDirectory } from './organisation.directory';
import { UserDirectory } from './user.directory';
import { VerifiedTokens, type VerifiedClaims } from './verified-tokens';

export type AuthContext = {
  tokens: TokenSettings;
  refreshDays: number;
  secureCookies: boolean;
  publicUrl: string;
  mailer: Mailer;
  passport: passport.Authenticator;
  /** Settings of the throttles, and the counters they count in (this process, or Redis for every instance). */
  throttle: { windowSeconds: number; perIp: number; perAccount: number; counters: Counters };
  claims: RegistrationClaims;
  /**
   * Every account's sign-in facts, and every organisation's name and profile, kept in memory (the runtime starts and
   * stops following their changes).
   */
  users: UserDirectory;
  organisations: OrganisationDirectory;
  /** The caller a bearer token verified before names, if it is still valid (authenticate.ts skips Passport then). */
  knownCaller(authorization: string): Promise<Principal | false> | undefined;
};

/**
 * What registration and email verification do about listed profiles: the claims module's functions, wired in by
 * runtime.ts (claims depend on accounts, so accounts cannot import them).
 */
export type RegistrationClaims = {
  /** A supplier registering as a listed profile's owner files an unconfirmed claim on it. */
  fileAtRegistration(user: { _id: Types.ObjectId; email: string }, organisationId: Types.ObjectId, supplierId: string): Promise<void>;
  /** A verified email address confirms (or sends to curators) the claims its owner filed. */
  confirmOf(userId: Types.ObjectId, ip?: string): Promise<void>;
};

const MAX_ACCESS_SECONDS = 15 * 60;
/** How far ahead of our clock a token's issue time may be (another instance's clock may run a little fast). */
const CLOCK_SKEW_SECONDS = 30;

/** False for claims we would never have issued: a lifetime over the maximum, an issue time in the future, a wrong shape. */
function plausible(claims: Partial<VerifiedClaims>): claims is VerifiedClaims {
  if (!claims.iat || !claims.exp || claims.exp - claims.iat > MAX_ACCESS_SECONDS) return false;
  if (claims.iat > Date.now() / 1000 + CLOCK_SKEW_SECONDS) return false;
  return claims.typ === 'access' && typeof claims.sub === 'string' && isObjectId(claims.sub) && typeof claims.sid === 'string' && isObjectId(claims.sid);
}

/** From a verified JWT payload to the caller, checking the user still exists and the token's session is live. */
async function principalFromClaims({ users, organisations }: Pick<AuthContext, 'users' | 'organisations'>, claims: Partial<AccessClaims & { iat: number; exp: number }>): Promise<Principal | false> {
  if (!plausible(claims)) return false;
  // A session not checked lately re-reads its user too: a write no event announced (the user:create command changing
  // a role, with no Redis to relay it) then reaches a new sign-in at once, and older sessions within LIVE_FOR_MS.
  const user = sessionIsKnown(claims.sid) ? users.byId(claims.sub) : users.reread(claims.sub);
  const [account, live] = await Promise.all([user, sessionIsLive(claims.sid, claims.sub)]);
  if (!account || !live || account.deletedAt || account.sessionVersion !== claims.sv) return false;
  const organisationId = account.organisationId?.toHexString();
  return {
    id: account._id.toHexString(),
    role: account.role,
    organisationId,
    organisationRole: account.organisationRole ?? undefined,
    supplierId: account.role === 'supplier' && organisationId ? await organisations.supplierIdOf(organisationId) : undefined,
  };
}

export function createAuthContext(config: Config, mailer: Mailer, claims: RegistrationClaims, counters: Counters): AuthContext {
  const tokens = { secret: resolveJwtSecret(config), accessSeconds: config.ACCESS_TOKEN_MINUTES * 60 };
  const users = new UserDirectory();
  const organisations = new OrganisationDirectory();
  const verified = new VerifiedTokens(MAX_ACCESS_SECONDS);
  const auth = new passport.Passport();
  auth.use(
    new JwtStrategy(
      {
        jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
        // A key object, not the string: given a string, jsonwebtoken first tries (and fails) to parse it as a
        // public key on every request, which cost more than the signature check itself. passport-jwt hands it to
        // jsonwebtoken unchanged; its type declarations predate key objects.
        secretOrKey: createSecretKey(Buffer.from(tokens.secret)) as unknown as Buffer,
        algorithms: [JWT_ALGORITHM],
        issuer: JWT_ISSUER,
        audience: JWT_AUDIENCE,
        jsonWebTokenOptions: { maxAge: MAX_ACCESS_SECONDS },
        passReqToCallback: true,
      },
      (req: Request, claims: Partial<VerifiedClaims>, done: (err: unknown, user?: Principal | false) => void) => {
        if (plausible(claims)) verified.remember(req.headers.authorization!, claims);
        principalFromClaims({ users, organisations }, claims).then((p) => done(null, p), done);
      },
    ),
  );
  auth.use(
    new LocalStrategy({ usernameField: 'email', passwordField: 'password', session: false, passReqToCallback: true }, (req, email, password, done) => {
      checkCredentials(email, password, req.ip).then((user) => done(null, user ?? false), done);
    }),
  );
  return {
    tokens,
    refreshDays: config.REFRESH_TOKEN_DAYS,
    secureCookies: !config.isLocal,
    publicUrl: config.publicUrl,
    mailer,
    passport: auth,
    claims,
    users,
    organisations,
    knownCaller: (authorization) => {
      const known = verified.claimsOf(authorization);
      return known && principalFromClaims({ users, organisations }, known);
    },
    throttle: { windowSeconds: config.AUTH_RATE_WINDOW_SECONDS, perIp: config.AUTH_RATE_PER_IP, perAccount: config.AUTH_RATE_PER_ACCOUNT, counters },
  };
}
