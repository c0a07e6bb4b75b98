// Access tokens (short-lived JWTs, HS256 pinned, with issuer, audience, expiry and `typ: access`) and the opaque
// random values used for refresh tokens and emailed links (stored only as SHA-256 hashes).
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import jwt from 'jsonwebtoken';
import type { Config } from '../../config';

export const JWT_ALGORITHM = 'HS256' as const;
export const JWT_ISSUER = 'aibridge-api';
export const JWT_AUDIENCE = 'aibridge-web';

/** `sid` is the session (refresh-token family) the token was issued in: ending the session ends the token. */
export type AccessClaims = { sub: string; sid: string; role: string; sv: number; typ: 'access' };

export type TokenSettings = { secret: string; accessSeconds: number };

export function signAccessToken(settings: TokenSettings, claims: Omit<AccessClaims, 'typ'>): string {
  return jwt.sign({ sid: claims.sid, role: claims.role, sv: claims.sv, typ: 'access' }, settings.secret, {
    algorithm: JWT_ALGORITHM,
    subject: claims.sub,
    issuer: JWT_ISSUER,
    audience: JWT_AUDIENCE,
    expiresIn: settings.accessSeconds,
  });
}

export const newOpaqueToken = () => randomBytes(32).toString('base64url');
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * JWT_SECRET from configuration (required in production). In development and tests without one, a random secret
 * is generated once and kept in DATA_DIR, so tokens survive restarts.
 */
export function resolveJwtSecret(config: Config): string {
  if (config.JWT_SECRET) return config.JWT_SECRET;
  if (config.NODE_ENV === 'production') throw new Error('JWT_SECRET is required in production');
  const file = path.join(config.dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(config.dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
