// Access tokens whose signature was checked, by their exact header text, until they expire. A signed-in page sends
// the same token with every request for its 15 minutes, and checking it again (jsonwebtoken: decode, HMAC, parse)
// was about a third of the CPU of GET /api/me. The claims only say who the caller says they are: the user and
// the session are still checked on every request (principalFromClaims), so signing out ends a token at once.
import type { AccessClaims } from './tokens';

export type VerifiedClaims = AccessClaims & { iat: number; exp: number };

/** Tokens kept at most (the oldest kept is dropped first): about 400 bytes each. */
const KEPT = 10_000;

export class VerifiedTokens {
  private readonly byHeader = new Map<string, { claims: VerifiedClaims; untilMs: number }>();

  constructor(private readonly maxAgeSeconds: number) {}

  /** The claims of a token verified before and not expired since, or undefined. */
  claimsOf(header: string, nowMs = Date.now()): VerifiedClaims | undefined {
    const kept = this.byHeader.get(header);
    if (!kept) return undefined;
    if (nowMs < kept.untilMs) return kept.claims;
    this.byHeader.delete(header);
    return undefined;
  }

  /** Keeps a token's claims once its signature checked out, until it expires as jsonwebtoken would say it has. */
  remember(header: string, claims: VerifiedClaims, nowMs = Date.now()): void {
    const untilMs = Math.min(claims.exp, claims.iat + this.maxAgeSeconds) * 1000;
    if (untilMs <= nowMs) return;
    if (this.byHeader.size >= KEPT) this.byHeader.delete(this.byHeader.keys().next().value!);
    this.byHeader.set(header, { claims, untilMs });
  }
}
